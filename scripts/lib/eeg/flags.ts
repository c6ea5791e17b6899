/**
 * Flags shared by train-sequences and predict-sequences (where the trials come from and
 * how they are cut), and the converters from flag text to typed settings.
 */
import { UsageError } from "../cli";
import type { FlagTable } from "../flags";
import { parseEventMapping } from "./events";
import { DEFAULT_SUBJECT_PATTERN } from "./recording-name";
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
  flags: {
    samplingRate?: number;
    epochStart?: number;
    events?: string;
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
  if (flags.events !== undefined) {
    let mapping: ReturnType<typeof parseEventMapping>;
    try {
      mapping = parseEventMapping(flags.events);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (window === null || window === "auto")
      throw new UsageError(
        "with --events, give --window FROM,TO: the seconds around each event to keep, e.g. --window 0,3",
      );
    epochs = { mapping, window, margin: flags.margin };
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
    log,
  };
}
