import assert from "node:assert/strict";
import { test } from "node:test";
import { coverageAt, heldOutResult } from "./evaluation";

test("coverageAt: the largest share of most-confident texts that is right at least the target", () => {
  // By confidence: 0.99 right, 0.02 right, 0.9 wrong, 0.8 right, 0.3 right, 0.55 wrong.
  const probabilities = [0.99, 0.02, 0.9, 0.8, 0.3, 0.55];
  const labels: (0 | 1)[] = [1, 0, 0, 1, 0, 0];
  // Prefix accuracies: 1/1, 2/2, 2/3, 3/4, 4/5, 4/6.
  assert.equal(coverageAt(labels, probabilities, 0.8), 5 / 6);
  assert.equal(coverageAt(labels, probabilities, 0.75), 5 / 6);
  assert.equal(coverageAt(labels, probabilities, 0.9), 2 / 6);
  assert.equal(coverageAt(labels, probabilities, 0.6), 1);
  // The most confident text wrong and nothing reaching the target: no coverage.
  assert.equal(coverageAt([0, 1], [0.9, 0.6], 0.9), 0);
  assert.throws(() => coverageAt([], [], 0.9), RangeError);
});

test("heldOutResult records the coverage at 90% beside accuracy and ROC AUC", () => {
  const result = heldOutResult([1, 0, 0, 1], [0.9, 0.2, 0.6, 0.7]);
  assert.equal(result.accuracy, 0.75);
  assert.equal(result.coverageAt90, 0.75); // 0.9, 0.2, 0.7 right; 0.6 (nearest 0.5) wrong
  assert.equal(result.rocAuc, 1); // every positive above every negative
});
