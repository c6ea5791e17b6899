import assert from "node:assert/strict";
import { before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { type ModelJson, parseWeightsManifest, readWeights } from "../../lib/weights-manifest";
import { tinyModelFiles } from "../../tests/fixture-model-files";
import { quantizeWeights } from "./quantization";

let modelJson: ModelJson;
let weightData: ArrayBuffer;

before(async () => {
  ({ modelJson, weightData } = await tinyModelFiles());
});

test("8-bit weights: half a step of error at most, and tf.loadLayersModel reads the same values", async () => {
  const manifest = parseWeightsManifest(modelJson);
  const float = readWeights(manifest, weightData);
  const { group, data } = quantizeWeights(
    [...float].map(([name, w]) => ({ name, ...w })),
    "weights.bin",
  );
  assert.equal(data.byteLength, manifest.totalBytes / 4);
  const quantizedJson: ModelJson = { ...modelJson, weightsManifest: [group] };
  const ours = readWeights(parseWeightsManifest(quantizedJson), data.slice().buffer);
  for (const [name, { values }] of float) {
    const step = group.weights.find((w) => w.name === name)!.quantization!.scale!;
    values.forEach((v, i) => assert.ok(Math.abs(ours.get(name)!.values[i] - v) <= step / 2 + 1e-6, `${name}[${i}]`));
  }
  const loaded = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology as tf.io.ModelJSON["modelTopology"],
      weightSpecs: group.weights as tf.io.WeightsManifestEntry[],
      weightData: data.slice().buffer,
    }),
  );
  loaded.weights.forEach((weight) => {
    const theirs = weight.read().dataSync();
    const mine = ours.get(weight.originalName)!.values;
    theirs.forEach((v, i) => assert.ok(Math.abs(v - mine[i]) < 1e-6, `${weight.originalName}[${i}]`));
  });
  loaded.dispose();
});
