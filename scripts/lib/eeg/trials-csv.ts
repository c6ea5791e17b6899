/**
 * The trial file as CSV: one row per time step, the rows of a trial together and in time
 * order. The header names the channels after three fixed columns:
 *
 *   trial,subject,label,Fz,Cz,Pz
 *   s01-t001,s01,1,1.5,-0.2,3.1
 *   s01-t001,s01,1,1.7,0.1,2.9
 *   ...
 *
 * CSV has no place for the sampling rate or the epoch start, so the caller supplies them.
 * Fields are split on commas; quoting is not supported.
 */
import {
  TRIAL_FORMAT,
  TRIAL_FORMAT_VERSION,
  type Trial,
  type TrialFile,
  TrialFormatError,
  validateTrialFile,
} from "./trials";

const FIXED_COLUMNS = ["trial", "subject", "label"] as const;

export interface CsvTiming {
  /** Samples per second, Hz. */
  samplingRate: number;
  /** Time of each trial's first row relative to the event, seconds. */
  epochStart: number;
}

/**
 * Parses CSV text into a validated trial file. Throws a TrialFormatError naming the line
 * (and trial) of the first problem, or, for whole-trial problems such as ragged lengths,
 * the trial.
 */
export function parseTrialCsv(text: string, timing: CsvTiming): TrialFile {
  const lines = text.split(/\r?\n/);
  const header = lines[0].split(",").map((name) => name.trim());
  if (FIXED_COLUMNS.some((name, i) => header[i] !== name) || header.length <= FIXED_COLUMNS.length) {
    throw new TrialFormatError(
      `line 1: the header must be "${FIXED_COLUMNS.join(",")}," followed by channel names, got "${lines[0]}"`,
    );
  }
  const channels = header.slice(FIXED_COLUMNS.length);
  const trials: Trial[] = [];
  const finished = new Set<string>();
  let current: Trial | undefined;

  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const lineNumber = i + 2;
    const fields = line.split(",").map((field) => field.trim());
    const [id, subject, label] = fields;
    const where = `line ${lineNumber} (trial "${id}")`;
    if (fields.length !== header.length)
      throw new TrialFormatError(`${where}: ${fields.length} fields, the header has ${header.length}`);
    if (label !== "0" && label !== "1") throw new TrialFormatError(`${where}: label must be 0 or 1, got "${label}"`);
    if (current?.id !== id) {
      if (finished.has(id)) throw new TrialFormatError(`${where}: rows of trial "${id}" are not together`);
      if (current) finished.add(current.id);
      current = { id, subject, label: label === "1" ? 1 : 0, samples: [] };
      trials.push(current);
    } else if (current.subject !== subject || String(current.label) !== label) {
      throw new TrialFormatError(`${where}: subject or label differs from the trial's first row`);
    }
    current.samples.push(
      fields.slice(FIXED_COLUMNS.length).map((field, c) => {
        const value = field === "" ? NaN : Number(field);
        if (!Number.isFinite(value))
          throw new TrialFormatError(`${where}, channel ${channels[c]}: "${field}" is not a finite number`);
        return value;
      }),
    );
  });
  if (trials.length === 0)
    throw new TrialFormatError(
      `the header is there but no data rows follow: expected one row per time step of each trial`,
    );
  return validateTrialFile({ format: TRIAL_FORMAT, version: TRIAL_FORMAT_VERSION, ...timing, channels, trials });
}

/** Writes a trial file as CSV (the inverse of parseTrialCsv, without the timing). */
export function formatTrialCsv(file: TrialFile): string {
  const rows = file.trials.flatMap((trial) =>
    trial.samples.map((row) => [trial.id, trial.subject, trial.label, ...row].join(",")),
  );
  return `${[...FIXED_COLUMNS, ...file.channels].join(",")}\n${rows.join("\n")}\n`;
}
