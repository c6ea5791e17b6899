/**
 * Flags shared by train-sequences and predict-sequences (where the trials come from and
 * how they are cut), and the converters from flag text to typed settings.
 */
import { UsageError } from "../cli";
import type { FlagTable } from "../flags";
import { type EventMapping, parseEventMapping } from "./events";
import { DEFAULT_SUBJECT_PATTERN } from "./recording-name";
import { emptyTally, type LabelRule } from "./trial-labels";
import type { SourceOptions } from "./trial-source";

export const SOURCE_FLAGS = {
  "sampling-rate": { type: "number", min: 0, valueName: "HZ", help: "CSV trial files: samples per second" },
  "epoch-start": {
    type: "number",
    valueName: "S",
    help: "CSV trial files: time of each trial's first row relative to the event, s",
  },
  events: {
    type: "string",
    valueName: "MAP",
    help: "recordings: which markers become trials and their labels, e.g. T1=0,T2=1",
  },
  "events-column": {
    type: "string",
    default: "trial_type",
    valueName: "NAME",
    help: "recordings with a BIDS *_events.tsv: the column holding the marker",
  },
  task: {
    type: "string",
    valueName: "NAME",
    help: "a BIDS dataset root as --data: read its sub-*/eeg/*_task-NAME_eeg.{set,edf,bdf} (e.g. foodchoice)",
  },
  "subject-pattern": {
    type: "string",
    default: DEFAULT_SUBJECT_PATTERN,
    valueName: "REGEX",
    help: "recordings without BIDS sub- entities: subject = first group of this pattern on the file name",
  },
  margin: {
    type: "number",
    default: 1,
    min: 0,
    valueName: "S",
    help: "recordings: seconds cut on both sides of --window for the filters, then cropped",
  },
} as const satisfies FlagTable;

/** train-sequences' other ways to label trials (trial-labels.ts); --events is in SOURCE_FLAGS. */
export const LABEL_FLAGS = {
  stimulus: {
    type: "string",
    valueName: "CODES",
    help: "recordings: the event codes that start a trial (e.g. 0400, or square), labelled by --label-field, --label-response or --label-column",
  },
  "label-field": {
    type: "string",
    valueName: "NAME",
    help: "label each --stimulus by this field of the event (EEGLAB event field, events.tsv column), values by --labels, e.g. position with --labels 1=0,2=1",
  },
  "label-response": {
    type: "string",
    valueName: "MAP",
    help: "label each --stimulus by the first of these codes after it, before the next stimulus: 0500=0,0501=1",
  },
  "response-within": {
    type: "number",
    default: 10,
    min: 0,
    valueName: "S",
    help: "with --label-response: a response later than this many seconds after the stimulus leaves the trial out (too late)",
  },
  "label-column": {
    type: "string",
    valueName: "NAME",
    help: "label each --stimulus by this column of the BIDS beh table (sub-X/beh/*_beh.tsv), values by --labels, e.g. response with --labels left=0,right=1",
  },
  labels: {
    type: "string",
    valueName: "MAP",
    help: "with --label-field or --label-column: which values get label 0 and 1, e.g. left=0,right=1",
  },
  align: {
    type: "string",
    default: "order",
    choices: ["order", "trial-index"],
    help: "with --label-column: row k is the k-th stimulus (stops if they do not line up), or join by the beh table's trialIndex and the trial code before each stimulus (a lost trigger is counted and left out)",
  },
  "trial-codes": {
    type: "string",
    default: "0000-0319",
    valueName: "FROM-TO",
    help: "with --align trial-index: the numeric codes that start a trial and carry its number (ds003766's fixations)",
  },
} as const satisfies FlagTable;

/** "-0.2,0.8" -> [-0.2, 0.8]; "none" -> null. */
export function parseRange(name: string, text: string): [number, number] | null {
  if (text === "none") return null;
  const parts = text.split(",");
  const values = parts.map(Number);
  if (parts.length !== 2 || parts.some((part) => part.trim() === "") || !values.every(Number.isFinite)) {
    throw new UsageError(`--${name} must be two numbers like -0.2,0 (or none), got "${text}"`);
  }
  if (!(values[0] < values[1]))
    throw new UsageError(`--${name} must run from a smaller to a larger time, got "${text}"`);
  return [values[0], values[1]];
}

/** "1,30" band-pass, "0,30" or ",30" low-pass only, "1," or "1,none" high-pass only, "none" no filter. */
export function parseBand(text: string): [number | null, number | null] | null {
  if (text === "none") return null;
  const parts = text.split(",");
  if (parts.length !== 2)
    throw new UsageError(
      `--band must be LOW,HIGH in Hz (0 or empty for no high-pass, empty or none for no low-pass), or none; got "${text}"`,
    );
  const edge = (part: string, which: string) => {
    if (part.trim() === "" || part === "none") return null;
    const value = Number(part);
    if (!Number.isFinite(value) || value < 0)
      throw new UsageError(`--band: the ${which} edge must be a frequency in Hz, got "${part}"`);
    return value === 0 ? null : value;
  };
  const band: [number | null, number | null] = [edge(parts[0], "low"), edge(parts[1], "high")];
  if (band[0] === null && band[1] === null) return null;
  if (band[0] !== null && band[1] !== null && !(band[0] < band[1]))
    throw new UsageError(`--band: low edge must be below the high edge, got "${text}"`);
  return band;
}

