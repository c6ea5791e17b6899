import assert from "node:assert/strict";
import { test } from "node:test";
import { chooseUnsureBand } from "./unsure-band";

test("chooseUnsureBand: the narrowest band outside which accuracy reaches the target, with its figures", () => {
  // Confident and right far from 0.5; a coin between 0.4 and 0.6.
  const probabilities = [0.95, 0.9, 0.1, 0.05, 0.58, 0.42, 0.55, 0.45, 0.62, 0.38];
  const labels: (0 | 1)[] = [1, 1, 0, 0, 0, 1, 1, 0, 1, 0];
  assert.deepEqual(chooseUnsureBand(labels, probabilities, 0.99), {
    low: 0.4,
    high: 0.6,
    target: 0.99,
    reachedTarget: true,
    examples: 10,
    insideShare: 0.4,
    accuracyInside: 0.5,
    accuracyOutside: 1,
  });
});

test("chooseUnsureBand: a model right everywhere gets the narrowest band; none inside gives a null accuracy", () => {
  const band = chooseUnsureBand([1, 0, 1], [0.7, 0.2, 0.6]);
  assert.deepEqual([band.low, band.high], [0.45, 0.55]);
  assert.equal(band.insideShare, 0);
  assert.equal(band.accuracyInside, null);
  assert.equal(band.reachedTarget, true);
  assert.equal(band.target, 0.9);
});

test("chooseUnsureBand: mismatched or empty input is refused", () => {
  assert.throws(() => chooseUnsureBand([1], [0.5, 0.2]), RangeError);
  assert.throws(() => chooseUnsureBand([], []), RangeError);
});

test("chooseUnsureBand: when no band reaches the target, the widest one, marked as not reaching it", () => {
  // Right only 60% of the time, wherever the probability lies.
  const probabilities = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 0.95 : 0.05));
  const labels = probabilities.map((p, i) => (p > 0.5 === i % 10 < 6 ? 1 : 0) as 0 | 1);
  const band = chooseUnsureBand(labels, probabilities);
  assert.deepEqual([band.low, band.high], [0.25, 0.75]);
  assert.equal(band.reachedTarget, false);
  assert.equal(band.examples, 100);
  assert.equal(band.insideShare, 0);
  assert.ok(Math.abs(band.accuracyOutside - 0.6) < 1e-12);
});
