/**
 * The trial file: labelled multichannel sequences, one record per trial. See
 * docs/eeg-template.md. JSON holds everything; CSV (lib/eeg/trials-csv.ts) holds the
 * trials, with the sampling rate and epoch start given alongside.
 *
 *   { "format": "eeg-trials", "version": 1, "samplingRate": 128, "epochStart": -0.7,
 *     "channels": ["Fz", "Cz", "Pz"],
 *     "trials": [{ "id": "s01-t001", "subject": "s01", "label": 1,
 *                  "samples": [[1.5, -0.2, 3.1], ...] }, ...] }
 */

export const TRIAL_FORMAT = "eeg-trials";
export const TRIAL_FORMAT_VERSION = 1;

export interface Trial {
  /** Unique within the file; errors and rejection reports name trials by it. */
  id: string;
  /** Who was recorded. Train/test splits keep each subject on one side. */
  subject: string;
  /** The outcome to predict, 0 or 1. */
  label: 0 | 1;
  /** `[timeSteps, channels]` microvolts; every trial has the same shape. */
  samples: number[][];
  /** Optional ground truth: artefacts known to be in the trial (the demo generator writes these). */
  artifacts?: string[];
}

export interface TrialFile {
  format: typeof TRIAL_FORMAT;
  version: typeof TRIAL_FORMAT_VERSION;
  /** Samples per second, Hz. */
  samplingRate: number;
  /** Time of the first sample relative to the event, seconds (negative: before it). */
  epochStart: number;
  /** Channel names, in the order of the numbers in each sample. */
  channels: string[];
  trials: Trial[];
}

/** A problem in a trial file, naming the record it was found in. */
export class TrialFormatError extends Error {
  override name = "TrialFormatError";
}

/**
 * Checks that `value` (parsed JSON) is a well-formed trial file and returns it typed.
 * Throws a TrialFormatError naming the first bad record: ragged trials, values that are
 * not finite numbers (NaN, null, strings), labels other than 0/1, samples with the wrong
 * number of channels, duplicate ids.
 */
export function validateTrialFile(value: unknown): TrialFile {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail("a trial file must be a JSON object");
  const { format, version, samplingRate, epochStart, channels, trials } = value as Partial<TrialFile>;
  if (format !== TRIAL_FORMAT) fail(`"format" must be "${TRIAL_FORMAT}", got ${show(format)}`);
  if (version !== TRIAL_FORMAT_VERSION) fail(`"version" must be ${TRIAL_FORMAT_VERSION}, got ${show(version)}`);
  if (typeof samplingRate !== "number" || !(samplingRate > 0 && samplingRate < Infinity))
    fail(`"samplingRate" must be a positive number of Hz, got ${show(samplingRate)}`);
  if (typeof epochStart !== "number" || !Number.isFinite(epochStart))
    fail(`"epochStart" must be a number of seconds, got ${show(epochStart)}`);
  if (!Array.isArray(channels) || channels.length === 0 || !channels.every((c) => typeof c === "string" && c !== ""))
    fail(`"channels" must be a non-empty list of channel names`);
  if (new Set(channels).size !== channels.length) fail(`"channels" has duplicate names`);
  if (!Array.isArray(trials) || trials.length === 0) fail(`"trials" must be a non-empty list`);

  const ids = new Set<string>();
  const timeSteps = Array.isArray(trials[0]?.samples) ? trials[0].samples.length : 0;
  trials.forEach((trial: Partial<Trial> | null, index) => {
    const name = `trial ${index}${typeof trial?.id === "string" ? ` ("${trial.id}")` : ""}`;
    if (typeof trial !== "object" || trial === null) fail(`${name}: must be an object`);
    const { id, subject, label, samples, artifacts } = trial;
    if (typeof id !== "string" || id === "") fail(`${name}: "id" must be a non-empty string`);
    if (ids.has(id)) fail(`${name}: "id" is used by an earlier trial too`);
    ids.add(id);
    if (typeof subject !== "string" || subject === "")
      fail(`${name}: "subject" must be a non-empty string, got ${show(subject)}`);
    if (label !== 0 && label !== 1) fail(`${name}: "label" must be 0 or 1, got ${show(label)}`);
    if (artifacts !== undefined && !(Array.isArray(artifacts) && artifacts.every((a) => typeof a === "string")))
      fail(`${name}: "artifacts" must be a list of strings`);
    if (!Array.isArray(samples) || samples.length === 0)
      fail(`${name}: "samples" must be a non-empty list of time steps`);
    if (samples.length !== timeSteps)
      fail(`${name}: has ${samples.length} time steps, trial 0 has ${timeSteps} (all trials must be equally long)`);
    samples.forEach((row: unknown, t) => {
      if (!Array.isArray(row)) fail(`${name}: time step ${t} is not a list of numbers`);
      if (row.length !== channels.length)
        fail(`${name}: time step ${t} has ${row.length} values, expected one per channel (${channels.length})`);
      row.forEach((x: unknown, c) => {
        if (typeof x !== "number" || !Number.isFinite(x))
          fail(`${name}: time step ${t}, channel ${channels[c]}: ${show(x)} is not a finite number`);
      });
    });
  });
  return value as TrialFile;
}

function fail(message: string): never {
  throw new TrialFormatError(message);
}

/** NaN and Infinity as themselves; everything else as JSON. */
function show(value: unknown): string {
  return typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
}

/** The distinct subjects, in order of first appearance. */
export function subjectsOf(trials: readonly Trial[]): string[] {
  return [...new Set(trials.map((trial) => trial.subject))];
}
