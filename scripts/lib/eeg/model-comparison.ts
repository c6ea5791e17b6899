/**
 * The four models on the same folds: the LSTM on raw voltage, the LSTM on band power,
 * log band power + L2 logistic regression, CSP + LDA. Everything a model learns (z-score
 * statistics, CSP filters, the L2 strength, the epoch) comes from the fold's training
 * trials only.
 *
 *   within-subject   k stratified folds inside each subject: can a model learn this
 *                    person's trials? (how motor-imagery BCIs are trained)
 *   across-subjects  k groups of whole subjects: does it work on a new person?
 */
import * as tf from "@tensorflow/tfjs";
import type { ComparedModel, EvaluationScheme, ModelScore } from "../../../lib/eeg/comparison";
import { binaryMetrics } from "../../../lib/metrics";
import { bandPowerSequence, logPower, type PowerWindows } from "./band-power";
import type { Samples } from "./channels";
import { applySpatialFilters, type CspOrder, cspFeatures, fitCsp } from "./csp";
import { subjectFolds } from "./experiment";
import { fitSequences, predictProbabilities } from "./fit";
import { fitLda, predictLda } from "./lda";
import { fitLogisticWithInnerCv, predictLogistic } from "./logistic-baseline";
import { buildSequenceModel, toInputTensor } from "./model";
import { channelStatistics, zScore } from "./normalization";
import { meanWithInterval, proportion } from "./proportion";
import { stratifiedFolds } from "./stratified-folds";
import { splitBySubject } from "./subject-split";
import type { Trial } from "./trials";

export interface ComparisonSettings {
  models: readonly ComparedModel[];
  units: number;
  learningRate: number;
  batchSize: number;
  epochs: number;
  patience: number;
  seed: number;
  /** CSP filters kept, and which. */
  cspComponents: number;
  cspOrder: CspOrder;
  powerWindows: PowerWindows;
  /** What the band-power LSTM's sequence follows: CSP components or every channel. */
  bandPowerOver: "csp" | "channels";
  log: (line: string) => void;
}

/** One fold: trials to learn from, trials to score, and how to hold some training trials back. */
interface Fold {
  train: Trial[];
  test: Trial[];
  /** Splits training trials into fit and validation (for the LSTM's epoch), and gives inner-CV groups. */
  inner: (train: Trial[]) => { fit: Trial[]; validation: Trial[]; groups: string[] };
}

interface FoldOutput {
  probabilities: number[];
  seconds: number;
  chosenEpoch?: number;
  l2?: number;
}

/** Trains `model` on the fold and returns its P(label = 1) for the fold's test trials. */
export async function scoreFold(model: ComparedModel, fold: Fold, settings: ComparisonSettings): Promise<FoldOutput> {
  const startedAt = Date.now();
  const labelsOf = (list: readonly Trial[]) => list.map((trial) => trial.label);
  const seconds = () => (Date.now() - startedAt) / 1000;
  if (model === "csp-lda") {
    const csp = fitCsp(
      fold.train.map((t) => t.samples),
      labelsOf(fold.train),
      settings.cspComponents,
      settings.cspOrder,
    );
    const lda = fitLda(
      fold.train.map((t) => cspFeatures(csp, t.samples)),
      labelsOf(fold.train),
    );
    return {
      probabilities: predictLda(
        lda,
        fold.test.map((t) => cspFeatures(csp, t.samples)),
      ),
      seconds: seconds(),
    };
  }
  if (model === "log-power-lr") {
    const { groups } = fold.inner(fold.train);
    const logistic = fitLogisticWithInnerCv(
      fold.train.map((t) => logPower(t.samples)),
      labelsOf(fold.train),
      groups,
    );
    return {
      probabilities: predictLogistic(
        logistic,
        fold.test.map((t) => logPower(t.samples)),
      ),
      seconds: seconds(),
      l2: logistic.l2,
    };
  }
  const { fit, validation } = fold.inner(fold.train);
  let toSequence: (samples: Samples) => Samples = (samples) => samples;
  if (model === "lstm-band-power") {
    // the filters see every training trial (the validation part too); the test fold never
    const filters =
      settings.bandPowerOver === "csp"
        ? fitCsp(
            fold.train.map((t) => t.samples),
            labelsOf(fold.train),
            settings.cspComponents,
            settings.cspOrder,
          ).filters
        : null;
    toSequence = (samples) =>
      bandPowerSequence(filters ? applySpatialFilters(filters, samples) : samples, settings.powerWindows);
  }
  const sequences = (list: readonly Trial[]) => list.map((t) => toSequence(t.samples));
  const fitSequencesList = sequences(fit);
  const statistics = channelStatistics(fitSequencesList);
  const input = (list: readonly Samples[]) => toInputTensor(list.map((s) => zScore(s, statistics)));
  const fitInputs = input(fitSequencesList);
  const validationInputs = input(sequences(validation));
  const testInputs = input(sequences(fold.test));
  const [timeSteps, channels] = fitInputs.shape.slice(1);
  const network = buildSequenceModel(
    { timeSteps, channels, lstmUnits: settings.units },
    settings.seed,
    settings.learningRate,
  );
  const { bestEpoch } = await fitSequences(network, fitInputs, labelsOf(fit), {
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    seed: settings.seed,
    validation: { inputs: validationInputs, labels: labelsOf(validation), patience: settings.patience },
  });
  const probabilities = await predictProbabilities(network, testInputs);
  tf.dispose([fitInputs, validationInputs, testInputs]);
  network.dispose();
  return { probabilities, seconds: seconds(), chosenEpoch: bestEpoch };
}

