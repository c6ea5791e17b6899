import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { buildSequenceModel, SEQUENCE_LAYER_NAMES, toInputTensor } from "./model";

before(async () => {
  await tf.setBackend("cpu");
});

describe("buildSequenceModel", () => {
  const configs = [
    { timeSteps: 6, channels: 3, lstmUnits: 4 },
    { timeSteps: 10, channels: 1, lstmUnits: 2 },
  ];
  for (const config of configs) {
    it(`maps [batch, ${config.timeSteps}, ${config.channels}] to [batch, 1] probabilities (${config.lstmUnits} units)`, () => {
      const model = buildSequenceModel(config, 1);
      const output = tf.tidy(
        () => model.predict(tf.randomNormal([5, config.timeSteps, config.channels], 0, 1, "float32", 3)) as tf.Tensor,
      );
      assert.deepEqual(output.shape, [5, 1]);
      for (const p of output.dataSync()) assert.ok(p > 0 && p < 1);
      assert.deepEqual(
        model.layers.map((layer) => layer.name),
        [SEQUENCE_LAYER_NAMES.lstm, SEQUENCE_LAYER_NAMES.output],
      );
      // LSTM: 4 gates x (channels + units + 1 bias) x units; Dense: units + 1.
      assert.equal(
        model.countParams(),
        4 * (config.channels + config.lstmUnits + 1) * config.lstmUnits + config.lstmUnits + 1,
      );
      output.dispose();
      model.dispose();
    });
  }
  it("gives the same initial weights for the same seed and different ones for another", () => {
    const weights = (seed: number) => {
      const model = buildSequenceModel(configs[0], seed);
      const values = model.getWeights().map((w) => Array.from(w.dataSync()));
      model.dispose();
      return values;
    };
    assert.deepEqual(weights(5), weights(5));
    assert.notDeepEqual(weights(5), weights(6));
  });
});

describe("toInputTensor", () => {
  it("stacks trials into [trials, timeSteps, channels]", () => {
    const input = toInputTensor([
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      [
        [7, 8],
        [9, 10],
        [11, 12],
      ],
    ]);
    assert.deepEqual(input.shape, [2, 3, 2]);
    assert.deepEqual(input.arraySync(), [
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      [
        [7, 8],
        [9, 10],
        [11, 12],
      ],
    ]);
    input.dispose();
  });
});
