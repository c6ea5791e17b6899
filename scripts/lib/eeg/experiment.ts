/**
 * One honest experiment on prepared trials: hold out test subjects; inside the training
 * subjects, hold out validation subjects to choose the epoch (early stopping); train the
 * LSTM and the linear baseline on the same training subjects; score both on the test
 * subjects, overall and per subject, with 95% intervals. `crossValidate` repeats it with
 * every group of subjects as the test side once.
 */
import * as tf from "@tensorflow/tfjs";
import type {
  ChannelStatistics,
  CrossValidationFold,
  HeldOutSubjectsResult,
  SequenceFeatures,
  SequenceModelConfig,
} from "../../../lib/eeg/metadata";
import type { EpochRecord } from "../../../lib/metadata";
import { binaryMetrics, type Metrics } from "../../../lib/metrics";
import { seededRandom, shuffled } from "../../../lib/random";
import { featureSequence, type PowerWindows } from "./band-power";
import { type CspOrder, fitCsp } from "./csp";
import { fitSequences, predictProbabilities } from "./fit";
import { fitLogisticWithInnerCv, predictLogistic, windowMeans } from "./logistic-baseline";
import { buildSequenceModel, toInputTensor } from "./model";
import { channelStatistics, zScore } from "./normalization";
import { formatProportion, meanAndSpread, proportion } from "./proportion";
import { splitBySubject } from "./subject-split";
import type { Trial } from "./trials";

export interface ExperimentSettings {
  units: number;
  learningRate: number;
  batchSize: number;
  /** Upper limit on epochs. */
  epochs: number;
  /** Epochs without a lower validation loss before stopping. */
  patience: number;
  /** How many training subjects to hold back for validation (0: no early stopping). */
  validationSubjects: number;
  seed: number;
  /** Baseline feature window, in time steps of the prepared trials. */
  featureWindowSteps: number;
  /** What the LSTM reads: raw voltage, or band power (over CSP filters fitted on the training trials, or channels). */
  features?: FeatureChoice;
  log: (line: string) => void;
  onEpoch?: (record: EpochRecord) => void;
}

export type FeatureChoice =
  | { kind: "raw" }
  | { kind: "band-power"; windows: PowerWindows; cspComponents: number; cspOrder: CspOrder; over: "csp" | "channels" };

export interface SplitResult {
  features: SequenceFeatures;
  model: tf.LayersModel;
  modelConfig: SequenceModelConfig;
  normalization: ChannelStatistics;
  trainSubjects: string[];
  validationSubjects: string[];
  testSubjects: string[];
  trainTrials: number;
  history: EpochRecord[];
  bestEpoch: number;
  /** Majority-label rate on the test trials. */
  chance: number;
  lstmMetrics: Metrics;
  lstm: HeldOutSubjectsResult;
  baseline: HeldOutSubjectsResult & { l2: number };
}

/** Accuracy overall and per subject with intervals; AUC null when one class only. */
export function heldOutSubjectsResult(
  labels: readonly number[],
  probabilities: readonly number[],
  subjects: readonly string[],
): HeldOutSubjectsResult {
  const correct = probabilities.map((p, i) => (p >= 0.5 ? 1 : 0) === labels[i]);
  const both = new Set(labels).size === 2;
  const perSubject = [...new Set(subjects)].sort().map((subject) => {
    const mine = correct.filter((_, i) => subjects[i] === subject);
    return { subject, accuracy: proportion(mine.filter(Boolean).length, mine.length) };
  });
  return {
    accuracy: proportion(correct.filter(Boolean).length, correct.length),
    rocAuc: both ? binaryMetrics(labels, probabilities).rocAuc : null,
    perSubject,
  };
}

