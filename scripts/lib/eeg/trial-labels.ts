/**
 * Which events become trials, and the label each gets, the ways real datasets define them:
 *
 *   code       the event's own code is the label        --events T1=0,T2=1
 *   field      a field of the stimulus event             --stimulus square --label-field position --labels 1=0,2=1
 *   response   the first listed response after it        --stimulus 0400 --label-response 0500=0,0501=1
 *              (before the next stimulus, within --response-within seconds)
 *   behaviour  a column of the BIDS beh table, joined     --stimulus 0400 --label-column response --labels left=0,right=1
 *              to the stimuli in order, or by trialIndex  --align trial-index
 *
 * Every stimulus left out is counted by reason, and codes or values the mapping does not
 * name are counted too, so a user sees what the data held before trusting the labels.
 */
import type { RecordingEvent } from "./edf";
import type { EventMapping } from "./events";

/** An event with its extra fields (EEGLAB's `position`, an events.tsv column), if any. */
export type FieldEvent = RecordingEvent & { fields?: Readonly<Record<string, unknown>> };

/** One row of a BIDS `*_beh.tsv`: column -> cell text. */
export type BehaviourRow = Readonly<Record<string, string>>;

export type LabelRule =
  | { kind: "code"; mapping: EventMapping }
  | { kind: "field"; stimuli: readonly string[]; field: string; mapping: EventMapping }
  | { kind: "response"; stimuli: readonly string[]; responses: EventMapping; withinSeconds: number }
  | {
      kind: "behaviour";
      stimuli: readonly string[];
      column: string;
      mapping: EventMapping;
      /** order: row k is stimulus k; trial-index: row `trialIndex` is the stimulus of trial code `trialIndex`. */
      align: "order" | "trial-index";
      /** Codes that start a trial and carry its number (ds003766: 0000–0319 fixations). */
      trialCodes: { from: number; to: number };
    };

