/**
 * Events and labels: where the outcome of each trial sits in a recording. An event
 * marker (an EDF+ annotation such as "T1", a trigger code, a row of a BIDS events.tsv)
 * says when something happened; the dataset's paper or README says what each marker
 * means (its trigger table); `--events T1=0,T2=1` says which markers become trials and
 * which label each gets.
 */
import type { RecordingEvent } from "./edf";

/** Marker text -> label, e.g. { T1: 0, T2: 1 }. */
export type EventMapping = Record<string, 0 | 1>;

/**
 * Parses `T1=0,T2=1` (several markers may share a label: `left=0,L=0,right=1`). Throws
 * unless both labels 0 and 1 occur.
 */
export function parseEventMapping(text: string): EventMapping {
  const mapping: EventMapping = {};
  for (const part of text.split(",")) {
    const match = /^\s*(.+?)\s*=\s*([01])\s*$/.exec(part);
    if (!match)
      throw new RangeError(
        `--events must look like T1=0,T2=1 (marker=label, labels 0 or 1), got "${part}" in "${text}"`,
      );
    if (match[1] in mapping) throw new RangeError(`--events names marker "${match[1]}" twice`);
    mapping[match[1]] = match[2] === "1" ? 1 : 0;
  }
  const labels = new Set(Object.values(mapping));
  if (!labels.has(0) || !labels.has(1))
    throw new RangeError(`--events must give at least one marker label 0 and one label 1, got "${text}"`);
  return mapping;
}

/**
 * How often each marker occurs, e.g. "T0 15, T1 7, T2 8": what to look at before choosing --events.
 * Runs of at least 3 consecutive numbered markers that occur once each (ds003766 numbers every
 * trial's fixation: 0000, 0001, ..., 0319) are shown as one range: "0000…0319 once each".
 */
export function describeMarkers(events: readonly RecordingEvent[]): string {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.description, (counts.get(event.description) ?? 0) + 1);
  const once = (marker: string) => counts.get(marker) === 1 && /^\d+$/.test(marker);
  const inRun = new Map<string, string>(); // first marker of a run -> its description
  const skipped = new Set<string>();
  const numbered = [...counts.keys()].filter(once).sort((a, b) => a.length - b.length || Number(a) - Number(b));
  for (let i = 0; i < numbered.length; ) {
    let j = i;
    while (
      j + 1 < numbered.length &&
      numbered[j + 1].length === numbered[i].length &&
      Number(numbered[j + 1]) === Number(numbered[j]) + 1
    )
      j++;
    if (j - i >= 2) {
      inRun.set(numbered[i], `${numbered[i]}…${numbered[j]} once each`);
      for (const marker of numbered.slice(i + 1, j + 1)) skipped.add(marker);
    }
    i = j + 1;
  }
  return (
    [...counts]
      .filter(([marker]) => !skipped.has(marker))
      .map(([marker, count]) => inRun.get(marker) ?? `${marker} ${count}`)
      .join(", ") || "none"
  );
}

/**
 * Reads a BIDS `*_events.tsv`: tab-separated, a header with `onset` and `duration`
 * (seconds), and the marker in `column` (BIDS: `trial_type` or `value`; any extra column
 * works, e.g. one holding each trial's choice). "n/a" durations count as 0; rows whose
 * marker is "n/a" are skipped. `name` is used in error messages.
 */
export function parseEventsTsv(text: string, name: string, column = "trial_type"): RecordingEvent[] {
  // pandas' encoding="utf-8-sig" (ds003766's events.tsv) starts the file with a byte-order mark
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  if (lines.length === 0)
    throw new RangeError(`${name}: empty, expected a header line with onset, duration and ${column}`);
  const header = lines[0].split("\t").map((cell) => cell.trim());
  const at = (key: string) => {
    const index = header.indexOf(key);
    if (index < 0)
      throw new RangeError(
        `${name}: no "${key}" column (columns: ${header.join(", ")}); pick the marker column with --events-column`,
      );
    return index;
  };
  const [onsetAt, durationAt, markerAt] = [at("onset"), at("duration"), at(column)];
  const events: RecordingEvent[] = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split("\t").map((cell) => cell.trim());
    const onset = Number(cells[onsetAt]);
    if (cells[onsetAt] === "" || !Number.isFinite(onset))
      throw new RangeError(`${name} line ${i + 2}: onset "${cells[onsetAt]}" is not a number of seconds`);
    const duration = cells[durationAt] === "n/a" || cells[durationAt] === undefined ? 0 : Number(cells[durationAt]);
    const marker = cells[markerAt] ?? "n/a";
    if (marker !== "n/a" && marker !== "")
      events.push({ onset, duration: Number.isFinite(duration) ? duration : 0, description: marker });
  });
  return events;
}
