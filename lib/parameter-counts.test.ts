import assert from "node:assert/strict";
import { test } from "node:test";
import { buildModel } from "../scripts/lib/model";
import { TUTORIAL_MODEL_CONFIG } from "./model-config";
import { parameterCounts } from "./parameter-counts";

test("the tutorial's model: 160,000 + 53,200 + 101 parameters, as Keras's summary says", () => {
  assert.deepEqual(
    parameterCounts(TUTORIAL_MODEL_CONFIG).map(({ name, parameters, outputShape }) => ({
      name,
      parameters,
      outputShape,
    })),
    [
      { name: "embedding", parameters: 160_000, outputShape: [null, 500, 32] },
      { name: "lstm", parameters: 53_200, outputShape: [null, 100] },
      { name: "output", parameters: 101, outputShape: [null, 1] },
    ],
  );
  assert.equal(parameterCounts(TUTORIAL_MODEL_CONFIG)[1].formula, "4 × (32 + 100 + 1) × 100");
});

const configs = [
  { numWords: 20, maxLen: 7, embeddingDim: 3, lstmUnits: 5 },
  { numWords: 10, maxLen: 4, embeddingDim: 8, lstmUnits: 2 },
];
for (const config of configs) {
  test(`parameterCounts matches the built tfjs model for ${JSON.stringify(config)}`, () => {
    const model = buildModel(config, 1);
    const counts = parameterCounts(config);
    assert.deepEqual(
      counts.map((layer) => layer.parameters),
      model.layers.map((layer) => layer.countParams()),
    );
    assert.deepEqual(
      counts.map((layer) => layer.name),
      model.layers.map((layer) => layer.name),
    );
    assert.deepEqual(
      counts.map((layer) => layer.outputShape),
      model.layers.map((layer) => layer.outputShape),
    );
    model.dispose();
  });
}
