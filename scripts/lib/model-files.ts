/**
 * Model folders on disk: `model.json` + `weights.bin` + `metadata.json`, the files the
 * site serves from `public/models/<name>/` (and `public/eeg-model/` for the EEG sequence model).
 * Writes go to a temporary folder that is renamed into place, so a reader never sees a
 * half-written model. Reads go through lib/open-model-folder.ts, as every reader's do.
 */

import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import type { SequenceMetadata } from "../../lib/eeg/metadata";
import { textToIndices } from "../../lib/encode";
import type { ModelMetadata } from "../../lib/metadata";
import {
  MODEL_FILES,
  type ModelJson,
  parseWeightsManifest,
  quantizeWeights,
  readWeights,
  vocabularySha256,
} from "../../lib/model-folder";
import { networkWeightsFromFiles } from "../../lib/network-weights";
import { openModelFolder, openModelMetadata } from "../../lib/open-model-folder";
import { Predictor } from "../../lib/predictor";
import { sha256Hex } from "../../lib/sha256";
import { diskFolder } from "../../lib/disk-folder";

export const MODEL_FILE = MODEL_FILES.model;
export const WEIGHTS_FILE = MODEL_FILES.weights;
export const METADATA_FILE = MODEL_FILES.metadata;

/** A tfjs IOHandler reading and writing `model.json` + `weights.bin` in `dir`. */
export function fileSystemHandler(dir: string): tf.io.IOHandler {
  return {
    async save(artifacts) {
      if (!(artifacts.weightData instanceof ArrayBuffer)) throw new Error("expected the weights as one ArrayBuffer");
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: "layers-model",
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
        convertedBy: null,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
        weightsSha256: await sha256Hex(artifacts.weightData),
      };
      await writeFile(join(dir, WEIGHTS_FILE), Buffer.from(artifacts.weightData));
      await writeFile(join(dir, MODEL_FILE), JSON.stringify(modelJson));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    },
    async load() {
      const modelJson = JSON.parse(await readFile(join(dir, MODEL_FILE), "utf8")) as tf.io.ModelJSON;
      const weightSpecs = modelJson.weightsManifest.flatMap((group) => group.weights);
      const buffers = await Promise.all(
        modelJson.weightsManifest.flatMap((group) => group.paths.map((path) => readFile(join(dir, path)))),
      );
      const weights = Buffer.concat(buffers);
      return {
        modelTopology: modelJson.modelTopology,
        weightSpecs,
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
        format: modelJson.format,
      };
    },
  };
}

/**
 * Writes model and metadata to `dir` atomically: everything goes into a sibling
 * temporary folder first, which then replaces `dir`.
 */