/** The folds of an evaluation over `trials`. */
export function evaluationFolds(
  trials: readonly Trial[],
  evaluation: EvaluationScheme,
  folds: number,
  seed: number,
): { name: string; fold: Fold }[] {
  const subjects = [...new Set(trials.map((t) => t.subject))].sort();
  if (evaluation === "across-subjects") {
    return subjectFolds(subjects, folds, seed).map((testSubjects, k) => {
      const isTest = new Set(testSubjects);
      return {
        name: `fold ${k + 1}/${folds}: test subjects ${testSubjects.join(", ")}`,
        fold: {
          train: trials.filter((t) => !isTest.has(t.subject)),
          test: trials.filter((t) => isTest.has(t.subject)),
          inner: (train) => {
            const split = splitBySubject(train, 1, seed + 1 + k);
            return { fit: split.train, validation: split.test, groups: train.map((t) => t.subject) };
          },
        },
      };
    });
  }
  return subjects.flatMap((subject) => {
    const mine = trials.filter((t) => t.subject === subject);
    const foldOf = stratifiedFolds(
      mine.map((t) => t.label),
      folds,
      seed,
    );
    return Array.from({ length: folds }, (_, k) => ({
      name: `${subject} fold ${k + 1}/${folds}`,
      fold: {
        train: mine.filter((_, i) => foldOf[i] !== k),
        test: mine.filter((_, i) => foldOf[i] === k),
        inner: (train: Trial[]) => {
          // an inner stratified split of the training trials: one part chooses the epoch, all parts the L2
          const inner = stratifiedFolds(
            train.map((t) => t.label),
            Math.min(folds, ...[0, 1].map((l) => train.filter((t) => t.label === l).length)),
            seed + 1 + k,
          );
          return {
            fit: train.filter((_, i) => inner[i] !== 0),
            validation: train.filter((_, i) => inner[i] === 0),
            groups: inner.map(String),
          };
        },
      },
    }));
  });
}

/** Runs every model on every fold and scores the pooled test predictions. */
export async function compareModels(
  trials: readonly Trial[],
  evaluation: EvaluationScheme,
  folds: number,
  settings: ComparisonSettings,
): Promise<Partial<Record<ComparedModel, ModelScore>>> {
  const predictions = new Map<ComparedModel, { trial: Trial; probability: number }[]>();
  const extras = new Map<ComparedModel, { seconds: number; chosenEpochs: number[]; l2: number[] }>();
  for (const model of settings.models) {
    predictions.set(model, []);
    extras.set(model, { seconds: 0, chosenEpochs: [], l2: [] });
  }
  for (const { name, fold } of evaluationFolds(trials, evaluation, folds, settings.seed)) {
    const line: string[] = [];
    for (const model of settings.models) {
      const output = await scoreFold(model, fold, settings);
      fold.test.forEach((trial, i) => predictions.get(model)!.push({ trial, probability: output.probabilities[i] }));
      const extra = extras.get(model)!;
      extra.seconds += output.seconds;
      if (output.chosenEpoch !== undefined) extra.chosenEpochs.push(output.chosenEpoch);
      if (output.l2 !== undefined) extra.l2.push(output.l2);
      const correct = output.probabilities.filter((p, i) => (p >= 0.5 ? 1 : 0) === fold.test[i].label).length;
      line.push(`${model} ${correct}/${fold.test.length}`);
    }
    settings.log(`${name}: ${line.join(", ")}`);
  }
  const scores: Partial<Record<ComparedModel, ModelScore>> = {};
  for (const model of settings.models) {
    const list = predictions.get(model)!;
    const extra = extras.get(model)!;
    scores[model] = {
      ...scorePredictions(
        list.map((p) => p.trial),
        list.map((p) => p.probability),
      ),
      seconds: extra.seconds,
      ...(extra.chosenEpochs.length ? { chosenEpochs: extra.chosenEpochs } : {}),
      ...(extra.l2.length ? { l2: extra.l2 } : {}),
    };
  }
  return scores;
}

/** Accuracy pooled and per subject with Wilson intervals, the mean over subjects with a t interval, ROC AUC. */
export function scorePredictions(
  trials: readonly Pick<Trial, "subject" | "label">[],
  probabilities: readonly number[],
): Omit<ModelScore, "seconds"> {
  const correct = probabilities.map((p, i) => (p >= 0.5 ? 1 : 0) === trials[i].label);
  const labels = trials.map((t) => t.label);
  const perSubject = [...new Set(trials.map((t) => t.subject))].sort().map((subject) => {
    const mine = correct.filter((_, i) => trials[i].subject === subject);
    return { subject, accuracy: proportion(mine.filter(Boolean).length, mine.length) };
  });
  return {
    accuracy: proportion(correct.filter(Boolean).length, correct.length),
    rocAuc: new Set(labels).size === 2 ? binaryMetrics(labels, probabilities).rocAuc : null,
    perSubject,
    meanOverSubjects:
      perSubject.length >= 2
        ? meanWithInterval(perSubject.map((row) => row.accuracy.value))
        : { mean: perSubject[0].accuracy.value, interval: perSubject[0].accuracy.interval },
  };
}