/** Why a stimulus (or a behaviour row) did not become a trial. */
export const EXCLUSION_REASONS = [
  "no response",
  "too late",
  "trigger lost",
  "no behaviour row",
  "value not in mapping",
  "too near the recording's ends",
  "rejected",
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface LabelledStimulus {
  event: FieldEvent;
  label: 0 | 1;
  /** The trial's number from the trial code before it, when the rule uses one. */
  trialIndex?: number;
}

export interface Labelling {
  stimuli: LabelledStimulus[];
  /** Stimuli (or behaviour rows) left out, by reason. */
  excluded: Partial<Record<ExclusionReason, number>>;
  /** Codes, field values or behaviour values that the mapping does not name, with counts. */
  unmapped: Record<string, number>;
  /** How many events were stimuli. */
  stimulusCount: number;
}

/** Thrown when behaviour rows and stimuli do not line up; the message has both counts and the first mismatch. */
export class AlignmentError extends Error {
  override name = "AlignmentError";
}

const NO_RESPONSE = new Set(["", "n/a", "na", "nan", "none", "null", "timeout"]);

/** Labels the events of one recording by `rule`; `behaviour` is needed by the behaviour rule. */
export function labelStimuli(
  events: readonly FieldEvent[],
  rule: LabelRule,
  behaviour: readonly BehaviourRow[] = [],
  name = "recording",
): Labelling {
  const excluded: Labelling["excluded"] = {};
  const unmapped: Record<string, number> = {};
  const count = (reason: ExclusionReason) => {
    excluded[reason] = (excluded[reason] ?? 0) + 1;
  };
  const tally = (value: string) => {
    unmapped[value] = (unmapped[value] ?? 0) + 1;
  };
  const stimuli: LabelledStimulus[] = [];

  if (rule.kind === "code") {
    for (const event of events) {
      const label = rule.mapping[event.description];
      if (label === undefined) tally(event.description);
      else stimuli.push({ event, label });
    }
    return { stimuli, excluded, unmapped, stimulusCount: stimuli.length };
  }

  const isStimulus = (event: FieldEvent) => rule.stimuli.includes(event.description);
  const found = events.filter(isStimulus);

  if (rule.kind === "field") {
    for (const event of found) {
      const value = fieldText(event.fields?.[rule.field]);
      const label = value === null ? undefined : rule.mapping[value];
      if (label === undefined) {
        tally(value === null ? `(no ${rule.field})` : value);
        count("value not in mapping");
      } else stimuli.push({ event, label });
    }
    return { stimuli, excluded, unmapped, stimulusCount: found.length };
  }

  if (rule.kind === "response") {
    // A listed response after another trial has begun (some other event, such as the next fixation
    // code, came after the last response) with no stimulus since: its stimulus's trigger was lost.
    // A second click right after the first is not counted.
    let answered = true;
    let otherSinceAnswer = true;
    events.forEach((event, i) => {
      if (!isStimulus(event)) {
        if (rule.responses[event.description] === undefined) {
          tally(event.description);
          otherSinceAnswer = true;
        } else if (!answered) answered = true;
        else if (otherSinceAnswer) count("trigger lost");
        if (rule.responses[event.description] !== undefined) otherSinceAnswer = false;
        return;
      }
      answered = false;
      let outcome: ExclusionReason | 0 | 1 = "no response";
      for (const next of events.slice(i + 1)) {
        if (isStimulus(next)) break;
        const label = rule.responses[next.description];
        if (label === undefined) continue;
        outcome = next.onset - event.onset > rule.withinSeconds ? "too late" : label;
        break;
      }
      if (outcome === 0 || outcome === 1) stimuli.push({ event, label: outcome });
      else count(outcome);
    });
    return { stimuli, excluded, unmapped, stimulusCount: found.length };
  }

  // behaviour: a column of the beh table, joined to the stimuli
  if (behaviour.length && !(rule.column in behaviour[0]))
    throw new RangeError(
      `${name}: the behaviour table has no column "${rule.column}" (columns: ${Object.keys(behaviour[0]).join(", ")})`,
    );
  const indexed = withTrialIndex(events, rule.trialCodes).filter((s) => isStimulus(s.event));
  const rowIndex = (row: BehaviourRow) => {
    const text = row.trialIndex;
    return text === undefined || text.trim() === "" ? undefined : Number(text);
  };
  const labelRow = (row: BehaviourRow, stimulus: { event: FieldEvent; trialIndex?: number }) => {
    const value = (row[rule.column] ?? "").trim();
    if (NO_RESPONSE.has(value.toLowerCase())) return count("no response");
    const label = rule.mapping[value];
    if (label === undefined) {
      tally(value);
      return count("value not in mapping");
    }
    stimuli.push({ ...stimulus, label });
  };

  if (rule.align === "order") {
    const mismatch = firstMismatch(indexed, behaviour, rowIndex);
    if (indexed.length !== behaviour.length || mismatch !== null) {
      throw new AlignmentError(
        `${name}: ${indexed.length} stimulus events (${rule.stimuli.join(", ")}) but ${behaviour.length} behaviour rows` +
          (mismatch ??
            (indexed.length > behaviour.length
              ? ""
              : `; the first row without a stimulus is row ${indexed.length + 1}`)) +
          ". A trigger may have been lost: join by trial number with --align trial-index, which leaves such trials out and counts them",
      );
    }
    indexed.forEach((stimulus, k) => labelRow(behaviour[k], stimulus));
    return { stimuli, excluded, unmapped, stimulusCount: found.length };
  }

  if (behaviour.some((row) => rowIndex(row) === undefined))
    throw new RangeError(`${name}: --align trial-index needs a trialIndex in every behaviour row`);
  const byIndex = new Map(indexed.map((s) => [s.trialIndex, s]));
  const rowIndices = new Set(behaviour.map(rowIndex));
  for (const row of behaviour) {
    const stimulus = byIndex.get(rowIndex(row));
    if (stimulus === undefined) count("trigger lost");
    else labelRow(row, stimulus);
  }
  for (const stimulus of indexed) if (!rowIndices.has(stimulus.trialIndex)) count("no behaviour row");
  return { stimuli, excluded, unmapped, stimulusCount: found.length };
}

/** Each event with the number of the latest trial code at or before it (none before the first). */
function withTrialIndex(
  events: readonly FieldEvent[],
  codes: { from: number; to: number },
): { event: FieldEvent; trialIndex?: number }[] {
  let current: number | undefined;
  return events.map((event) => {
    const number = /^\d+$/.test(event.description) ? Number(event.description) : Number.NaN;
    if (number >= codes.from && number <= codes.to) current = number;
    const stimulus = { event, trialIndex: current };
    return stimulus;
  });
}

/** " ; first mismatch: stimulus 3 is trial 3, behaviour row 3 is trial 4", or null when the trial numbers agree. */
function firstMismatch(
  stimuli: readonly { event: FieldEvent; trialIndex?: number }[],
  rows: readonly BehaviourRow[],
  rowIndex: (row: BehaviourRow) => number | undefined,
): string | null {
  for (let k = 0; k < Math.min(stimuli.length, rows.length); k++) {
    const [a, b] = [stimuli[k].trialIndex, rowIndex(rows[k])];
    if (a !== undefined && b !== undefined && a !== b)
      return `; first mismatch: stimulus ${k + 1} (at ${stimuli[k].event.onset} s) follows trial code ${a}, behaviour row ${k + 1} has trialIndex ${b}`;
  }
  return null;
}

/** A field value as text ("1" for 1, "left" for "left"), or null when missing. */
function fieldText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.length === 1) return fieldText(value[0]);
  return JSON.stringify(value);
}