/** Source options from the parsed SOURCE_FLAGS and the window. */
export function sourceOptions(
  flags: LabelFlags & {
    samplingRate?: number;
    epochStart?: number;
    eventsColumn: string;
    task?: string;
    subjectPattern: string;
    margin: number;
  },
  window: [number, number] | null | "auto",
  log: (line: string) => void,
): SourceOptions {
  if ((flags.samplingRate === undefined) !== (flags.epochStart === undefined))
    throw new UsageError("give --sampling-rate and --epoch-start together");
  let epochs: SourceOptions["epochs"];
  const rule = labelRule(flags);
  if (rule !== null) {
    if (window === null || window === "auto")
      throw new UsageError(
        `with ${rule.flag}, give --window FROM,TO: the seconds around each event to keep, e.g. --window 0,3`,
      );
    epochs = { mapping: rule.mapping, window, margin: flags.margin, ...(rule.rule ? { rule: rule.rule } : {}) };
  }
  return {
    timing:
      flags.samplingRate === undefined
        ? undefined
        : { samplingRate: flags.samplingRate, epochStart: flags.epochStart! },
    epochs,
    eventsColumn: flags.eventsColumn,
    task: flags.task,
    subjectPattern: flags.subjectPattern,
    ...(epochs ? { tally: emptyTally() } : {}),
    log,
  };
}

/** The labelling flags as given on the command line. */
export interface LabelFlags {
  events?: string;
  stimulus?: string;
  labelField?: string;
  labelResponse?: string;
  responseWithin?: number;
  labelColumn?: string;
  labels?: string;
  align?: string;
  trialCodes?: string;
}

/**
 * The one labelling rule the flags ask for (trial-labels.ts), or null when none is given.
 * `mapping` is what reports record as the dataset's events; `rule` is absent for --events.
 */
export function labelRule(flags: LabelFlags): { flag: string; mapping: EventMapping; rule?: LabelRule } | null {
  const given = (["events", "labelField", "labelResponse", "labelColumn"] as const).filter(
    (key) => flags[key] !== undefined,
  );
  const flagName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  if (given.length > 1) throw new UsageError(`give one of ${given.map(flagName).join(", ")}: each labels trials`);
  if (given.length === 0) {
    if (flags.stimulus !== undefined)
      throw new UsageError("--stimulus needs a label: --label-field, --label-response or --label-column");
    return null;
  }
  const mappingOf = (flag: string, text: string | undefined) => {
    if (text === undefined) throw new UsageError(`${flag} needs --labels, e.g. --labels left=0,right=1`);
    try {
      return parseEventMapping(text);
    } catch (error) {
      throw new UsageError(`${flag}: ${(error as Error).message.replace(/--events/g, "--labels")}`);
    }
  };
  if (given[0] === "events") {
    if (flags.stimulus !== undefined)
      throw new UsageError(
        "--events labels each event by its own code; --stimulus goes with --label-field, --label-response or --label-column",
      );
    return { flag: "--events", mapping: mappingOf("--events", flags.events) };
  }
  const flag = flagName(given[0]);
  const stimuli = (flags.stimulus ?? "")
    .split(",")
    .map((code) => code.trim())
    .filter(Boolean);
  if (stimuli.length === 0)
    throw new UsageError(`${flag} needs --stimulus CODES: the events that start a trial, e.g. 0400`);
  if (given[0] === "labelField") {
    const mapping = mappingOf(flag, flags.labels);
    return { flag, mapping, rule: { kind: "field", stimuli, field: flags.labelField!, mapping } };
  }
  if (given[0] === "labelResponse") {
    const responses = mappingOf(flag, flags.labelResponse);
    return {
      flag,
      mapping: responses,
      rule: { kind: "response", stimuli, responses, withinSeconds: flags.responseWithin ?? 10 },
    };
  }
  const mapping = mappingOf(flag, flags.labels);
  const codes = /^(\d+)-(\d+)$/.exec(flags.trialCodes ?? "0000-0319");
  if (!codes) throw new UsageError(`--trial-codes must be FROM-TO, e.g. 0000-0319, got "${flags.trialCodes}"`);
  return {
    flag,
    mapping,
    rule: {
      kind: "behaviour",
      stimuli,
      column: flags.labelColumn!,
      mapping,
      align: flags.align === "trial-index" ? "trial-index" : "order",
      trialCodes: { from: Number(codes[1]), to: Number(codes[2]) },
    },
  };
}
