/**
 * One ds003766 trial as the course page "Your own recordings" draws it, written by
 * `npm run make-trial-picture` from the miniature (scripts/make-trial-picture.ts). Times are
 * seconds relative to the trial's stimulus (`0400`). One schema (valibot) is the type and
 * the check; the page reads the file through `parseTrialPicture`.
 */
import * as v from "valibot";
import { parseWith } from "../schema-check";

const positive = v.pipe(v.number(), v.gtValue(0));

const TrialPictureSchema = v.strictObject({
  /** The command that wrote the file. */
  command: v.array(v.string()),
  subject: v.string(),
  task: v.string(),
  trialIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The dataset's top-level files and this subject's, relative to the root, "/"-separated. */
  layout: v.array(v.string()),
  recording: v.strictObject({ file: v.string(), channels: positive, samplingRate: positive }),
  /** The trial's events in order: its fixation code, 0400, the response. */
  events: v.array(v.strictObject({ code: v.string(), time: v.number() })),
  /** One channel's voltage (µV), the mean over each 1/rate s, from `start` seconds. */
  trace: v.strictObject({ channel: v.string(), start: v.number(), rate: positive, values: v.array(v.number()) }),
  /** The trial's row of the behaviour table, long cells cut; its trajectory time-normalised to 101 points (pixels). */
  behaviour: v.nullable(
    v.strictObject({
      columns: v.array(v.string()),
      cells: v.record(v.string(), v.string()),
      trajectory: v.nullable(v.array(v.array(v.number()))),
    }),
  ),
});
export type TrialPicture = v.InferOutput<typeof TrialPictureSchema>;

/** A trial picture checked against its schema; `where` names the file in the error. */
export function parseTrialPicture(value: unknown, where: string): TrialPicture {
  return parseWith(TrialPictureSchema, value, `${where} is not a trial picture this code reads`);
}
