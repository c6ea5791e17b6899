/**
 * Saving a model folder on disk, for the commands: `model.json` + `weights.bin` +
 * `reading.json` + `card.json` (+ `test-predictions.bin`), the files the site serves from
 * `public/models/<name>/`; a sequence (EEG) model's folder holds `metadata.json` instead of
 * the two metadata files. Every file of a save is written into a temporary folder that is
 * then renamed into place, so a reader never sees a half-written model. Reading goes through
 * lib/open-model-folder.ts (./open-saved-model.ts for the commands).
 */

import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { vocabularySha256 } from "../../lib/compatibility";
import { diskFolder } from "../../lib/disk-folder";
import type { SequenceMetadata } from "../../lib/eeg/metadata";
import { type ModelMetadata, splitMetadata } from "../../lib/metadata";
import { MODEL_FILES, openWholeModelFolder } from "../../lib/open-model-folder";
import { sha256Hex } from "../../lib/sha256";
import { type ModelJson, parseWeightsManifest, readWeights } from "../../lib/weights-manifest";
import { quantizeWeights } from "./quantization";

/**
 * A tfjs save handler writing `model.json` + `weights.bin` into `dir` as they are, no more:
 * for tests that need a bare tfjs folder. Commands save with `saveModelDir`.
 */
export function fileSystemHandler(dir: string): tf.io.IOHandler {
  return {
    async save(artifacts) {
      const { modelJson, weightData } = await modelFiles(artifacts, false);
      await writeFile(join(dir, MODEL_FILES.weights), weightData);
      await writeFile(join(dir, MODEL_FILES.model), JSON.stringify(modelJson));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    },
  };
}

/** model.json (recording the weights' SHA-256) and weights.bin for tfjs's artifacts, in 8 bits when asked. */
async function modelFiles(
  artifacts: tf.io.ModelArtifacts,
  quantize: boolean,
): Promise<{ modelJson: ModelJson; weightData: Uint8Array }> {
  if (!(artifacts.weightData instanceof ArrayBuffer)) throw new Error("expected the weights as one ArrayBuffer");
  const float: ModelJson = {
    modelTopology: artifacts.modelTopology,
    format: "layers-model",
    generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
    convertedBy: null,
    weightsManifest: [
      {
        paths: [MODEL_FILES.weights],
        weights: artifacts.weightSpecs as ModelJson["weightsManifest"][number]["weights"],
      },
    ],
  };
  let group = float.weightsManifest[0];
  let weightData: Uint8Array = new Uint8Array(artifacts.weightData);
  if (quantize) {
    const weights = readWeights(parseWeightsManifest(float), artifacts.weightData);
    ({ group, data: weightData } = quantizeWeights(
      [...weights].map(([name, weight]) => ({ name, ...weight })),
      MODEL_FILES.weights,
    ));
  }
  return { modelJson: { ...float, weightsManifest: [group], weightsSha256: await sha256Hex(weightData) }, weightData };
}

/**
 * Writes a whole model folder to `dir` atomically: model.json, the weights (in 8 bits with
 * `quantize`), the metadata (reading.json and card.json; metadata.json for a sequence model)
 * and `extraFiles` (test-predictions.bin) go into a sibling temporary folder, which then
 * replaces `dir`.
 */
export async function saveModelDir(
  dir: string,
  model: tf.LayersModel,
  metadata: ModelMetadata | SequenceMetadata,
  extraFiles: Record<string, Uint8Array | string> = {},
  options: { quantize?: boolean } = {},
): Promise<void> {
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  if (saved === null) throw new Error("tfjs saved no artifacts");
  const { modelJson, weightData } = await modelFiles(saved, options.quantize ?? false);
  const files: Record<string, Uint8Array | string> = { [MODEL_FILES.weights]: weightData };
  if ("vocabulary" in metadata) {
    modelJson.vocabularySha256 = await vocabularySha256(metadata.vocabulary);
    const { reading, card } = splitMetadata(metadata);
    files[MODEL_FILES.reading] = metadataJson(reading);
    files[MODEL_FILES.card] = metadataJson(card);
  } else {
    files[MODEL_FILES.sequenceMetadata] = metadataJson(metadata);
  }
  files[MODEL_FILES.model] = JSON.stringify(modelJson);
  await replaceFolder(dir, { ...files, ...extraFiles });
}

const metadataJson = (value: object) => `${JSON.stringify(value, null, 1)}\n`;

/** Writes `files` into a temporary sibling of `dir`, then renames it into place (the old folder kept until then). */
async function replaceFolder(dir: string, files: Record<string, Uint8Array | string>): Promise<void> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const temporary = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  const previous = join(parent, `.${basename(dir)}.old-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary);
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(temporary, name), content);
    if (existsSync(dir)) await rename(dir, previous);
    await rename(temporary, dir);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (!existsSync(dir) && existsSync(previous)) await rename(previous, dir);
    throw error;
  }
}

/** Rewrites one file of `dir`, atomically (a temp file, then rename); a failed write (a full disk) leaves no temp file. */
async function replaceFile(
  dir: string,
  name: string,
  content: Uint8Array | string,
  write: typeof writeFile = writeFile,
): Promise<void> {
  const path = join(dir, name);
  try {
    await write(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  } catch (error) {
    await rm(`${path}.tmp`, { force: true });
    throw error;
  }
}

/**
 * Records in `dir`'s model.json the SHA-256 of its weights and the fingerprint of its
 * vocabulary, as saving does now, for a folder saved before they were recorded; the
 * weights and the metadata files are not touched. Hashes recorded already are only checked.
 */
export async function recordModelHashes(
  dir: string,
  /** Writes the new model.json (tests inject a failing one, as a full disk). */
  write: typeof writeFile = writeFile,
): Promise<{ weightsSha256: string; vocabularySha256: string; changed: boolean }> {
  const path = join(dir, MODEL_FILES.model);
  if (!existsSync(path)) throw new Error(`${path} not found: pass the folder that holds model.json and weights.bin`);
  // Opening checks the byte count, and the hashes already recorded.
  const { modelJson, manifest, reading, weightData } = await openWholeModelFolder(diskFolder(dir));
  const hashes = {
    weightsSha256: manifest.sha256 ?? (await sha256Hex(weightData)),
    vocabularySha256: modelJson.vocabularySha256 ?? (await vocabularySha256(reading.vocabulary)),
  };
  const changed = manifest.sha256 === null || modelJson.vocabularySha256 === undefined;
  if (changed) await replaceFile(dir, MODEL_FILES.model, JSON.stringify({ ...modelJson, ...hashes }), write);
  return { ...hashes, changed };
}

/**
 * Rewrites reading.json and card.json (and `extraFiles`, e.g. test-predictions.bin), each
 * atomically, leaving model.json and the weights: for commands that add results to a saved
 * model (evaluate --save, ablate --save). The vocabulary must stay the one model.json fingerprints.
 */
export async function writeMetadata(
  dir: string,
  metadata: ModelMetadata,
  extraFiles: Record<string, Uint8Array> = {},
): Promise<void> {
  const { reading, card } = splitMetadata(metadata);
  for (const [name, content] of Object.entries(extraFiles)) await replaceFile(dir, name, content);
  await replaceFile(dir, MODEL_FILES.card, metadataJson(card));
  await replaceFile(dir, MODEL_FILES.reading, metadataJson(reading));
}
