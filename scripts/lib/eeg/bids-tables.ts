/**
 * The tables of a BIDS EEG dataset, read into typed rows: `*_events.tsv` (what happened when),
 * `*_channels.tsv` (each channel's type and status) and `beh/*_beh.tsv` (one row per trial
 * from the task program: in ds003766 the options, the choice, the response time and the mouse
 * trajectory). Every row keeps all its columns as text in `fields`, so a column this code does
 * not know still reaches the user.
 *
 * BIDS tables are tab-separated with a header line; "n/a" marks a missing value. Files written
 * by pandas with `encoding="utf-8-sig"` (as ds003766's events.tsv were) start with a byte-order
 * mark, which is dropped.
 */
import type { RecordingEvent } from "./edf";

export interface TsvTable {
  columns: string[];
  /** One record per data line, column name → cell text (trimmed; "" for a short line). */
  rows: Record<string, string>[];
}

/** A missing cell: BIDS's "n/a", an empty cell, or pandas's "nan". */
export const isMissing = (cell: string | undefined): boolean =>
  cell === undefined || cell === "" || cell === "n/a" || cell.toLowerCase() === "nan";

/** Parses a tab-separated table with a header. `name` is used in error messages. */
export function parseTsv(text: string, name: string): TsvTable {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  if (lines.length === 0) throw new RangeError(`${name}: empty, expected a header line`);
  const columns = lines[0].split("\t").map((cell) => cell.trim());
  const rows = lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    if (cells.length > columns.length)
      throw new RangeError(`${name} line ${i + 2}: ${cells.length} cells for ${columns.length} columns`);
    return Object.fromEntries(columns.map((column, c) => [column, (cells[c] ?? "").trim()]));
  });
  return { columns, rows };
}

/** A row of `*_events.tsv`. */
export interface BidsEvent extends RecordingEvent {
  /** The `sample` column when there is one (0-based sample index), else null. */
  sample: number | null;
  /** Every column of the row, as text. */
  fields: Record<string, string>;
}

/**
 * The rows of an events table as events; `column` holds the marker (BIDS: `trial_type` or
 * `value`). Rows whose marker is missing are left out; a missing duration counts as 0.
 */
export function bidsEvents(table: TsvTable, name: string, column = "trial_type"): BidsEvent[] {
  for (const required of ["onset", column])
    if (!table.columns.includes(required))
      throw new RangeError(
        `${name}: no "${required}" column (columns: ${table.columns.join(", ")})${required === column ? "; pick the marker column with --events-column" : ""}`,
      );
  const events: BidsEvent[] = [];
  table.rows.forEach((row, i) => {
    const onset = Number(row.onset);
    if (isMissing(row.onset) || !Number.isFinite(onset))
      throw new RangeError(`${name} line ${i + 2}: onset "${row.onset}" is not a number of seconds`);
    if (isMissing(row[column])) return;
    const duration = Number(row.duration);
    const sample = Number(row.sample);
    events.push({
      onset,
      duration: isMissing(row.duration) || !Number.isFinite(duration) ? 0 : duration,
      description: row[column],
      sample: isMissing(row.sample) || !Number.isFinite(sample) ? null : sample,
      fields: row,
    });
  });
  return events;
}

/** A row of `*_channels.tsv`. */
export interface BidsChannel {
  name: string;
  /** "EEG", "EOG", "MISC", ... as written (BIDS uses upper case). */
  type: string;
  units: string;
  /** "good", "bad", or null when the table has no status. */
  status: string | null;
  fields: Record<string, string>;
}

export function bidsChannels(table: TsvTable, name: string): BidsChannel[] {
  if (!table.columns.includes("name"))
    throw new RangeError(`${name}: no "name" column (columns: ${table.columns.join(", ")})`);
  return table.rows.map((row) => ({
    name: row.name,
    type: row.type ?? "",
    units: row.units ?? "",
    status: isMissing(row.status) ? null : row.status,
    fields: row,
  }));
}

/** A mouse trajectory: positions (pixels) at times (seconds), as the task program sampled them. */
export interface Trajectory {
  x: number[];
  y: number[];
  t: number[];
}

/** A row of a behaviour table (`beh/*_beh.tsv`), the columns of ds003766's choice tasks typed. */
export interface BehaviourTrial {
  /** 1-based line of the row in the table, header excluded. */
  row: number;
  /** The task program's trial counter (`trialIndex`, 0-based in ds003766), or null. */
  trialIndex: number | null;
  leftOption: string | null;
  rightOption: string | null;
  /** "left" or "right" in ds003766; null when the participant gave none. */
  response: string | null;
  /** Seconds from stimulus to click, or null. */
  responseTime: number | null;
  /** From `xTrajectory`, `yTrajectory`, `tTrajectory`; null when the table has none for this row. */
  trajectory: Trajectory | null;
  /** Every column, as text. */
  fields: Record<string, string>;
}

/**
 * A list cell such as `[0.0, -490.0, 12.5]` (how PsychoPy and pandas write Python lists), also
 * accepted without brackets or separated by spaces. `nan` entries become NaN.
 */
export function parseNumberList(cell: string, where: string): number[] {
  const inner = cell.trim().replace(/^\[/, "").replace(/\]$/, "").trim();
  if (inner === "") return [];
  return inner.split(/[\s,]+/).map((item) => {
    const value = item.toLowerCase() === "nan" ? Number.NaN : Number(item);
    if (Number.isNaN(value) && item.toLowerCase() !== "nan")
      throw new RangeError(`${where}: "${item}" in a list of numbers is not a number`);
    return value;
  });
}

export function behaviourTrials(table: TsvTable, name: string): BehaviourTrial[] {
  const text = (cell: string | undefined) => (isMissing(cell) ? null : (cell as string));
  const number = (cell: string | undefined, column: string, line: number) => {
    if (isMissing(cell)) return null;
    const value = Number(cell);
    if (!Number.isFinite(value)) throw new RangeError(`${name} line ${line}: ${column} "${cell}" is not a number`);
    return value;
  };
  const hasTrajectory = ["xTrajectory", "yTrajectory", "tTrajectory"].every((c) => table.columns.includes(c));
  return table.rows.map((row, i) => {
    const line = i + 2;
    let trajectory: Trajectory | null = null;
    if (hasTrajectory && !isMissing(row.xTrajectory)) {
      const [x, y, t] = ["xTrajectory", "yTrajectory", "tTrajectory"].map((c) =>
        parseNumberList(row[c], `${name} line ${line}, ${c}`),
      );
      if (x.length !== y.length || x.length !== t.length)
        throw new RangeError(
          `${name} line ${line}: trajectory lists differ in length (x ${x.length}, y ${y.length}, t ${t.length})`,
        );
      trajectory = { x, y, t };
    }
    return {
      row: i + 1,
      trialIndex: number(row.trialIndex, "trialIndex", line),
      leftOption: text(row.left_option),
      rightOption: text(row.right_option),
      response: text(row.response),
      responseTime: number(row.response_time, "response_time", line),
      trajectory,
      fields: row,
    };
  });
}