/** Reads a BIDS `*_beh.tsv`: a header line, then one row per trial, cells as text. */
export function parseBehaviourTsv(text: string, name: string): BehaviourRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (lines.length === 0) throw new RangeError(`${name}: empty, expected a header line`);
  const header = lines[0].split("\t").map((cell) => cell.trim());
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    if (cells.length !== header.length)
      throw new RangeError(`${name} line ${i + 2}: ${cells.length} cells, the header has ${header.length}`);
    return Object.fromEntries(header.map((key, c) => [key, cells[c].trim()]));
  });
}

/** "no response 2, too late 1" (every reason with a count), or "none". */
export function describeExclusions(excluded: Labelling["excluded"]): string {
  const parts = EXCLUSION_REASONS.filter((r) => excluded[r]).map((r) => `${r} ${excluded[r]}`);
  return parts.join(", ") || "none";
}

/** Adds `b`'s counts into `a`. */
export function addCounts<K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>): void {
  for (const [key, value] of Object.entries(b) as [K, number][]) a[key] = (a[key] ?? 0) + value;
}

/**
 * Where BIDS keeps a recording's behaviour table: `sub-01/eeg/sub-01_task-x_eeg.set` ->
 * `sub-01/beh/sub-01_task-x_beh.tsv` (and, for files outside a BIDS tree, beside it).
 */
export function behaviourPaths(recordingPath: string): string[] {
  const beside = recordingPath.replace(/(_eeg)?\.[^./\\]+$/i, "_beh.tsv");
  const bids = beside.replace(/([/\\])eeg([/\\])([^/\\]+)$/, "$1beh$2$3");
  return bids === beside ? [beside] : [bids, beside];
}

/** Running totals over all recordings, for the summary line at the end. */
export interface LabelTally {
  stimuli: number;
  labelled: number;
  excluded: Partial<Record<ExclusionReason, number>>;
  unmapped: Record<string, number>;
  /** Every marker seen, with counts: what to list when no stimulus matched. */
  markers: Record<string, number>;
}

export function emptyTally(): LabelTally {
  return { stimuli: 0, labelled: 0, excluded: {}, unmapped: {}, markers: {} };
}

/** "0000 1, 0001 1, … and 318 more" : the most frequent `limit` entries of a count table. */
export function describeCounts(counts: Readonly<Record<string, number>>, limit = 12): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = entries.slice(0, limit).map(([key, n]) => `${key} ${n}`);
  return (shown.join(", ") || "none") + (entries.length > limit ? `, and ${entries.length - limit} more` : "");
}
