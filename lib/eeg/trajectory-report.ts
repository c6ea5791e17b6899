/**
 * The report `npm run train-trajectories -- --report FILE` writes: the LSTM template and
 * logistic regression on the same time-normalised mouse-trajectory points, scored on the
 * EEG comparison's folds. Numbers and the command only; pages turn them into sentences.
 */
import type { EvaluationScheme, ModelScore } from "./comparison";

export const TRAJECTORY_MODELS = ["lstm-raw", "points-lr"] as const;
export type TrajectoryModel = (typeof TRAJECTORY_MODELS)[number];

export interface TrajectoryReport {
  kind: "trajectory-comparison";
  /** The arguments after `npm run train-trajectories --`, as given. */
  command: string[];
  evaluation: EvaluationScheme;
  folds: number;
  /** Points per time-normalised movement, and the share of them the models see. */
  points: number;
  share: number;
  /** Time steps the models read: round(share · (points − 1)) + 1. */
  steps: number;
  dataset: {
    rows: number;
    kept: number;
    subjects: string[];
    excluded: Record<string, number>;
    labels: Record<string, 0 | 1>;
  };
  /** Majority-label rate over the kept trials. */
  chance: number;
  models: Record<TrajectoryModel, ModelScore>;
  machine: { cores: number; backend: string };
  seconds: number;
  createdAt: string;
}
