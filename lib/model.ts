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
import { LAYER_NAMES, TUTORIAL_MODEL_CONFIG, type ModelConfig } from "./model-config";

/**
 * Builds and compiles the network. Pure: the same config and seed give the same
 * initial weights on the same backend.
 *
 * Input: `[batch, maxLen]` int32 word indices. Output: `[batch, 1]` float32, the
 * probability that the review is positive.
 */
export function buildModel(config: ModelConfig = TUTORIAL_MODEL_CONFIG, seed?: number, learningRate = 0.001): tf.LayersModel {
  // Each initializer gets its own seed derived from the one seed, as Keras does per layer.
  const seedFor = (offset: number) => (seed === undefined ? undefined : seed * 1000 + offset);
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({
        name: LAYER_NAMES.embedding,
        inputDim: config.numWords,
        outputDim: config.embeddingDim,
        inputLength: config.maxLen,
        embeddingsInitializer: tf.initializers.randomUniform({ minval: -0.05, maxval: 0.05, seed: seedFor(1) }),
      }),
      tf.layers.lstm({
        name: LAYER_NAMES.lstm,
        units: config.lstmUnits,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seedFor(2) }),
        recurrentInitializer: tf.initializers.orthogonal({ seed: seedFor(3) }),
        unitForgetBias: true,
        // tf.keras's default since TF 2 (tfjs still defaults to the older hardSigmoid):
        // every gate is a true sigmoid, as the explanation pages draw it.
        recurrentActivation: "sigmoid",
      }),
      tf.layers.dense({
        name: LAYER_NAMES.output,
        units: 1,
        activation: "sigmoid",
        kernelInitializer: tf.initializers.glorotUniform({ seed: seedFor(4) }),
      }),
    ],
  });
  model.compile({ loss: "binaryCrossentropy", optimizer: tf.train.adam(learningRate), metrics: ["accuracy"] });
  return model;
}
