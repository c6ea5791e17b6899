/**
 * The LSTM template against a linear baseline on mouse trajectories, with the EEG
 * comparison's folds (within one subject: stratified folds of their trials; across
 * subjects: groups of whole subjects) and its scoring (per subject and pooled with Wilson
 * intervals, the mean over subjects with a t interval).
 *
 *   lstm-raw        the template's LSTM reading (x, y) one time-normalised point at a time
 *   points-lr       L2 logistic regression on the same points laid side by side
 *                   (x1, y1, x2, y2, …), the L2 strength chosen by inner cross-validation
 */
import type { EvaluationScheme, ModelScore } from "../../../lib/eeg/comparison";
import { TRAJECTORY_MODELS, type TrajectoryModel } from "../../../lib/eeg/trajectory-report";
import { fitLogisticWithInnerCv, predictLogistic } from "./logistic-baseline";
import { type ComparisonSettings, evaluationFolds, scoreFold, scorePredictions } from "./model-comparison";
import type { Trial } from "./trials";

export { TRAJECTORY_MODELS, type TrajectoryModel };

export interface TrajectorySettings {
  units: number;
  learningRate: number;
  batchSize: number;
  epochs: number;
  patience: number;
  seed: number;
  log: (line: string) => void;
}

/** Scores both models on the same folds. */
export async function compareTrajectoryModels(
  trials: readonly Trial[],
  evaluation: EvaluationScheme,
  folds: number,
  settings: TrajectorySettings,
): Promise<Record<TrajectoryModel, ModelScore>> {
  // the EEG comparison's LSTM path, with its CSP and band-power settings unused
  const lstmSettings: ComparisonSettings = {
    ...settings,
    models: ["lstm-raw"],
    cspComponents: 2,
    cspOrder: "distance",
    powerWindows: { windowSteps: 1, stepSteps: 1 },
    bandPowerOver: "channels",
  };
  const predictions = Object.fromEntries(
    TRAJECTORY_MODELS.map((m) => [m, [] as { trial: Trial; p: number }[]]),
  ) as Record<TrajectoryModel, { trial: Trial; p: number }[]>;
  const seconds: Record<TrajectoryModel, number> = { "lstm-raw": 0, "points-lr": 0 };
  const chosenEpochs: number[] = [];
  const l2: number[] = [];
  const flat = (trial: Trial) => trial.samples.flat();
  for (const { name, fold } of evaluationFolds(trials, evaluation, folds, settings.seed)) {
    const lstm = await scoreFold("lstm-raw", fold, lstmSettings);
    seconds["lstm-raw"] += lstm.seconds;
    if (lstm.chosenEpoch !== undefined) chosenEpochs.push(lstm.chosenEpoch);
    const startedAt = Date.now();
    const logistic = fitLogisticWithInnerCv(
      fold.train.map(flat),
      fold.train.map((t) => t.label),
      fold.inner(fold.train).groups,
    );
    const linear = predictLogistic(logistic, fold.test.map(flat));
    seconds["points-lr"] += (Date.now() - startedAt) / 1000;
    l2.push(logistic.l2);
    const right = (p: readonly number[]) => p.filter((q, i) => (q >= 0.5 ? 1 : 0) === fold.test[i].label).length;
    fold.test.forEach((trial, i) => {
      predictions["lstm-raw"].push({ trial, p: lstm.probabilities[i] });
      predictions["points-lr"].push({ trial, p: linear[i] });
    });
    settings.log(
      `${name}: lstm-raw ${right(lstm.probabilities)}/${fold.test.length}, points-lr ${right(linear)}/${fold.test.length}`,
    );
  }
  const score = (model: TrajectoryModel): ModelScore => ({
    ...scorePredictions(
      predictions[model].map((x) => x.trial),
      predictions[model].map((x) => x.p),
    ),
    seconds: seconds[model],
  });
  return {
    "lstm-raw": { ...score("lstm-raw"), chosenEpochs },
    "points-lr": { ...score("points-lr"), l2 },
  };
}