export async function saveModelDir(
  dir: string,
  model: tf.LayersModel,
  metadata: ModelMetadata | SequenceMetadata,
  extraFiles: Record<string, Uint8Array | string> = {},
  options: { quantize?: boolean } = {},
): Promise<void> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const temporary = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  const previous = join(parent, `.${basename(dir)}.old-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary);
  try {
    await model.save(fileSystemHandler(temporary));
    if (options.quantize) await quantizeModelFiles(temporary);
    if ("vocabulary" in metadata) await addToModelJson(temporary, await vocabularyFingerprint(metadata));
    await writeFile(join(temporary, METADATA_FILE), `${JSON.stringify(metadata, null, 1)}\n`);
    for (const [name, content] of Object.entries(extraFiles)) await writeFile(join(temporary, name), content);
    if (existsSync(dir)) await rename(dir, previous);
    await rename(temporary, dir);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (!existsSync(dir) && existsSync(previous)) await rename(previous, dir);
    throw error;
  }
}

/** Rewrites a saved folder's weights in 8 bits; model.json's manifest records scale and min. */
async function quantizeModelFiles(dir: string): Promise<void> {
  const modelJson = JSON.parse(await readFile(join(dir, MODEL_FILE), "utf8")) as ModelJson;
  const bytes = await readFile(join(dir, WEIGHTS_FILE));
  const weights = readWeights(
    parseWeightsManifest(modelJson),
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  const { group, data } = quantizeWeights(
    [...weights].map(([name, weight]) => ({ name, ...weight })),
    WEIGHTS_FILE,
  );
  await writeFile(join(dir, WEIGHTS_FILE), data);
  const rewritten: ModelJson = {
    ...modelJson,
    weightsManifest: [group],
    weightsSha256: await sha256Hex(data),
  };
  await writeFile(join(dir, MODEL_FILE), JSON.stringify(rewritten));
}

/** The vocabulary's fingerprint, as model.json records it (lib/model-folder.ts `vocabularySha256`). */
const vocabularyFingerprint = async (metadata: ModelMetadata) => ({
  vocabularySha256: await vocabularySha256(metadata.vocabulary),
});

/** Adds fields to the model.json in `dir`, atomically; a failed write (a full disk) leaves no model.json.tmp. */
async function addToModelJson(dir: string, fields: Partial<ModelJson>, write = writeFile): Promise<void> {
  const path = join(dir, MODEL_FILE);
  const modelJson = JSON.parse(await readFile(path, "utf8")) as ModelJson;
  try {
    await write(`${path}.tmp`, JSON.stringify({ ...modelJson, ...fields }));
    await rename(`${path}.tmp`, path);
  } catch (error) {
    await rm(`${path}.tmp`, { force: true });
    throw error;
  }
}

/**
 * Records in `dir`'s model.json the SHA-256 of its weights and the fingerprint of its
 * vocabulary, as saving does now, for a folder saved before they were recorded; the
 * weights and metadata.json are not touched. Hashes recorded already are only checked.
 */
export async function recordModelHashes(
  dir: string,
  /** Writes the new model.json (tests inject a failing one, as a full disk). */
  write: typeof writeFile = writeFile,
): Promise<{ weightsSha256: string; vocabularySha256: string; changed: boolean }> {
  const path = join(dir, MODEL_FILE);
  if (!existsSync(path)) throw new Error(`${path} not found: pass the folder that holds model.json and weights.bin`);
  // Opening checks the byte count, and the hashes already recorded.
  const { modelJson, manifest, metadata, weightData } = await openModelFolder(diskFolder(dir));
  const hashes = {
    weightsSha256: manifest.sha256 ?? (await sha256Hex(weightData)),
    vocabularySha256: modelJson.vocabularySha256 ?? (await vocabularySha256(metadata.vocabulary)),
  };
  const changed = manifest.sha256 === null || modelJson.vocabularySha256 === undefined;
  if (changed) await addToModelJson(dir, hashes, write);
  return { ...hashes, changed };
}

/**
 * The browser's Predictor for a saved folder, after the same checks the browser makes:
 * the numbers it gives are the numbers the box shows. `predict(text)` is P(positive).
 */
export async function loadPredictorDir(
  dir: string,
): Promise<{ predictor: Predictor; metadata: ModelMetadata; predict: (text: string) => number }> {
  const { metadata, modelJson, weightData } = await openModelFolder(diskFolder(dir));
  const predictor = new Predictor(networkWeightsFromFiles(modelJson, weightData), metadata);
  return { predictor, metadata, predict: (text) => predictor.probabilityOfIndices(textToIndices(text, metadata)) };
}

/** A saved folder's metadata.json, checked against the schema. */
export async function readMetadata(dir: string): Promise<ModelMetadata> {
  const path = join(dir, METADATA_FILE);
  if (!existsSync(path))
    throw new Error(`${path} not found: train a model first (npm run train) or pass --model <dir>`);
  return openModelMetadata(diskFolder(dir));
}

/** Rewrites only metadata.json, atomically (write a temp file, then rename). */
export async function writeMetadata(dir: string, metadata: ModelMetadata): Promise<void> {
  const path = join(dir, METADATA_FILE);
  await writeFile(`${path}.tmp`, `${JSON.stringify(metadata, null, 1)}\n`);
  await rename(`${path}.tmp`, path);
}

export async function loadModelDir(dir: string): Promise<{ model: tf.LayersModel; metadata: ModelMetadata }> {
  const metadata = await readMetadata(dir);
  const model = await tf.loadLayersModel(fileSystemHandler(dir));
  return { model, metadata };
}
