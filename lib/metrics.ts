/**
 * Binary classification metrics, as the evaluation and the learn pages report them.
 * `labels` are 0/1; `probabilities` are the model's P(positive).
 */
import type { Evaluation } from "./metadata";

/** Keras clips probabilities by 1e-7 before taking logs. */
const EPSILON = 1e-7;

export type Metrics = Omit<Evaluation, "split" | "seconds" | "evaluatedAt">;

export function binaryMetrics(labels: readonly number[], probabilities: readonly number[], threshold = 0.5): Metrics {
  if (labels.length !== probabilities.length || labels.length === 0) {
    throw new RangeError(
      `need equally many labels and probabilities, got ${labels.length} and ${probabilities.length}`,
    );
  }
  let truePositive = 0,
    falseNegative = 0,
    falsePositive = 0,
    trueNegative = 0;
  let logLossSum = 0;
  labels.forEach((label, i) => {
    const probability = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
    logLossSum += label === 1 ? -Math.log(probability) : -Math.log(1 - probability);
    const predicted = probabilities[i] > threshold ? 1 : 0; // strictly above, as Keras binary_accuracy
    if (label === 1) predicted === 1 ? truePositive++ : falseNegative++;
    else predicted === 1 ? falsePositive++ : trueNegative++;
  });
  const precision = truePositive / Math.max(1, truePositive + falsePositive);
  const recall = truePositive / Math.max(1, truePositive + falseNegative);
  return {
    examples: labels.length,
    accuracy: (truePositive + trueNegative) / labels.length,
    logLoss: logLossSum / labels.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    rocAuc: rocAuc(labels, probabilities),
    confusionMatrix: { truePositive, falseNegative, falsePositive, trueNegative },
  };
}

/**
 * Area under the ROC curve: the chance that a random positive review scores higher
 * than a random negative one (ties count half). Computed from ranks in O(n log n).
 */
export function rocAuc(labels: readonly number[], probabilities: readonly number[]): number {
  const order = probabilities.map((p, i) => [p, labels[i]] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0,
    rankSumOfPositives = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && order[end][0] === order[start][0]) end++;
    const averageRank = (start + 1 + end) / 2; // ranks start at 1; tied scores share the mean rank
    for (let i = start; i < end; i++)
      if (order[i][1] === 1) {
        positives++;
        rankSumOfPositives += averageRank;
      }
    start = end;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSumOfPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}
