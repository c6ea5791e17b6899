/**
 * The tutorial's network without the embedding, for sequences that are already numbers:
 *
 *   model = Sequential()
 *   model.add(LSTM(units, input_shape=(time_steps, channels)))
 *   model.add(Dense(1, activation='sigmoid'))
 *   model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
 *
 * Text needs an embedding to turn word indices into vectors; an EEG trial already is a
 * vector per time step (one number per channel), so it goes straight into the LSTM.
 */
import * as tf from "@tensorflow/tfjs";
import type { SequenceModelConfig } from "../../../lib/eeg/metadata";
import { LAYER_NAMES } from "../../../lib/model-config";
import { compileBinaryClassifier, initializerSeeds, lstmLayer, sigmoidOutputLayer } from "../model";
import type { Samples } from "./channels";

export type { SequenceModelConfig };

/** Layer names, matching the review model's. */
export const SEQUENCE_LAYER_NAMES = { lstm: LAYER_NAMES.lstm, output: LAYER_NAMES.output } as const;

/**
 * Builds and compiles the network. Pure: the same config and seed give the same initial
 * weights on the same backend.
 *
 * Input: `[batch, timeSteps, channels]` float32. Output: `[batch, 1]` float32, the
 * probability that the label is 1.
 */
export function buildSequenceModel(config: SequenceModelConfig, seed?: number, learningRate = 0.001): tf.LayersModel {
  const seedFor = initializerSeeds(seed);
  const model = tf.sequential({
    layers: [lstmLayer(config.lstmUnits, seedFor, [config.timeSteps, config.channels]), sigmoidOutputLayer(seedFor)],
  });
  compileBinaryClassifier(model, learningRate);
  return model;
}

/** Stacks trials into the model's input: `[trials, timeSteps, channels]` float32. */
export function toInputTensor(trials: readonly Samples[]): tf.Tensor3D {
  if (trials.length === 0) throw new RangeError("need at least one trial");
  const timeSteps = trials[0].length,
    channels = trials[0][0].length;
  const values = new Float32Array(trials.length * timeSteps * channels);
  trials.forEach((samples, i) => samples.forEach((row, t) => values.set(row, (i * timeSteps + t) * channels)));
  return tf.tensor3d(values, [trials.length, timeSteps, channels]);
}
