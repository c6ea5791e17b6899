/**
 * The trial file: labelled multichannel sequences, one record per trial. See
 * docs/eeg-template.md. JSON holds everything; CSV (lib/eeg/trials-csv.ts) holds the
 * trials, with the sampling rate and epoch start given alongside.
 *
 *   { "format": "eeg-trials", "version": 1, "samplingRate": 128, "epochStart": -0.7,
 *     "channels": ["Fz", "Cz", "Pz"],
 *     "trials": [{ "id": "s01-t001", "subject": "s01", "label": 1,
 *                  "samples": [[1.5, -0.2, 3.1], ...] }, ...] }
 *
 * One valibot schema (`TrialFileSchema`) is both the type and the check. The samples are
 * checked by one loop over the arrays (`firstSampleProblem`), not a schema per number: a
 * file holds up to ~10^6 numbers, and the messages name the channel, which only the
 * file-level check knows.
 */
import * as v from "valibot";

export const TRIAL_FORMAT = "eeg-trials";
export const TRIAL_FORMAT_VERSION = 1;

type Message = (issue: v.BaseIssue<unknown>) => string;

/**
 * An object's message: `"key" is missing` for an absent key (a present but wrong key gets
 * its field's own message), `otherwise` when the value is not an object at all. Valibot
 * takes arrays for objects, so an array lands here as "missing keys" and is named as such.
 */
function objectMessage(otherwise: string): Message {
  return (issue) => {
    const where = issue.path?.at(-1);
    if (where === undefined || Array.isArray(where.input)) return otherwise;
    return `"${String(where.key)}" is missing`;
  };
}

const nonEmptyString = (message: string | Message) => v.pipe(v.string(message), v.nonEmpty(message));

const artifactsMessage = `"artifacts" must be a list of strings`;

const TrialSchema = v.object(
  {
    /** Unique within the file; errors and rejection reports name trials by it. */
    id: nonEmptyString(`"id" must be a non-empty string`),
    /** Who was recorded. Train/test splits keep each subject on one side. */
    subject: nonEmptyString((issue) => `"subject" must be a non-empty string, got ${show(issue.input)}`),
    /** The outcome to predict, 0 or 1. */
    label: v.picklist([0, 1], (issue) => `"label" must be 0 or 1, got ${show(issue.input)}`),
    /**
     * `[timeSteps, channels]` microvolts; every trial has the same shape. Here only "a
     * non-empty list"; the rows are checked by the file's check, which knows the channels.
     */
    samples: v.custom<number[][]>(
      (input) => Array.isArray(input) && input.length > 0,
      `"samples" must be a non-empty list of time steps`,
    ),
    /** Optional ground truth: artefacts known to be in the trial (the demo generator writes these). */
    artifacts: v.optional(v.array(v.string(artifactsMessage), artifactsMessage)),
  },
  objectMessage("must be an object"),
);
export type Trial = v.InferOutput<typeof TrialSchema>;

const samplingRateMessage: Message = (issue) =>
  `"samplingRate" must be a positive number of Hz, got ${show(issue.input)}`;
const epochStartMessage: Message = (issue) => `"epochStart" must be a number of seconds, got ${show(issue.input)}`;
const channelsMessage = `"channels" must be a non-empty list of channel names`;
const trialsMessage = `"trials" must be a non-empty list`;

