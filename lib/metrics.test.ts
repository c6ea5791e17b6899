import assert from "node:assert/strict";
import { test } from "node:test";
import { binaryMetrics, rocAuc } from "./metrics";

const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

// Three positives, three negatives; at threshold 0.5: TP 0.9, 0.6; FN 0.4; FP 0.7; TN 0.2, 0.1.
const labels = [1, 1, 1, 0, 0, 0];
const probabilities = [0.9, 0.6, 0.4, 0.7, 0.2, 0.1];

test("binaryMetrics: confusion matrix, accuracy, precision, recall, F1", () => {
  const metrics = binaryMetrics(labels, probabilities);
  assert.deepEqual(metrics.confusionMatrix, { truePositive: 2, falseNegative: 1, falsePositive: 1, trueNegative: 2 });
  assert.equal(metrics.examples, 6);
  close(metrics.accuracy, 4 / 6);
  close(metrics.precision, 2 / 3);
  close(metrics.recall, 2 / 3);
  close(metrics.f1, 2 / 3);
});

test("binaryMetrics: log loss is the mean of -ln P(true label)", () => {
  // P(true label) is 0.9, 0.6, 0.4, 0.3, 0.8, 0.9, whose product is 0.046656 = 0.6⁶, so the
  // mean of -ln is -ln 0.6 = 0.510825623766 (tables of natural logarithms).
  close(binaryMetrics(labels, probabilities).logLoss, 0.510825623766, 1e-12);
});

test("binaryMetrics: log loss clips certain, wrong answers at 1e-7 as Keras does", () => {
  // -ln 1e-7 = 7 ln 10 = 7 × 2.302585092994 = 16.118095650958.
  close(binaryMetrics([0, 1], [1, 0]).logLoss, 16.118095650958, 1e-9);
  // Right and certain: -ln(1 - 1e-7) ≈ 1e-7 (the first term of its series), not 0.
  close(binaryMetrics([1, 0], [1, 0]).logLoss, 1e-7, 1e-13);
});

test("binaryMetrics: precision and F1 are 0 when nothing is predicted positive", () => {
  const metrics = binaryMetrics([1, 0, 1], [0.1, 0.2, 0.3]);
  assert.deepEqual(metrics.confusionMatrix, { truePositive: 0, falseNegative: 2, falsePositive: 0, trueNegative: 1 });
  assert.equal(metrics.precision, 0);
  assert.equal(metrics.recall, 0);
  assert.equal(metrics.f1, 0);
});

test("binaryMetrics: a custom threshold", () => {
  const metrics = binaryMetrics(labels, probabilities, 0.65);
  assert.deepEqual(metrics.confusionMatrix, { truePositive: 1, falseNegative: 2, falsePositive: 1, trueNegative: 2 });
});

test("binaryMetrics: includes ROC AUC", () => {
  close(binaryMetrics(labels, probabilities).rocAuc, 7 / 9);
});

test("binaryMetrics rejects mismatched or empty inputs", () => {
  assert.throws(() => binaryMetrics([1, 0], [0.5]), RangeError);
  assert.throws(() => binaryMetrics([], []), RangeError);
});

const aucCases: { name: string; labels: number[]; probabilities: number[]; auc: number }[] = [
  // 0.9 beats all three negatives, 0.6 and 0.4 beat two each: 7 of 9 pairs.
  { name: "no ties", labels, probabilities, auc: 7 / 9 },
  // Positives 0.5, 0.5 against negatives 0.5, 0.1: each positive wins 1 and ties 1 (half).
  { name: "ties count half", labels: [1, 0, 1, 0], probabilities: [0.5, 0.5, 0.5, 0.1], auc: 0.75 },
  { name: "ties across several groups", labels: [1, 1, 0, 0], probabilities: [0.8, 0.5, 0.5, 0.2], auc: 0.875 },
  { name: "perfect separation", labels: [0, 1, 0, 1], probabilities: [0.1, 0.8, 0.3, 0.9], auc: 1 },
  { name: "perfectly wrong", labels: [1, 0, 1, 0], probabilities: [0.1, 0.8, 0.3, 0.9], auc: 0 },
  { name: "all scores equal", labels: [1, 0, 0, 1, 0], probabilities: [0.4, 0.4, 0.4, 0.4, 0.4], auc: 0.5 },
];

for (const { name, labels, probabilities, auc } of aucCases) {
  test(`rocAuc: ${name} -> ${auc}`, () => {
    close(rocAuc(labels, probabilities), auc);
  });
}

test("rocAuc is NaN with only one class", () => {
  assert.ok(Number.isNaN(rocAuc([1, 1], [0.2, 0.9])));
  assert.ok(Number.isNaN(rocAuc([0, 0], [0.2, 0.9])));
});

test("rocAuc does not change its inputs", () => {
  const frozenLabels = Object.freeze([1, 0, 1]);
  const frozenProbabilities = Object.freeze([0.3, 0.2, 0.1]);
  close(rocAuc(frozenLabels, frozenProbabilities), 0.5);
  assert.deepEqual(frozenProbabilities, [0.3, 0.2, 0.1]);
});
