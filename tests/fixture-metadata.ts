/**
 * The metadata (reading.json + card.json) of a tiny test model: the current schema, tokenizer and Keras index
 * convention, with the caller's model size and vocabulary.
 */
import * as tf from "@tensorflow/tfjs";
import { currentPreprocessing } from "../lib/encode";
import { METADATA_SCHEMA_VERSION, type ModelMetadata } from "../lib/metadata";
import type { ModelConfig } from "../lib/model-config";
import type { WordIndex } from "../lib/vocabulary";

export function fixtureMetadata(model: ModelConfig, vocabulary: WordIndex): ModelMetadata {
  return {
    schemaVersion: METADATA_SCHEMA_VERSION,
    model,
    preprocessing: currentPreprocessing(),
    vocabulary,
    training: {
      epochs: 0,
      batchSize: 1,
      seed: 7,
      validationSplit: 0,
      trainExamples: 0,
      optimizer: "adam",
      learningRate: 0.001,
      loss: "binaryCrossentropy",
    },
    history: [],
    backend: "cpu",
    trainingSeconds: 0,
    dataset: { name: "IMDB (Maas et al., 2011)", source: "a test fixture", sha256: null },
    createdAt: "2025-01-01T00:00:00.000Z",
    tfjsVersion: tf.version.tfjs,
  };
}