export const TrialFileSchema = v.pipe(
  v.object(
    {
      format: v.literal(TRIAL_FORMAT, (issue) => `"format" must be "${TRIAL_FORMAT}", got ${show(issue.input)}`),
      version: v.literal(
        TRIAL_FORMAT_VERSION,
        (issue) => `"version" must be ${TRIAL_FORMAT_VERSION}, got ${show(issue.input)}`,
      ),
      /** Samples per second, Hz. */
      samplingRate: v.pipe(
        v.number(samplingRateMessage),
        v.gtValue(0, samplingRateMessage),
        v.finite(samplingRateMessage),
      ),
      /** Time of the first sample relative to the event, seconds (negative: before it). */
      epochStart: v.pipe(v.number(epochStartMessage), v.finite(epochStartMessage)),
      /** Channel names, in the order of the numbers in each sample. */
      channels: v.pipe(
        v.array(nonEmptyString(channelsMessage), channelsMessage),
        v.nonEmpty(channelsMessage),
        v.check((channels) => new Set(channels).size === channels.length, `"channels" has duplicate names`),
      ),
      trials: v.pipe(v.array(TrialSchema, trialsMessage), v.nonEmpty(trialsMessage)),
    },
    objectMessage("a trial file must be a JSON object"),
  ),
  // Cross-field rules, run once every field has its type: unique ids, equal trial lengths,
  // one finite number per channel in every time step.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = firstTrialProblem(dataset.value.channels, dataset.value.trials);
    if (problem !== undefined) addIssue({ message: problem });
  }),
);
export type TrialFile = v.InferOutput<typeof TrialFileSchema>;

/** A problem in a trial file, naming the record it was found in. */
export class TrialFormatError extends Error {
  override name = "TrialFormatError";
}

/**
 * Checks that `value` (parsed JSON) is a well-formed trial file and returns it typed.
 * Throws a TrialFormatError naming the first bad record: ragged trials, values that are
 * not finite numbers (NaN, null, strings), labels other than 0/1, samples with the wrong
 * number of channels, duplicate ids. Field rules are checked on every trial before the
 * cross-field ones, so in a file with several faults "first" follows that order.
 */
export function validateTrialFile(value: unknown): TrialFile {
  const result = v.safeParse(TrialFileSchema, value, { abortEarly: true });
  if (!result.success) throw new TrialFormatError(describeIssue(result.issues[0]));
  // The schema only checks (no transforms), so the input is the typed value. Returning it
  // rather than valibot's copy keeps the caller's object (and any extra keys) as it was.
  return value as TrialFile;
}

/** The issue's message, prefixed with the trial it is in when it is inside one. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const [first, second] = issue.path ?? [];
  if (first?.key !== "trials" || typeof second?.key !== "number") return issue.message;
  const trial = second.value;
  const id = typeof trial === "object" && trial !== null && "id" in trial ? trial.id : undefined;
  return `${trialName(second.key, id)}: ${issue.message}`;
}

function trialName(index: number, id: unknown): string {
  return `trial ${index}${typeof id === "string" ? ` ("${id}")` : ""}`;
}

/** The first duplicate id, ragged trial or bad time step, as a message; undefined when none. */
function firstTrialProblem(channels: readonly string[], trials: readonly Trial[]): string | undefined {
  const ids = new Set<string>();
  const timeSteps = trials[0].samples.length;
  for (let index = 0; index < trials.length; index++) {
    const { id, samples } = trials[index];
    const name = trialName(index, id);
    if (ids.has(id)) return `${name}: "id" is used by an earlier trial too`;
    ids.add(id);
    if (samples.length !== timeSteps)
      return `${name}: has ${samples.length} time steps, trial 0 has ${timeSteps} (all trials must be equally long)`;
    const problem = firstSampleProblem(samples, channels);
    if (problem !== undefined) return `${name}: ${problem}`;
  }
  return undefined;
}

/** One pass over a trial's `[timeSteps, channels]` values: lists of one finite number per channel. */
function firstSampleProblem(samples: readonly unknown[], channels: readonly string[]): string | undefined {
  for (let t = 0; t < samples.length; t++) {
    const row = samples[t];
    if (!Array.isArray(row)) return `time step ${t} is not a list of numbers`;
    if (row.length !== channels.length)
      return `time step ${t} has ${row.length} values, expected one per channel (${channels.length})`;
    for (let c = 0; c < row.length; c++) {
      const x: unknown = row[c];
      if (typeof x !== "number" || !Number.isFinite(x))
        return `time step ${t}, channel ${channels[c]}: ${show(x)} is not a finite number`;
    }
  }
  return undefined;
}

/** NaN and Infinity as themselves; everything else as JSON. */
function show(value: unknown): string {
  return typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
}

/** The distinct subjects, in order of first appearance. */
export function subjectsOf(trials: readonly Trial[]): string[] {
  return [...new Set(trials.map((trial) => trial.subject))];
}
