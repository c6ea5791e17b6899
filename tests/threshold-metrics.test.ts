import assert from "node:assert/strict";
import { test } from "node:test";
import { areaUnder, confusionAt, rocCurve, thinCurve } from "../components/course/widgets/threshold-metrics";
import { rocAuc } from "../lib/metrics";
import { decodeTestPredictions, encodeTestPredictions } from "../lib/test-predictions";

// Six reviews: three positive, three negative, one positive scored below a negative.
const probabilities = [0.9, 0.8, 0.3, 0.6, 0.2, 0.1];
const labels = [1, 1, 1, 0, 0, 0];

test("confusionAt counts p > threshold as positive", () => {
  const cases = [
    { threshold: 0.5, truePositive: 2, falseNegative: 1, falsePositive: 1, trueNegative: 2 },
    { threshold: 0.25, truePositive: 3, falseNegative: 0, falsePositive: 1, trueNegative: 2 },
    { threshold: 0.8, truePositive: 1, falseNegative: 2, falsePositive: 0, trueNegative: 3 },
    { threshold: 0.95, truePositive: 0, falseNegative: 3, falsePositive: 0, trueNegative: 3 },
  ];
  for (const expected of cases) {
    const result = confusionAt(probabilities, labels, expected.threshold);
    assert.deepEqual(
      {
        threshold: result.threshold,
        truePositive: result.truePositive,
        falseNegative: result.falseNegative,
        falsePositive: result.falsePositive,
        trueNegative: result.trueNegative,
      },
      expected,
    );
  }
  const atHalf = confusionAt(probabilities, labels, 0.5);
  assert.equal(atHalf.precision, 2 / 3);
  assert.equal(atHalf.recall, 2 / 3);
  assert.equal(atHalf.accuracy, 4 / 6);
  assert.equal(confusionAt(probabilities, labels, 0.95).precision, 1, "no positive call: precision 1 by convention");
});

test("rocCurve runs from (0,0) to (1,1) and its area is the AUC", () => {
  const curve = rocCurve(probabilities, labels);
  assert.deepEqual(
    curve.map((p) => [p.falsePositiveRate, p.truePositiveRate]),
    [
      [0, 0],
      [0, 1 / 3],
      [0, 2 / 3],
      [1 / 3, 2 / 3],
      [1 / 3, 1],
      [2 / 3, 1],
      [1, 1],
    ],
  );
  assert.ok(Math.abs(areaUnder(curve) - 8 / 9) < 1e-12);
  assert.ok(Math.abs(areaUnder(curve) - rocAuc(labels, probabilities)) < 1e-12);
});

test("tied probabilities move together, matching the rank AUC", () => {
  const tied = [0.5, 0.5, 0.5, 0.9];
  const tiedLabels = [1, 0, 0, 1];
  const curve = rocCurve(tied, tiedLabels);
  assert.equal(curve.length, 3);
  assert.ok(Math.abs(areaUnder(curve) - rocAuc(tiedLabels, tied)) < 1e-12);
});

test("works on decoded test-predictions.bin (synthetic)", () => {
  const n = 2000;
  const p = Array.from({ length: n }, (_, i) =>
    i % 2 === 0 ? 0.3 + (0.7 * ((i * 7919) % n)) / n : (0.7 * ((i * 104729) % n)) / n,
  );
  const y = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 0));
  const decoded = decodeTestPredictions(encodeTestPredictions(p, y));
  const area = areaUnder(rocCurve(decoded.probabilities, decoded.labels));
  assert.ok(Math.abs(area - rocAuc(Array.from(decoded.labels), Array.from(decoded.probabilities))) < 1e-9);
  assert.ok(area > 0.5 && area < 1);
});

test("thinCurve keeps the ends and at most count points", () => {
  const points = Array.from({ length: 101 }, (_, i) => i);
  const thin = thinCurve(points, 11);
  assert.equal(thin.length, 11);
  assert.equal(thin[0], 0);
  assert.equal(thin.at(-1), 100);
  assert.deepEqual(thinCurve([1, 2], 5), [1, 2]);
});
