import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { binaryMetrics } from "../../../lib/metrics";
import { rejectArtifacts } from "./artifacts";
import { fitSequences, predictProbabilities } from "./fit";
import { buildSequenceModel, toInputTensor } from "./model";
import { channelStatistics, zScore } from "./normalization";
import { type PreprocessingSettings, preprocessTrial } from "./preprocessing";
import { splitBySubject } from "./subject-split";
import { syntheticEeg } from "./synthetic-eeg";

before(async () => {
  await tf.setBackend("cpu");
});

/** The whole template at toy size: 6 subjects, 1 s at 32 Hz after preprocessing (32 time steps). */
async function tinyRun(seed: number, epochs: number) {
  const settings: PreprocessingSettings = {
    samplingRate: 128,
    epochStart: -0.7,
    notchHz: 50,
    band: [1, 15],
    filterOrder: 4,
    baseline: [-0.2, 0],
    window: [-0.2, 0.8],
    reference: "average",
    decimate: 4,
  };
  const file = syntheticEeg({ subjects: 6, trialsPerSubject: 40, seed: 21 });
  const prepared = file.trials.map((trial) => ({ ...trial, samples: preprocessTrial(trial.samples, settings) }));
  const { kept } = rejectArtifacts(prepared, file.channels, 100);
  const split = splitBySubject(kept, 2, seed);
  const statistics = channelStatistics(split.train.map((trial) => trial.samples));
  const [train, test] = [split.train, split.test].map((trials) =>
    toInputTensor(trials.map((trial) => zScore(trial.samples, statistics))),
  );
  const model = buildSequenceModel({ timeSteps: 32, channels: 5, lstmUnits: 8 }, seed, 0.01);
  const { history } = await fitSequences(
    model,
    train,
    split.train.map((trial) => trial.label),
    { epochs, batchSize: 16, seed },
  );
  const tensorsBefore = tf.memory().numTensors;
  const probabilities = await predictProbabilities(model, test);
  const tensorsAfter = tf.memory().numTensors;
  const metrics = binaryMetrics(
    split.test.map((trial) => trial.label),
    probabilities,
  );
  tf.dispose([train, test]);
  model.dispose();
  return {
    history,
    metrics,
    probabilities,
    leakedTensors: tensorsAfter - tensorsBefore,
    testSubjects: split.testSubjects,
  };
}

describe("the sequence template on synthetic EEG", () => {
  it("beats chance on held-out subjects after a short training run", async () => {
    const { history, metrics, probabilities, leakedTensors, testSubjects } = await tinyRun(3, 12);
    assert.equal(history.length, 12);
    assert.ok(history[11].loss < history[0].loss, `training loss went from ${history[0].loss} to ${history[11].loss}`);
    assert.ok(probabilities.every((p) => p > 0 && p < 1));
    assert.ok(
      metrics.accuracy >= 0.7,
      `held-out (${testSubjects.join(", ")}) accuracy ${metrics.accuracy.toFixed(3)} on ${metrics.examples} trials`,
    );
    assert.ok(metrics.logLoss < Math.log(2), `held-out log loss ${metrics.logLoss.toFixed(3)}, chance is 0.693`);
    assert.equal(leakedTensors, 0);
  });
  it("repeats a run exactly for the same seed", async () => {
    const [first, second] = [await tinyRun(4, 2), await tinyRun(4, 2)];
    assert.deepEqual(
      first.history.map((r) => r.loss),
      second.history.map((r) => r.loss),
    );
    assert.deepEqual(first.probabilities, second.probabilities);
  });
});

describe("fast LSTM training", () => {
  it("follows the same path as tf.layers.lstm's trainOnBatch (losses and predictions)", async () => {
    const file = syntheticEeg({ subjects: 2, trialsPerSubject: 12, seed: 5 });
    const inputs = toInputTensor(
      file.trials.map((trial) => trial.samples.filter((_, t) => t % 16 === 0).map((row) => row.map((x) => x / 20))),
    );
    const labels = file.trials.map((trial) => trial.label);
    const run = async (lstm: "fast" | "layers") => {
      const model = buildSequenceModel({ timeSteps: inputs.shape[1], channels: 5, lstmUnits: 6 }, 11, 0.01);
      const { history } = await fitSequences(model, inputs, labels, { epochs: 3, batchSize: 8, seed: 2, lstm });
      const probabilities = await predictProbabilities(model, inputs, 128, "layers");
      model.dispose();
      return { losses: history.map((r) => r.loss), probabilities };
    };
    const [fast, layers] = [await run("fast"), await run("layers")];
    fast.losses.forEach((loss, i) =>
      assert.ok(Math.abs(loss - layers.losses[i]) < 1e-4, `epoch ${i + 1}: ${loss} vs ${layers.losses[i]}`),
    );
    fast.probabilities.forEach((p, i) => assert.ok(Math.abs(p - layers.probabilities[i]) < 1e-4));
    assert.ok(fast.losses[2] !== fast.losses[0], "training moved");
    inputs.dispose();
  });
});