/** Trains and scores the LSTM and the baseline with `testSubjects` held out. The caller disposes `model`. */
export async function runSplit(
  trials: readonly Trial[],
  testSubjects: number | string[],
  settings: ExperimentSettings,
): Promise<SplitResult> {
  const subjects = [...new Set(trials.map((trial) => trial.subject))];
  if (subjects.length < 2)
    throw new RangeError(
      `need at least 2 subjects for a held-out split, found ${subjects.length} (${subjects.join(", ")}); trials of one person tested on the same person say little about a new one`,
    );
  const outer = splitBySubject(trials, testSubjects, settings.seed);
  const validationCount = Math.min(settings.validationSubjects, outer.trainSubjects.length - 1);
  if (settings.validationSubjects > 0 && validationCount < 1) {
    settings.log(
      `note: only ${outer.trainSubjects.length} training subject(s): no validation subjects, so no early stopping; training runs all ${settings.epochs} epochs`,
    );
  }
  const inner = validationCount > 0 ? splitBySubject(outer.train, validationCount, settings.seed + 1) : null;
  const fitTrials = inner ? inner.train : outer.train;
  const testLabels = outer.test.map((trial) => trial.label);
  if (new Set(testLabels).size < 2) {
    settings.log(
      `note: the test subjects ${outer.testSubjects.join(", ")} have trials of one label only: accuracy is measurable, ROC AUC is undefined`,
    );
  }

  const choice = settings.features ?? { kind: "raw" };
  const features: SequenceFeatures =
    choice.kind === "raw"
      ? choice
      : {
          kind: "band-power",
          ...choice.windows,
          filters:
            choice.over === "csp"
              ? fitCsp(
                  fitTrials.map((trial) => trial.samples),
                  fitTrials.map((trial) => trial.label),
                  choice.cspComponents,
                  choice.cspOrder,
                ).filters
              : null,
        };
  const normalization = channelStatistics(fitTrials.map((trial) => featureSequence(trial.samples, features)));
  const scale = (list: readonly Trial[]) =>
    list.map((trial) => zScore(featureSequence(trial.samples, features), normalization));
  const trainInputs = toInputTensor(scale(fitTrials));
  const testInputs = toInputTensor(scale(outer.test));
  const validationInputs = inner ? toInputTensor(scale(inner.test)) : null;
  const [timeSteps, channels] = trainInputs.shape.slice(1);
  const modelConfig = { timeSteps, channels, lstmUnits: settings.units };
  settings.log(
    `train: ${fitTrials.length} trials from ${(inner ?? outer).trainSubjects.join(", ")}` +
      (inner
        ? `; validation (chooses the epoch): ${inner.test.length} trials from ${inner.testSubjects.join(", ")}`
        : "") +
      `; test: ${outer.test.length} trials from ${outer.testSubjects.join(", ")}; input [${timeSteps} time steps, ${channels} channels]`,
  );

  const model = buildSequenceModel(modelConfig, settings.seed, settings.learningRate);
  const { history, bestEpoch } = await fitSequences(
    model,
    trainInputs,
    fitTrials.map((trial) => trial.label),
    {
      epochs: settings.epochs,
      batchSize: settings.batchSize,
      seed: settings.seed,
      onEpoch: settings.onEpoch,
      validation:
        inner && validationInputs
          ? { inputs: validationInputs, labels: inner.test.map((trial) => trial.label), patience: settings.patience }
          : undefined,
    },
  );
  const probabilities = await predictProbabilities(model, testInputs);
  tf.dispose([trainInputs, testInputs, ...(validationInputs ? [validationInputs] : [])]);

  // The baseline sees every training subject (the LSTM's validation subjects included), z-scored voltages.
  const voltage = choice.kind === "raw" ? normalization : channelStatistics(fitTrials.map((trial) => trial.samples));
  const windowFeatures = (list: readonly Trial[]) =>
    list.map((trial) => windowMeans(zScore(trial.samples, voltage), settings.featureWindowSteps));
  const baselineModel = fitLogisticWithInnerCv(
    windowFeatures(outer.train),
    outer.train.map((trial) => trial.label),
    outer.train.map((trial) => trial.subject),
  );
  const baselineProbabilities = predictLogistic(baselineModel, windowFeatures(outer.test));

  const positiveRate = testLabels.filter((label) => label === 1).length / testLabels.length;
  const testSubjectOf = outer.test.map((trial) => trial.subject);
  return {
    features,
    model,
    modelConfig,
    normalization,
    trainSubjects: (inner ?? outer).trainSubjects,
    validationSubjects: inner?.testSubjects ?? [],
    testSubjects: outer.testSubjects,
    trainTrials: fitTrials.length,
    history,
    bestEpoch,
    chance: Math.max(positiveRate, 1 - positiveRate),
    lstmMetrics: binaryMetrics(testLabels, probabilities),
    lstm: heldOutSubjectsResult(testLabels, probabilities, testSubjectOf),
    baseline: { ...heldOutSubjectsResult(testLabels, baselineProbabilities, testSubjectOf), l2: baselineModel.l2 },
  };
}

