/**
 * A saved model folder opened for a command, through the one opener (lib/open-model-folder.ts),
 * so commands and tests get the browser's checks: its metadata, the browser's Predictor, or a
 * tfjs model built from the checked bytes (`tf.io.fromMemory`).
 */

import { existsSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { diskFolder } from "../../lib/disk-folder";
import { textToIndices } from "../../lib/encode";
import type { ModelMetadata } from "../../lib/metadata";
import { networkWeightsFromFiles } from "../../lib/network-weights";
import { type OpenedWeights, openModelMetadata, openWholeModelFolder } from "../../lib/open-model-folder";
import { Predictor } from "../../lib/predictor";
import { modelArtifactsOf } from "../../lib/weights-manifest";

/**
 * The browser's Predictor for a saved folder, after the same checks the browser makes:
 * the numbers it gives are the numbers the box shows. `predict(text)` is P(positive).
 */
export async function loadPredictorDir(
  dir: string,
): Promise<{ predictor: Predictor; metadata: ModelMetadata; predict: (text: string) => number }> {
  const { metadata, modelJson, weightData } = await openWholeModelFolder(diskFolder(dir));
  const predictor = new Predictor(networkWeightsFromFiles(modelJson, weightData), metadata);
  return { predictor, metadata, predict: (text) => predictor.probabilityOfIndices(textToIndices(text, metadata)) };
}

/** A saved folder's reading.json and card.json, each checked against its schema. */
export async function readMetadata(dir: string): Promise<ModelMetadata> {
  if (!existsSync(dir)) throw new Error(`${dir} not found: train a model first (npm run train) or pass --model <dir>`);
  return openModelMetadata(diskFolder(dir));
}

/** A tfjs model built from checked bytes (`tf.io.fromMemory`). */
export function layersModelOf({ modelJson, weightData }: OpenedWeights): Promise<tf.LayersModel> {
  return tf.loadLayersModel(tf.io.fromMemory(modelArtifactsOf(modelJson, weightData)));
}

/** A saved folder as a tfjs model and its metadata, opened and checked as the browser opens it. */
export async function loadModelDir(dir: string): Promise<{ model: tf.LayersModel; metadata: ModelMetadata }> {
  const opened = await openWholeModelFolder(diskFolder(dir));
  return { model: await layersModelOf(opened), metadata: opened.metadata };
}
