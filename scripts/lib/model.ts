/**
 * The model: Embedding -> LSTM -> Dense(sigmoid), the Keras IMDB tutorial's network.
 *
 *   model = Sequential()
 *   model.add(Embedding(5000, 32, input_length=500))
 *   model.add(LSTM(100))
 *   model.add(Dense(1, activation='sigmoid'))
 *   model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
 */
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES, type ModelConfig, TUTORIAL_MODEL_CONFIG } from "../../lib/model-config";

/**
 * Builds and compiles the network. Pure: the same config and seed give the same
 * initial weights on the same backend.
 *
 * Input: `[batch, maxLen]` int32 word indices. Output: `[batch, 1]` float32, the
 * probability that the review is positive.
 */
export function buildModel(
  config: ModelConfig = TUTORIAL_MODEL_CONFIG,
  seed?: number,
  learningRate = 0.001,
): tf.LayersModel {
  const seedFor = initializerSeeds(seed);
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({
        name: LAYER_NAMES.embedding,
        inputDim: config.numWords,
        outputDim: config.embeddingDim,
        inputLength: config.maxLen,
        maskZero: config.maskZero ?? false,
        embeddingsInitializer: tf.initializers.randomUniform({ minval: -0.05, maxval: 0.05, seed: seedFor(1) }),
      }),
      lstmLayer(config.lstmUnits, seedFor),
      sigmoidOutputLayer(seedFor),
    ],
  });
  compileBinaryClassifier(model, learningRate);
  return model;
}

/** Each initializer gets its own seed derived from the one seed, as Keras does per layer. */
export function initializerSeeds(seed: number | undefined): (offset: number) => number | undefined {
  return (offset) => (seed === undefined ? undefined : seed * 1000 + offset);
}

/**
 * LSTM(units) with Keras's defaults: Glorot-uniform kernel, orthogonal recurrent kernel,
 * forget-gate bias 1. `inputShape` only when it is the first layer.
 */
export function lstmLayer(
  units: number,
  seedFor: (offset: number) => number | undefined,
  inputShape?: number[],
): tf.layers.Layer {
  return tf.layers.lstm({
    name: LAYER_NAMES.lstm,
    units,
    inputShape,
    kernelInitializer: tf.initializers.glorotUniform({ seed: seedFor(2) }),
    recurrentInitializer: tf.initializers.orthogonal({ seed: seedFor(3) }),
    unitForgetBias: true,
    // tf.keras's default since TF 2 (tfjs still defaults to the older hardSigmoid):
    // every gate is a true sigmoid, as the explanation pages draw it.
    recurrentActivation: "sigmoid",
  });
}

/** Dense(1, sigmoid): one neuron whose output is P(label = 1). */
export function sigmoidOutputLayer(seedFor: (offset: number) => number | undefined): tf.layers.Layer {
  return tf.layers.dense({
    name: LAYER_NAMES.output,
    units: 1,
    activation: "sigmoid",
    kernelInitializer: tf.initializers.glorotUniform({ seed: seedFor(4) }),
  });
}

/** loss='binary_crossentropy', optimizer=Adam(learningRate), metrics=['accuracy']. */
export function compileBinaryClassifier(model: tf.LayersModel, learningRate: number): void {
  model.compile({ loss: "binaryCrossentropy", optimizer: tf.train.adam(learningRate), metrics: ["accuracy"] });
}
