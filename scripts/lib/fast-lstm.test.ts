import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES } from "../../lib/model-config";
import { padSequences } from "../../lib/padding";
import { seededRandom } from "../../lib/random";
import { PAD_INDEX } from "../../lib/vocabulary";
import { setUpBackend } from "./backend";
import { lstmSequence, lstmWeightsOf, predictFast, stepKernelsFor } from "./fast-lstm";
import { buildModel, compileBinaryClassifier, initializerSeeds, lstmLayer, sigmoidOutputLayer } from "./model";
import { liveWasmViewCount } from "./wasm-step-kernels";

const config = { numWords: 50, maxLen: 20, embeddingDim: 4, lstmUnits: 5 };
const TOLERANCE = 1e-5;

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < actual.length; i++) {
    assert.ok(Math.abs(actual[i] - expected[i]) <= tolerance, `${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
  }
}

/** A review of `length` indices: the start index 1, then words in [3, numWords). */
/** Each named gradient equals tf.layers.lstm's to TOLERANCE, and is large enough somewhere to be worth comparing. */
function assertGradientsClose(fast: tf.Tensor[], standard: tf.Tensor[], names: string[]): void {
  names.forEach((name, i) => {
    const expected = standard[i].dataSync();
    assert.ok(
      expected.some((x) => Math.abs(x) > 1e-2),
      `${name} has a gradient worth comparing`,
    );
    assertClose(fast[i].dataSync(), expected, TOLERANCE, name);
  });
}

function review(length: number, random: () => number): number[] {
  return Array.from({ length }, (_, i) => (i === 0 ? 1 : 3 + Math.floor(random() * (config.numWords - 3))));
}

/** The seeded model with weights like a trained one's (fresh ones barely react to their input). */
function trainedLookingModel(seed: number, maskZero = false): tf.LayersModel {
  const model = buildModel({ ...config, maskZero }, seed);
  const [embeddings, kernel, recurrentKernel, bias, outputKernel, outputBias] = model.getWeights();
  model.setWeights(
    tf.tidy(() => [embeddings.mul(20), kernel.mul(2), recurrentKernel.mul(2), bias, outputKernel.mul(5), outputBias]),
  );
  return model;
}

/** The reference: the Keras way, every row pre-padded to maxLen, the standard layers run every step. */
function predictPadded(model: tf.LayersModel, sequences: number[][]): tf.Tensor {
  return tf.tidy(
    () =>
      model.apply(
        tf.tensor2d(padSequences(sequences, { maxLen: config.maxLen, value: PAD_INDEX }), undefined, "int32"),
      ) as tf.Tensor,
  );
}

function binaryLoss(labels: tf.Tensor, probability: () => tf.Tensor): () => tf.Scalar {
  return () => tf.metrics.binaryCrossentropy(labels, probability()).mean() as tf.Scalar;
}

/**
 * The fast path's loss and gradient for every variable equal the standard layers' (each
 * gradient big enough to be worth comparing); disposes both results.
 */
function assertSameLossAndGradients(
  fast: { value: tf.Scalar; grads: tf.NamedTensorMap },
  standard: { value: tf.Scalar; grads: tf.NamedTensorMap },
  variables: readonly tf.Variable[],
): void {
  assertClose(fast.value.dataSync(), standard.value.dataSync(), TOLERANCE, "loss");
  for (const variable of variables) {
    const reference = standard.grads[variable.name].dataSync();
    assert.ok(
      reference.some((x) => Math.abs(x) > 1e-4),
      `${variable.name} has a gradient worth comparing`,
    );
    assertClose(fast.grads[variable.name].dataSync(), reference, TOLERANCE, variable.name);
  }
  tf.dispose([fast.value, standard.value, ...Object.values(fast.grads), ...Object.values(standard.grads)]);
}

/** Trains `steps` Adam steps on fixed batches; returns the weights' values. */
function train(model: tf.LayersModel, predict: (sequences: number[][]) => tf.Tensor, steps: number): Float32Array[] {
  const random = seededRandom(23);
  const optimizer = tf.train.adam(0.01);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  for (let step = 0; step < steps; step++) {
    const sequences = [4, 9, 17, 2].map((length) => review(length, random));
    const labels = tf.tensor2d([1, 0, 1, step % 2], [4, 1]);
    tf.dispose(
      optimizer.minimize(
        binaryLoss(labels, () => predict(sequences)),
        true,
        variables,
      ) ?? [],
    );
    labels.dispose();
  }
  optimizer.dispose();
  return model.getWeights().map((weight) => weight.dataSync() as Float32Array);
}

for (const backend of ["cpu", "wasm"] as const) {
  describe(`fast LSTM on the ${backend} backend`, () => {
    before(async () => {
      await setUpBackend(backend);
    });

    test("lstmSequence equals tf.layers.lstm: final state and the gradient w.r.t. every input", () => {
      const [batch, steps, inputDim, units] = [3, 6, 4, 5];
      const layer = tf.layers.lstm({ units, recurrentActivation: "sigmoid", returnState: true, unitForgetBias: true });
      const inputs = tf.randomNormal([batch, steps, inputDim], 0, 1, "float32", 1) as tf.Tensor3D;
      layer.apply(inputs); // builds the weights
      layer.setWeights(layer.getWeights().map((weight, i) => tf.randomNormal(weight.shape, 0, 0.6, "float32", 10 + i)));
      const initialHidden = tf.randomNormal([batch, units], 0, 0.5, "float32", 2) as tf.Tensor2D;
      const initialCell = tf.randomNormal([batch, units], 0, 0.5, "float32", 3) as tf.Tensor2D;
      // Random projections of both outputs, so every gradient entry matters.
      const hiddenWeights = tf.randomNormal([batch, units], 0, 1, "float32", 4);
      const cellWeights = tf.randomNormal([batch, units], 0, 1, "float32", 5);
      const { kernel, recurrentKernel, bias } = lstmWeightsOf(layer);

      const loss =
        (
          run: (
            x: tf.Tensor3D,
            h: tf.Tensor2D,
            c: tf.Tensor2D,
            w: [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D],
          ) => tf.Tensor[],
        ) =>
        (x: tf.Tensor, h: tf.Tensor, c: tf.Tensor, w: tf.Tensor, u: tf.Tensor, b: tf.Tensor) => {
          const [hidden, cell] = run(x as tf.Tensor3D, h as tf.Tensor2D, c as tf.Tensor2D, [
            w as tf.Tensor2D,
            u as tf.Tensor2D,
            b as tf.Tensor1D,
          ]);
          return hidden.mul(hiddenWeights).sum().add(cell.mul(cellWeights).sum());
        };
      const fast = loss((x, h, c, [w, u, b]) => lstmSequence(x, { kernel: w, recurrentKernel: u, bias: b }, [h, c]));
      // The layer reads its own variables, which are the very tensors passed in as w, u, b.
      const standard = loss((x, h, c) => (layer.apply(x, { initialState: [h, c] }) as tf.Tensor[]).slice(1));
      const args = [inputs, initialHidden, initialCell, kernel, recurrentKernel, bias];
      const fastResult = tf.valueAndGrads(fast)(args);
      const standardResult = tf.valueAndGrads(standard)(args);

      assertClose(fastResult.value.dataSync(), standardResult.value.dataSync(), TOLERANCE, "loss");
      assertGradientsClose(fastResult.grads, standardResult.grads, [
        "inputs",
        "initial hiddenState",
        "initial cellState",
        "kernel",
        "recurrent kernel",
        "bias",
      ]);
      tf.dispose([
        inputs,
        initialHidden,
        initialCell,
        hiddenWeights,
        cellWeights,
        fastResult.value,
        standardResult.value,
        ...fastResult.grads,
        ...standardResult.grads,
      ]);
      layer.dispose();
    });

    test("lstmSequence over no steps returns the initial state", () => {
      const layer = tf.layers.lstm({ units: 2, recurrentActivation: "sigmoid" });
      layer.apply(tf.zeros([1, 1, 3]));
      const initial: [tf.Tensor2D, tf.Tensor2D] = [tf.tensor2d([[0.5, -1]]), tf.tensor2d([[2, 3]])];
      const [hidden, cell] = lstmSequence(tf.zeros([1, 0, 3]) as tf.Tensor3D, lstmWeightsOf(layer), initial);
      assert.deepEqual(Array.from(hidden.dataSync()), [0.5, -1]);
      assert.deepEqual(Array.from(cell.dataSync()), [2, 3]);
      tf.dispose([...initial, hidden, cell]);
      layer.dispose();
    });

    const batches: { name: string; lengths: number[] }[] = [
      { name: "varied lengths (shared padding)", lengths: [1, 3, 7, 12] },
      { name: "all rows as long as maxLen (no padding)", lengths: [20, 20] },
      { name: "an empty row", lengths: [0, 4] },
    ];
    for (const [{ name, lengths }, maskZero] of batches.flatMap((batch) => [
      [batch, false] as const,
      [batch, true] as const,
    ])) {
      const masking = maskZero ? ", padding masked" : "";
      test(`predictFast: output and every weight's gradient equal the padded standard model's: ${name}${masking}`, () => {
        const model = trainedLookingModel(7, maskZero);
        const random = seededRandom(lengths.length);
        const sequences = lengths.map((length) => review(length, random));
        const labels = tf.tensor2d(
          lengths.map((_, i) => (i === 0 ? 0 : 1)),
          [lengths.length, 1],
        );
        const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
        const fast = tf.variableGrads(
          binaryLoss(labels, () => predictFast(model, sequences, config.maxLen)),
          variables,
        );
        const padded = tf.variableGrads(
          binaryLoss(labels, () => predictPadded(model, sequences)),
          variables,
        );
        const probability = predictFast(model, sequences, config.maxLen);
        const expected = predictPadded(model, sequences);

        assert.deepEqual(probability.shape, [lengths.length, 1]);
        assertClose(probability.dataSync(), expected.dataSync(), TOLERANCE, "probability");
        assert.equal(variables.length, 6); // embeddings; LSTM kernel, recurrent kernel, bias; dense kernel, bias
        assertSameLossAndGradients(fast, padded, variables);
        tf.dispose([labels, probability, expected]);
        model.dispose();
      });
    }

    test("lstmSequence in an LSTM → Dense model on float sequences (the EEG model) equals model.apply, gradients too", () => {
      // The EEG model's layers (scripts/lib/eeg/model.ts): LSTM on [timeSteps, channels] floats, then Dense.
      const seedFor = initializerSeeds(2);
      const model = tf.sequential({ layers: [lstmLayer(4, seedFor, [9, 3]), sigmoidOutputLayer(seedFor)] });
      compileBinaryClassifier(model, 0.001);
      const inputs = tf.randomNormal([5, 9, 3], 0, 1.5, "float32", 8) as tf.Tensor3D;
      const labels = tf.tensor2d([1, 0, 0, 1, 1], [5, 1]);
      const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
      // As scripts/lib/eeg/fit.ts runs it.
      const fastForward = () =>
        model
          .getLayer(LAYER_NAMES.output)
          .apply(lstmSequence(inputs, lstmWeightsOf(model.getLayer(LAYER_NAMES.lstm)))[0]) as tf.Tensor;
      const fast = tf.variableGrads(binaryLoss(labels, fastForward), variables);
      const standard = tf.variableGrads(
        binaryLoss(labels, () => model.apply(inputs) as tf.Tensor),
        variables,
      );
      assert.equal(variables.length, 5); // LSTM kernel, recurrent kernel, bias; dense kernel, bias
      assertSameLossAndGradients(fast, standard, variables);
      tf.dispose([inputs, labels]);
      model.dispose();
    });

    test("five Adam steps give the same weights as the standard layers", () => {
      const fastModel = trainedLookingModel(3);
      const standardModel = trainedLookingModel(3);
      const fast = train(fastModel, (sequences) => predictFast(fastModel, sequences, config.maxLen), 5);
      const standard = train(standardModel, (sequences) => predictPadded(standardModel, sequences), 5);
      const initial = trainedLookingModel(3)
        .getWeights()
        .map((weight) => weight.dataSync());
      fast.forEach((weights, i) => {
        assert.ok(
          weights.some((x, j) => Math.abs(x - initial[i][j]) > 1e-3),
          `weight ${i} moved`,
        );
        assertClose(weights, standard[i], 1e-4, `weight ${i}`);
      });
      fastModel.dispose();
      standardModel.dispose();
    });

    test("training with a fixed seed is deterministic", () => {
      const runs = [1, 2].map(() => {
        const model = trainedLookingModel(5);
        const weights = train(model, (sequences) => predictFast(model, sequences, config.maxLen), 3);
        model.dispose();
        return weights;
      });
      runs[0].forEach((weights, i) => assert.deepEqual(weights, runs[1][i], `weight ${i}`));
    });

    test("forward and backward leave no tensors behind", () => {
      const model = trainedLookingModel(9);
      const sequences = [2, 6, 20, 11].map((length) => review(length, seededRandom(length)));
      const labels = tf.tensor2d([1, 0, 0, 1], [4, 1]);
      const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
      const run = () => {
        const { value, grads } = tf.variableGrads(
          binaryLoss(labels, () => predictFast(model, sequences, config.maxLen)),
          variables,
        );
        tf.dispose([value, ...Object.values(grads)]);
      };
      run(); // warm up: anything created once, on first use
      const before = tf.memory().numTensors;
      for (let i = 0; i < 3; i++) run();
      assert.equal(tf.memory().numTensors, before);
      labels.dispose();
      model.dispose();
    });

    test(`the step kernels are the ${backend === "wasm" ? "in-place wasm" : "tensor"} ones`, () => {
      const kernels = stepKernelsFor();
      assert.equal(kernels.name, backend === "wasm" ? "wasm" : "tensor");
      kernels.release();
    });

    test("tutorial-sized LSTM (32 inputs, 100 units), 40 steps of 16 rows, in several weight-gradient chunks: equals tf.layers.lstm", () => {
      const [batch, steps, inputDim, units] = [16, 40, 32, 100];
      const layer = tf.layers.lstm({ units, recurrentActivation: "sigmoid", returnState: true, unitForgetBias: true });
      const inputs = tf.randomNormal([batch, steps, inputDim], 0, 1, "float32", 21) as tf.Tensor3D;
      layer.apply(inputs);
      layer.setWeights(
        layer.getWeights().map((weight, i) => tf.randomNormal(weight.shape, 0, 0.15, "float32", 30 + i)),
      );
      const projection = tf.randomNormal([batch, units], 0, 1, "float32", 22);
      const { kernel, recurrentKernel, bias } = lstmWeightsOf(layer);
      const fast = (x: tf.Tensor, w: tf.Tensor, u: tf.Tensor, b: tf.Tensor) =>
        lstmSequence(x as tf.Tensor3D, {
          kernel: w as tf.Tensor2D,
          recurrentKernel: u as tf.Tensor2D,
          bias: b as tf.Tensor1D,
        })[0]
          .mul(projection)
          .sum();
      const standard = (x: tf.Tensor) => ((layer.apply(x) as tf.Tensor[])[1] as tf.Tensor).mul(projection).sum();
      const args = [inputs, kernel, recurrentKernel, bias];
      const fastResult = tf.valueAndGrads(fast)(args);
      const standardResult = tf.valueAndGrads((x: tf.Tensor, _w: tf.Tensor, _u: tf.Tensor, _b: tf.Tensor) =>
        standard(x),
      )(args);
      assertClose(fastResult.value.dataSync(), standardResult.value.dataSync(), 1e-4, "loss (a sum of 1,600 terms)");
      assertGradientsClose(fastResult.grads, standardResult.grads, ["inputs", "kernel", "recurrent kernel", "bias"]);
      tf.dispose([
        inputs,
        projection,
        fastResult.value,
        standardResult.value,
        ...fastResult.grads,
        ...standardResult.grads,
      ]);
      layer.dispose();
    });

    test("a forward pass without a gradient, and one with, leave no wasm views registered", () => {
      const model = trainedLookingModel(4);
      const sequences = [3, 9, 14].map((length) => review(length, seededRandom(length)));
      const labels = tf.tensor2d([1, 0, 1], [3, 1]);
      const before = tf.memory().numTensors;
      tf.dispose(predictFast(model, sequences, config.maxLen));
      assert.equal(liveWasmViewCount(), 0);
      assert.equal(tf.memory().numTensors, before, "forward only: no tensors kept for a gradient never taken");
      const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
      const { value, grads } = tf.variableGrads(
        binaryLoss(labels, () => predictFast(model, sequences, config.maxLen)),
        variables,
      );
      tf.dispose([value, ...Object.values(grads), labels]);
      assert.equal(liveWasmViewCount(), 0);
      model.dispose();
    });
  });
}
