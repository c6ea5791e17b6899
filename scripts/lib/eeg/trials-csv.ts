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
 * Fields may be quoted ("s01, run 2" or "say ""hi"""), as spreadsheets write them: the
 * project's one CSV reader (scripts/lib/csv.ts) splits them.
 */
import { CsvFormatError, type CsvRecord, csvLine, parseCsvRecords } from "../csv";
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
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new TrialFormatError(`line ${error.line}: ${error.message}`);
    throw error;
  }
  const [first, ...rows] = records;
  const header = (first?.fields ?? []).map((name) => name.trim());
  if (FIXED_COLUMNS.some((name, i) => header[i] !== name) || header.length <= FIXED_COLUMNS.length) {
    throw new TrialFormatError(
      `line 1: the header must be "${FIXED_COLUMNS.join(",")}," followed by channel names, got "${header.join(",")}"`,
    );
  }
  const channels = header.slice(FIXED_COLUMNS.length);
  const trials: Trial[] = [];
  const finished = new Set<string>();
  let current: Trial | undefined;

  for (const record of rows) {
    const fields = record.fields.map((field) => field.trim());
    const [id, subject, label] = fields;
    const where = `line ${record.line} (trial "${id}")`;
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
  }
  if (trials.length === 0)
    throw new TrialFormatError(
      `the header is there but no data rows follow: expected one row per time step of each trial`,
    );
  return validateTrialFile({ format: TRIAL_FORMAT, version: TRIAL_FORMAT_VERSION, ...timing, channels, trials });
}

/** Writes a trial file as CSV (the inverse of parseTrialCsv, without the timing). */
export function formatTrialCsv(file: TrialFile): string {
  const rows = file.trials.flatMap((trial) =>
    trial.samples.map((row) => csvLine([trial.id, trial.subject, trial.label, ...row])),
  );
  return `${csvLine([...FIXED_COLUMNS, ...file.channels])}\n${rows.join("\n")}\n`;
}
