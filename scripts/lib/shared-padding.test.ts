import assert from "node:assert/strict";
import { before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { padSequences } from "../../lib/padding";
import { seededRandom } from "../../lib/random";
import { PAD_INDEX } from "../../lib/vocabulary";
import { buildModel } from "./model";
import { predictAll, predictWithSharedPadding } from "./shared-padding";

const config = { numWords: 50, maxLen: 20, embeddingDim: 4, lstmUnits: 5 };
let model: tf.LayersModel;

before(async () => {
  await tf.setBackend("cpu");
  model = buildModel(config, 7);
  // Fresh weights barely react to padding (embeddings within ±0.05), so an error in the
  // shared padding state would hide below 1e-6. Weights like a trained model's expose it.
  const [embeddings, kernel, recurrentKernel, bias, outputKernel, outputBias] = model.getWeights();
  model.setWeights(tf.tidy(() => [embeddings.mul(20), kernel, recurrentKernel, bias, outputKernel.mul(5), outputBias]));
});

/** A review of `length` indices: the start index 1, then words in [3, numWords). */
function review(length: number, random: () => number): number[] {
  return Array.from({ length }, (_, i) => (i === 0 ? 1 : 3 + Math.floor(random() * (config.numWords - 3))));
}

/** The reference: the Keras way, every row pre-padded to maxLen, all steps run. */
function predictPadded(sequences: number[][]): tf.Tensor {
  return tf.tidy(
    () =>
      model.apply(
        tf.tensor2d(padSequences(sequences, { maxLen: config.maxLen, value: PAD_INDEX }), undefined, "int32"),
      ) as tf.Tensor,
  );
}

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < actual.length; i++) {
    assert.ok(Math.abs(actual[i] - expected[i]) <= tolerance, `${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
  }
}

const batches: { name: string; lengths: number[] }[] = [
  { name: "varied lengths", lengths: [1, 3, 7, 12] },
  { name: "one row as long as maxLen", lengths: [2, 20, 9] },
  { name: "all rows as long as maxLen", lengths: [20, 20] },
  { name: "one short row", lengths: [5] },
  { name: "an empty row", lengths: [0, 4] },
];

for (const { name, lengths } of batches) {
  test(`predictWithSharedPadding equals model.predict on padded input: ${name}`, () => {
    const random = seededRandom(lengths.length);
    const sequences = lengths.map((length) => review(length, random));
    const shared = predictWithSharedPadding(model, sequences, config.maxLen);
    const padded = predictPadded(sequences);
    assert.deepEqual(shared.shape, [lengths.length, 1]);
    assert.equal(shared.dtype, "float32");
    assertClose(shared.dataSync(), padded.dataSync(), 1e-6, "probability");
    tf.dispose([shared, padded]);
  });
}

test("with masking (maskZero), the standard layers read each row from its first word, as the padded model does", () => {
  const masked = buildModel({ ...config, maskZero: true }, 7);
  masked.setWeights(model.getWeights());
  const sequences = [1, 3, 7, 12, 20, 0].map((length) => review(length, seededRandom(length + 1)));
  const expected = masked.apply(
    tf.tensor2d(padSequences(sequences, { maxLen: config.maxLen, value: PAD_INDEX }), undefined, "int32"),
  ) as tf.Tensor;
  const shared = predictWithSharedPadding(masked, sequences, config.maxLen);
  assertClose(shared.dataSync(), expected.dataSync(), 1e-6, "probability");
  // The mask matters: the unmasked model, same weights, reads short rows differently.
  const unmasked = predictWithSharedPadding(model, sequences, config.maxLen);
  assert.ok(Math.abs(unmasked.dataSync()[0] - shared.dataSync()[0]) > 1e-3);
  tf.dispose([expected, shared, unmasked]);
  masked.dispose();
});

test("dropout (training only) changes the output, the same way for the same seed, and not at all at rate 0", () => {
  const sequences = [3, 9, 14].map((length) => review(length, seededRandom(length)));
  const plain = predictWithSharedPadding(model, sequences, config.maxLen);
  const dropped = (rate: number, seed: number) =>
    predictWithSharedPadding(model, sequences, config.maxLen, undefined, { rate, seed });
  const [a, b, c, none] = [dropped(0.5, 1), dropped(0.5, 1), dropped(0.5, 2), dropped(0, 1)];
  assert.deepEqual(a.dataSync(), b.dataSync());
  assert.notDeepEqual(a.dataSync(), c.dataSync());
  assert.ok(a.dataSync().some((x, i) => Math.abs(x - plain.dataSync()[i]) > 1e-4));
  assert.deepEqual(none.dataSync(), plain.dataSync());
  tf.dispose([plain, a, b, c, none]);
});

test("predictWithSharedPadding rejects a row longer than maxLen", () => {
  assert.throws(() => predictWithSharedPadding(model, [review(21, seededRandom(1))], config.maxLen), RangeError);
});

test("gradients of the loss w.r.t. every weight equal those of the padded model", () => {
  const random = seededRandom(11);
  const sequences = [3, 8, 14, 6].map((length) => review(length, random));
  const labels = tf.tensor2d([1, 1, 1, 0], [4, 1]); // unbalanced, so even the output bias gets a clear gradient
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const loss = (probability: () => tf.Tensor) => () =>
    tf.metrics.binaryCrossentropy(labels, probability()).mean() as tf.Scalar;

  const shared = tf.variableGrads(
    loss(() => predictWithSharedPadding(model, sequences, config.maxLen)),
    variables,
  );
  const padded = tf.variableGrads(
    loss(() => predictPadded(sequences)),
    variables,
  );

  assert.equal(variables.length, 6); // embeddings; LSTM kernel, recurrent kernel, bias; dense kernel, bias
  assertClose(shared.value.dataSync(), padded.value.dataSync(), 1e-6, "loss");
  for (const variable of variables) {
    const expected = padded.grads[variable.name].dataSync();
    assert.ok(
      expected.some((x) => Math.abs(x) > 1e-4),
      `${variable.name} has a gradient worth comparing`,
    );
    assertClose(shared.grads[variable.name].dataSync(), expected, 1e-6, variable.name);
  }
  // The padding token's embedding row learns too: its gradient flows back through the shared state.
  const embeddingGradient = shared.grads[variables[0].name];
  assert.ok(
    embeddingGradient
      .slice([PAD_INDEX, 0], [1, config.embeddingDim])
      .dataSync()
      .some((x) => x !== 0),
  );
  tf.dispose([labels, shared.value, padded.value, ...Object.values(shared.grads), ...Object.values(padded.grads)]);
});

test("predictAll returns probabilities in the original order", async () => {
  const random = seededRandom(5);
  const sequences = [9, 1, 20, 4, 4, 13, 2].map((length) => review(length, random));
  const probabilities = await predictAll(model, sequences, config.maxLen, 3);
  const expected = predictPadded(sequences);
  assert.ok(probabilities instanceof Float32Array);
  assertClose(probabilities, expected.dataSync(), 1e-6, "probability");
  // Not all equal, so a wrong order would show.
  assert.ok(new Set(probabilities).size > 1);
  expected.dispose();
});

test("predictAll reports progress per batch", async () => {
  const random = seededRandom(6);
  const done: number[] = [];
  await predictAll(
    model,
    [3, 5, 7, 9, 11].map((length) => review(length, random)),
    config.maxLen,
    2,
    (n) => done.push(n),
  );
  assert.deepEqual(done, [2, 2, 1]);
});

test("repeated calls leave no tensors behind", async () => {
  const random = seededRandom(9);
  const sequences = [2, 6, 20, 11].map((length) => review(length, random));
  const run = async () => {
    predictWithSharedPadding(model, sequences, config.maxLen).dispose();
    await predictAll(model, sequences, config.maxLen, 3);
  };
  await run(); // warm up: anything created once, on first use
  const before = tf.memory().numTensors;
  for (let i = 0; i < 5; i++) await run();
  assert.equal(tf.memory().numTensors, before);
});
