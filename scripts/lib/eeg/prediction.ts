/**
 * Applies a saved sequence model to new trials: the same channels in the same order, the
 * preprocessing, the features (band power over the stored CSP filters, if the model reads
 * band power) and the z-score statistics stored in its metadata.json, then the network.
 * What `npm run predict-sequences` does.
 */

import { existsSync } from "node:fs";
import { join } from "node:path";
import type * as tf from "@tensorflow/tfjs";
import { diskFolder } from "../../../lib/disk-folder";
import { type Proportion, parseSequenceMetadata, type SequenceMetadata } from "../../../lib/eeg/metadata";
import { MODEL_FILES, openSequenceModelFolder } from "../../../lib/open-model-folder";
import { layersModelOf } from "../open-saved-model";
import { featureSequence } from "./band-power";
import type { EventMapping } from "./events";
import { predictProbabilities } from "./fit";
import { toInputTensor } from "./model";
import { zScore } from "./normalization";
import { preprocessTrial } from "./preprocessing";
import { proportion } from "./proportion";
import { readTrialChunks, type SourceOptions } from "./trial-source";

export interface SequencePrediction {
  id: string;
  subject: string;
  /** The label in the file (for recordings: from --events), if any. */
  label: 0 | 1;
  probability: number;
}

export async function loadSequenceModelDir(
  dir: string,
): Promise<{ model: tf.LayersModel; metadata: SequenceMetadata }> {
  const path = join(dir, MODEL_FILES.sequenceMetadata);
  if (!existsSync(path))
    throw new Error(`${path} not found: train a sequence model first (npm run train-sequences) or pass --model <dir>`);
  const opened = await openSequenceModelFolder(diskFolder(dir), parseSequenceMetadata);
  return { model: await layersModelOf(opened), metadata: opened.metadata };
}

/** Source options that cut recordings exactly as the model's training did. */
export function sourceForModel(metadata: SequenceMetadata, base: SourceOptions, mapping?: EventMapping): SourceOptions {
  const { window, epochStart } = metadata.preprocessing;
  const events = mapping ?? metadata.dataset.events;
  if (!events || !window) return base;
  return { ...base, epochs: { mapping: events, window, margin: window[0] - epochStart } };
}

/** P(label = 1) for every trial of `data`, prepared as the model's training prepared its trials. */
export async function predictSequences(
  model: tf.LayersModel,
  metadata: SequenceMetadata,
  data: string,
  source: SourceOptions,
): Promise<SequencePrediction[]> {
  const settings = metadata.preprocessing;
  const predictions: SequencePrediction[] = [];
  for await (const chunk of readTrialChunks(data, source)) {
    const missing = metadata.channels.filter((name) => !chunk.channels.includes(name));
    if (missing.length)
      throw new RangeError(
        `${chunk.source} lacks channel ${missing.join(", ")}, which the model was trained on (it needs ${metadata.channels.join(" ")})`,
      );
    if (chunk.samplingRate !== settings.samplingRate || Math.abs(chunk.epochStart - settings.epochStart) > 1e-9) {
      throw new RangeError(
        `${chunk.source}: trials at ${chunk.samplingRate} Hz starting at ${chunk.epochStart} s, but the model was trained on ${settings.samplingRate} Hz from ${settings.epochStart} s: cut and resample them alike`,
      );
    }
    const order = metadata.channels.map((name) => chunk.channels.indexOf(name));
    const inputs = chunk.trials.map((trial) =>
      zScore(
        featureSequence(
          preprocessTrial(
            trial.samples.map((row) => order.map((c) => row[c])),
            settings,
          ),
          metadata.features,
        ),
        settings.normalization,
      ),
    );
    if (inputs[0].length !== metadata.model.timeSteps)
      throw new RangeError(
        `${chunk.source}: ${inputs[0].length} time steps after preprocessing, the model reads ${metadata.model.timeSteps}`,
      );
    const tensor = toInputTensor(inputs);
    const probabilities = await predictProbabilities(model, tensor);
    tensor.dispose();
    chunk.trials.forEach((trial, i) =>
      predictions.push({ id: trial.id, subject: trial.subject, label: trial.label, probability: probabilities[i] }),
    );
  }
  return predictions;
}

/** Accuracy of `predictions` against their labels, with the 95% interval. */
export function predictionAccuracy(predictions: readonly SequencePrediction[]): Proportion {
  return proportion(predictions.filter((p) => (p.probability >= 0.5 ? 1 : 0) === p.label).length, predictions.length);
}
