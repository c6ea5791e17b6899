import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeTestPredictions, encodeTestPredictions } from "./test-predictions";

test("test predictions round-trip to within 1/65535, labels exactly", () => {
  const probabilities = [0, 1, 0.5, 0.123456, 0.99999];
  const labels = [0, 1, 1, 0, 1];
  const bytes = encodeTestPredictions(probabilities, labels);
  assert.equal(bytes.length, 15);
  const decoded = decodeTestPredictions(bytes);
  probabilities.forEach((p, i) => assert.ok(Math.abs(decoded.probabilities[i] - p) <= 0.5 / 65535 + 1e-7, `${i}`));
  assert.deepEqual([...decoded.labels], labels);
});

test("test predictions: bad input is refused", () => {
  assert.throws(() => encodeTestPredictions([0.5], [0, 1]), /1 probabilities but 2 labels/);
  assert.throws(() => encodeTestPredictions([1.5], [0]), /not in \[0, 1\]/);
  assert.throws(() => encodeTestPredictions([0.5], [2]), /not 0 or 1/);
  assert.throws(() => decodeTestPredictions(new Uint8Array(4)), /not a multiple of 3/);
  assert.throws(() => decodeTestPredictions(new Uint8Array([0, 0, 7])), /label other than 0 or 1/);
});
