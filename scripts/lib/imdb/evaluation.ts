/**
 * Measuring a model on reviews it never trained on: the tfjs path used right after
 * training (`evaluateModel`), the pieces `npm run evaluate` uses with the browser's
 * Predictor (`loadPredictorDir` in ../model-files, so its numbers are the box's), and the printout.
 */

import type * as tf from "@tensorflow/tfjs";
import type { Evaluation, HeldOutResult, Mistake } from "../../../lib/metadata";
import { binaryMetrics, type Metrics } from "../../../lib/metrics";
import { ProgressBar } from "../progress-bar";
import { predictAll } from "../shared-padding";
import type { Examples } from "./fit";

/** Mistakes of each kind (false positive, false negative) kept as examples. */
const MISTAKES_PER_KIND = 3;
const EXCERPT_CHARACTERS = 300;

/** P(positive) of every text, with a progress bar on stderr for long runs. */
export function predictTexts(
  predict: (text: string) => number,
  texts: readonly string[],
  what: string,
  showProgress = true,
): number[] {
  const bar = showProgress && texts.length >= 1000 ? new ProgressBar(what, texts.length, "reviews") : null;
  const probabilities = texts.map((text) => {
    const probability = predict(text);
    bar?.advance();
    return probability;
  });
  bar?.finish();
  return probabilities;
}

/** The figures stored for a held-out set; ROC AUC only when both labels occur. */
export function heldOutResult(labels: readonly (0 | 1)[], probabilities: readonly number[]): HeldOutResult {
  const { examples, accuracy, logLoss, rocAuc } = binaryMetrics(labels, probabilities);
  return {
    examples,
    accuracy,
    logLoss,
    ...(Number.isNaN(rocAuc) ? {} : { rocAuc }),
    coverageAt90: coverageAt(labels, probabilities, 0.9),
  };
}

/**
 * The coverage a model can offer at a given accuracy: hold back the texts whose
 * probability is closest to 0.5 until the verdicts on the rest are right at least
 * `target` of the time, and return the share that still gets a verdict (0 when no
 * prefix of the most confident texts reaches the target). Unlike a fixed band, this
 * compares models whose probabilities spread differently (a model trained on "no
 * opinion" phrases puts more texts near 0.5).
 */
export function coverageAt(labels: readonly (0 | 1)[], probabilities: readonly number[], target: number): number {
  if (labels.length !== probabilities.length || labels.length === 0)
    throw new RangeError("need one probability per label, and at least one");
  const order = probabilities
    .map((p, i) => i)
    .sort((a, b) => Math.abs(probabilities[b] - 0.5) - Math.abs(probabilities[a] - 0.5));
  let correct = 0;
  let best = 0;
  order.forEach((i, k) => {
    if (probabilities[i] > 0.5 === (labels[i] === 1)) correct++;
    if (correct / (k + 1) >= target) best = k + 1;
  });
  return best / labels.length;
}

/** A full test evaluation from probabilities already computed, with the most confident mistakes. */
export function testEvaluation(
  labels: readonly (0 | 1)[],
  probabilities: readonly number[],
  texts: readonly string[],
  seconds: number,
): Evaluation {
  return {
    split: "test",
    ...binaryMetrics(labels, probabilities),
    seconds,
    evaluatedAt: new Date().toISOString(),
    mistakes: confidentMistakes(texts, labels, probabilities),
  };
}

/**
 * The tfjs path, right after training: accuracy, log loss, precision/recall/F1, ROC AUC
 * and the confusion matrix on `test` (`[N, ≤ maxLen]` unpadded indices). With `texts`,
 * also keeps the most confident mistakes as short excerpts.
 */
export async function evaluateModel(
  model: tf.LayersModel,
  test: Examples,
  maxLen: number,
  texts?: readonly string[],
): Promise<Evaluation> {
  const startedAt = Date.now();
  const bar = new ProgressBar("evaluating", test.sequences.length, "reviews");
  const probabilities = Array.from(await predictAll(model, test.sequences, maxLen, 128, (done) => bar.advance(done)));
  bar.finish();
  const seconds = (Date.now() - startedAt) / 1000;
  if (texts) return testEvaluation(test.labels, probabilities, texts, seconds);
  return {
    split: "test",
    ...binaryMetrics(test.labels, probabilities),
    seconds,
    evaluatedAt: new Date().toISOString(),
  };
}

function confidentMistakes(
  texts: readonly string[],
  labels: readonly (0 | 1)[],
  probabilities: readonly number[],
): Mistake[] {
  const wrongness = (i: number) => Math.abs(labels[i] - probabilities[i]);
  const worst = (label: 0 | 1) =>
    labels
      .map((_, i) => i)
      .filter((i) => labels[i] === label && wrongness(i) > 0.5)
      .sort((a, b) => wrongness(b) - wrongness(a))
      .slice(0, MISTAKES_PER_KIND);
  return [...worst(1), ...worst(0)].map((i) => ({
    excerpt: excerpt(texts[i]),
    ending: ending(texts[i]),
    label: labels[i],
    probability: probabilities[i],
  }));
}

/** The review's last EXCERPT_CHARACTERS, cut at a word boundary: the part the model read last. */
function ending(text: string): string {
  const plain = text
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length <= EXCERPT_CHARACTERS ? plain : `… ${plain.slice(-EXCERPT_CHARACTERS).replace(/^\S*\s+/, "")}`;
}

function excerpt(text: string): string {
  const plain = text
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length <= EXCERPT_CHARACTERS ? plain : `${plain.slice(0, EXCERPT_CHARACTERS).replace(/\s+\S*$/, "")} …`;
}

export interface PrintOptions {
  /** First line, e.g. "Test evaluation (25000 reviews)". */
  title?: string;
  /** Names of label 1 and label 0 in the confusion matrix (default positive, negative). */
  classNames?: [string, string];
  /** Extra lines after the figures, e.g. what chance would score. */
  notes?: string[];
}

/** Prints accuracy, log loss, precision/recall/F1, ROC AUC and the confusion matrix. */
export function printEvaluation(metrics: Metrics, options: PrintOptions = {}): void {
  const {
    title = `Test evaluation (${metrics.examples} reviews)`,
    classNames = ["positive", "negative"],
    notes = [],
  } = options;
  const { truePositive, falseNegative, falsePositive, trueNegative } = metrics.confusionMatrix;
  const percent = (x: number) => `${(100 * x).toFixed(2)}%`;
  const [one, zero] = classNames.map((name) => name.padStart(8));
  console.log(`
${title}
  accuracy    ${percent(metrics.accuracy)}
  log loss    ${metrics.logLoss.toFixed(4)}
  precision   ${percent(metrics.precision)}
  recall      ${percent(metrics.recall)}
  F1          ${percent(metrics.f1)}
  ROC AUC     ${metrics.rocAuc.toFixed(4)}
${notes.map((note) => `  ${note}\n`).join("")}
                   predicted ${one}   predicted ${zero}
  actual ${one}   ${String(truePositive).padStart(18)}   ${String(falseNegative).padStart(18)}
  actual ${zero}   ${String(falsePositive).padStart(18)}   ${String(trueNegative).padStart(18)}
`);
}
