/**
 * The report `npm run train-trajectories -- --report FILE` writes: the LSTM template and
 * logistic regression on the same time-normalised mouse-trajectory points, scored on the
 * EEG comparison's folds. Numbers and the command only; pages turn them into sentences.
 * One schema (valibot) is the type and the check; readers go through `parseTrajectoryReport`.
 */
import * as v from "valibot";
import { parseWith } from "../schema-check";
import { EVALUATION_SCHEMES, ModelScoreSchema } from "./comparison";

export const TRAJECTORY_MODELS = ["lstm-raw", "points-lr"] as const;
export type TrajectoryModel = (typeof TRAJECTORY_MODELS)[number];

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const positive = v.pipe(v.number(), v.integer(), v.minValue(1));

const TrajectoryReportSchema = v.strictObject({
  kind: v.literal("trajectory-comparison"),
  /** The arguments after `npm run train-trajectories --`, as given. */
  command: v.array(v.string()),
  evaluation: v.picklist(EVALUATION_SCHEMES),
  folds: positive,
  /** Points per time-normalised movement, and the share of them the models see. */
  points: positive,
  share: v.pipe(v.number(), v.gtValue(0), v.maxValue(1)),
  /** Time steps the models read: round(share · (points − 1)) + 1. */
  steps: positive,
  dataset: v.strictObject({
    rows: count,
    kept: count,
    subjects: v.array(v.string()),
    excluded: v.record(v.string(), count),
    labels: v.record(v.string(), v.picklist([0, 1])),
  }),
  /** Majority-label rate over the kept trials. */
  chance: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  models: v.strictObject({ "lstm-raw": ModelScoreSchema, "points-lr": ModelScoreSchema }),
  machine: v.strictObject({ cores: positive, backend: v.string() }),
  seconds: v.pipe(v.number(), v.minValue(0)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type TrajectoryReport = v.InferOutput<typeof TrajectoryReportSchema>;

/** A trajectory report checked against its schema; `where` names the file in the error. */
export function parseTrajectoryReport(value: unknown, where: string): TrajectoryReport {
  return parseWith(TrajectoryReportSchema, value, `${where} is not a trajectory-comparison report this code reads`);
}