/** The comparison table and a plain verdict, as lines to print. */
export function describeSplit(result: SplitResult, baselineName: string): string[] {
  const auc = (value: number | null) => (value === null ? "undefined (one class)" : value.toFixed(3));
  const lines = [
    `Held-out subjects ${result.testSubjects.join(", ")}: ${result.lstm.accuracy.total} trials, chance ${(100 * result.chance).toFixed(1)}% (always the majority label)`,
    `                 accuracy [95% CI]        ROC AUC`,
    `  LSTM           ${formatProportion(result.lstm.accuracy).padEnd(24)} ${auc(result.lstm.rocAuc)}   (weights of epoch ${result.bestEpoch}${result.validationSubjects.length ? ", lowest validation loss" : ""})`,
    `  baseline       ${formatProportion(result.baseline.accuracy).padEnd(24)} ${auc(result.baseline.rocAuc)}   (${baselineName}, L2 ${result.baseline.l2} by inner CV)`,
    `  per subject    LSTM                      baseline`,
    ...result.lstm.perSubject.map(
      (row, i) =>
        `  ${row.subject.padEnd(14)} ${formatProportion(row.accuracy).padEnd(25)} ${formatProportion(result.baseline.perSubject[i].accuracy)}`,
    ),
  ];
  return [...lines, ...verdict(result)];
}

/** Plain sentences: does the LSTM beat chance, and does it beat the baseline? */
export function verdict(result: Pick<SplitResult, "lstm" | "baseline" | "chance">): string[] {
  const lines: string[] = [];
  const [low] = result.lstm.accuracy.interval;
  lines.push(
    low > result.chance
      ? `The LSTM beats chance on these subjects: its 95% interval starts at ${(100 * low).toFixed(1)}%, above ${(100 * result.chance).toFixed(1)}%.`
      : `The LSTM does not beat chance on these subjects: its 95% interval reaches down to ${(100 * low).toFixed(1)}%, at or below chance (${(100 * result.chance).toFixed(1)}%).`,
  );
  const [lstm, baseline] = [result.lstm.accuracy.value, result.baseline.accuracy.value];
  if (lstm < baseline)
    lines.push(
      `The LSTM LOSES to the linear baseline (${(100 * lstm).toFixed(1)}% vs ${(100 * baseline).toFixed(1)}%): on this data a straight line on window means does better.`,
    );
  else if (lstm === baseline) lines.push("The LSTM and the linear baseline are equally accurate here.");
  else
    lines.push(
      `The LSTM is ahead of the linear baseline (${(100 * lstm).toFixed(1)}% vs ${(100 * baseline).toFixed(1)}%)${result.baseline.accuracy.interval[1] >= result.lstm.accuracy.value ? ", but within the baseline's interval: the difference may be chance" : ""}.`,
    );
  return lines;
}

/** Splits the sorted subjects (shuffled by `seed`) into `folds` groups of near-equal size. */
export function subjectFolds(subjects: readonly string[], folds: number, seed: number): string[][] {
  const distinct = [...new Set(subjects)].sort();
  if (!(folds >= 2 && folds <= distinct.length))
    throw new RangeError(`--cv must be between 2 and the number of subjects (${distinct.length}), got ${folds}`);
  const order = shuffled(distinct, seededRandom(seed + 2));
  return Array.from({ length: folds }, (_, k) => order.filter((_, i) => i % folds === k).sort());
}

/** Leave-subjects-out cross-validation: one runSplit per fold, then the mean and spread. */
export async function crossValidate(trials: readonly Trial[], folds: number, settings: ExperimentSettings) {
  const results: CrossValidationFold[] = [];
  for (const [k, testSubjects] of subjectFolds(
    trials.map((trial) => trial.subject),
    folds,
    settings.seed,
  ).entries()) {
    settings.log(`\ncross-validation fold ${k + 1}/${folds}: test subjects ${testSubjects.join(", ")}`);
    const result = await runSplit(trials, testSubjects, settings);
    result.model.dispose();
    settings.log(
      `  LSTM ${formatProportion(result.lstm.accuracy)} (epoch ${result.bestEpoch}), baseline ${formatProportion(result.baseline.accuracy)}`,
    );
    results.push({
      testSubjects,
      lstm: { accuracy: result.lstm.accuracy.value, rocAuc: result.lstm.rocAuc, chosenEpoch: result.bestEpoch },
      baseline: { accuracy: result.baseline.accuracy.value, rocAuc: result.baseline.rocAuc, l2: result.baseline.l2 },
    });
  }
  const lstm = meanAndSpread(results.map((fold) => fold.lstm.accuracy));
  const baseline = meanAndSpread(results.map((fold) => fold.baseline.accuracy));
  const show = (x: { mean: number; std: number }) => `${(100 * x.mean).toFixed(1)}% ± ${(100 * x.std).toFixed(1)}`;
  settings.log(
    `\ncross-validation over ${folds} folds (mean ± standard deviation of fold accuracies): LSTM ${show(lstm)}, baseline ${show(baseline)}` +
      (lstm.mean < baseline.mean ? "  <- the LSTM loses to the baseline" : ""),
  );
  return { folds: results, lstm, baseline };
}
