/**
 * What the epochs-batches page and Q16 conclude from a recorded history: the best epoch,
 * the epoch kept, and whether the curves show overfitting after the best one.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { validationFacts } from "../components/course/pages/epochs-batches/facts";
import type { EpochRecord, ModelMetadata } from "../lib/metadata";

function metadata(history: [number, number][], kept: number): ModelMetadata {
  const records: EpochRecord[] = history.map(([loss, valLoss], i) => ({
    epoch: i + 1,
    loss,
    accuracy: 0.8,
    valLoss,
    valAccuracy: 0.8,
    seconds: 1,
  }));
  return {
    name: "default",
    backend: "wasm",
    history: records,
    training: { epochs: kept, batchSize: 64, trainExamples: 1000, validationSplit: 0.1 },
  } as unknown as ModelMetadata;
}

test("overfitting after the best epoch: training loss falls, validation loss stays above its best", () => {
  const v = validationFacts(
    metadata(
      [
        [0.5, 0.283],
        [0.393, 0.30754],
        [0.36, 0.30746],
      ],
      1,
    ),
  )!;
  assert.deepEqual([v.best, v.ran, v.kept, v.overfitAfterBest], [1, 3, 1, true]);
  assert.deepEqual(v.valLosses, ["0.283", "0.308", "0.307"]);
  assert.equal(v.batches, 16);
});

test("still improving at the last epoch: no overfitting claimed", () => {
  const v = validationFacts(
    metadata(
      [
        [0.5, 0.6],
        [0.4, 0.5],
        [0.3, 0.4],
      ],
      3,
    ),
  )!;
  assert.deepEqual([v.best, v.ran, v.kept, v.overfitAfterBest], [3, 3, 3, false]);
});

test("training loss rising after the best epoch is not called overfitting", () => {
  const v = validationFacts(
    metadata(
      [
        [0.5, 0.3],
        [0.6, 0.4],
      ],
      1,
    ),
  )!;
  assert.equal(v.overfitAfterBest, false);
});

test("a history without validation gives no facts", () => {
  const m = metadata([[0.5, 0.3]], 1);
  m.history = m.history.map(({ valLoss: _, valAccuracy: __, ...rest }) => rest);
  assert.equal(validationFacts(m), null);
  assert.equal(validationFacts(null), null);
});

test("several validation sets are named, so the page can say the loss is their mean", () => {
  const m = metadata([[0.5, 0.3]], 1);
  m.history[0].validationSets = [
    { name: "validation", loss: 0.2, accuracy: 0.9 },
    { name: "short validation", loss: 0.4, accuracy: 0.7 },
  ];
  assert.deepEqual(validationFacts(m)!.sets, ["validation", "short validation"]);
  assert.deepEqual(validationFacts(metadata([[0.5, 0.3]], 1))!.sets, []);
});
