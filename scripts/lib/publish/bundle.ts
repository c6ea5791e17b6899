/**
 * A model folder as one publishable bundle: its files in upload order, each with its
 * SHA-256, and the version that names them. The folder is read through the contract in
 * lib/model-folder.ts: every file present, weights exactly as long as the manifest
 * says and with the SHA-256 model.json records, the vocabulary with the fingerprint it
 * records (a folder recording neither is refused unless `allowUnhashed`), metadata.json
 * and model.json describing the same network (`checkCompatible`).
 * ./validate.ts then runs the browser's predictor on the recorded samples.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ModelMetadata } from "../../../lib/metadata";
import {
  assertModelJson,
  checkCompatible,
  checkVocabularySha256,
  checkWeightsSha256,
  MODEL_FILES,
  type ModelJson,
  parseWeightsManifest,
} from "../../../lib/model-folder";
import { ArtifactError } from "./errors";

export const JSON_TYPE = "application/json";
export const BINARY_TYPE = "application/octet-stream";

export interface BundleFile {
  name: string;
  content: Buffer;
  sha256: string;
  contentType: string;
}

export interface ModelBundle {
  /** The weight files in manifest order, test-predictions.bin if any, metadata.json, then model.json: uploaded in this order. */
  files: BundleFile[];
  metadata: ModelMetadata;
  modelJson: ModelJson;
  /** The weight files' bytes, concatenated in manifest order. */
  weightData: ArrayBuffer;
  /** Names the contents: the first 16 hex digits of a SHA-256 over every file's SHA-256. */
  version: string;
}

export function sha256(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The version of a set of files: independent of their order, changed by any byte. */
export function versionOf(files: { name: string; sha256: string }[]): string {
  const listing = files
    .map((file) => `${file.sha256}  ${file.name}\n`)
    .sort()
    .join("");
  return sha256(Buffer.from(listing)).slice(0, 16);
}

/** The files of a model folder, however they were read: `weight(name)` returns a weight file. */
export interface FolderFiles {
  modelJson: Buffer;
  metadata: Buffer;
  /** test-predictions.bin, optional. */
  testPredictions: Buffer | null;
  weight(name: string): Promise<Buffer>;
}

/**
 * Builds a bundle from a folder on disk or a version downloaded from the store (to roll
 * back to); `where` names the source in messages. `allowUnhashed` accepts a model.json
 * that records no weights SHA-256 or vocabulary fingerprint (saved before they were).
 */
export async function bundleFrom(
  where: string,
  read: FolderFiles,
  options: { allowUnhashed?: boolean } = {},
): Promise<ModelBundle> {
  const parse = (name: string, bytes: Buffer): unknown => {
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      throw new ArtifactError(`${join(where, name)} is not valid JSON (${(error as Error).message})`);
    }
  };
  const modelJson = parse(MODEL_FILES.model, read.modelJson);
  let manifest: ReturnType<typeof parseWeightsManifest>;
  try {
    assertModelJson(modelJson);
    manifest = parseWeightsManifest(modelJson);
  } catch (error) {
    throw new ArtifactError(`${join(where, MODEL_FILES.model)}: ${(error as Error).message}`);
  }
  const weightContents: Buffer[] = [];
  for (const name of manifest.paths) {
    // Flat names only: the site fetches weights next to model.json, nowhere else.
    if (!/^[\w.-]+$/.test(name) || name.startsWith("."))
      throw new ArtifactError(
        `${MODEL_FILES.model} names the weight file "${name}"; only plain file names next to model.json are supported`,
      );
    weightContents.push(await read.weight(name));
  }
  const weights = Buffer.concat(weightContents);
  if (weights.length !== manifest.totalBytes) {
    throw new ArtifactError(
      `the weight files (${manifest.paths.join(", ")}) in ${where} hold ${weights.length} bytes, but the manifest in ${MODEL_FILES.model} describes ${manifest.totalBytes}: they come from different saves or were cut short. Train or copy the folder again.`,
    );
  }
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  try {
    await checkWeightsSha256(manifest, weightData);
  } catch (error) {
    throw new ArtifactError(`${where}: ${(error as Error).message}`);
  }
  let metadata: ModelMetadata;
  let vocabularyHashed: boolean;
  try {
    metadata = checkCompatible(parse(MODEL_FILES.metadata, read.metadata), modelJson).metadata;
    vocabularyHashed = await checkVocabularySha256(modelJson, metadata);
  } catch (error) {
    throw new ArtifactError(`${join(where, MODEL_FILES.metadata)}: ${(error as Error).message}`);
  }
  const unhashed = [manifest.sha256 === null && "weightsSha256", !vocabularyHashed && "vocabularySha256"].filter(
    (name) => name !== false,
  );
  if (unhashed.length > 0 && !options.allowUnhashed) {
    throw new ArtifactError(
      `${join(where, MODEL_FILES.model)} records no ${unhashed.join(" and no ")}, so nothing shows the weights and vocabulary belong together (saved before they were recorded). Record them: npm run rehash-model -- --model ${where}; or publish it as it is with --allow-unhashed.`,
    );
  }
  // model.json goes last, so a model.json in the store always has its weights beside it.
  const files = [
    ...manifest.paths.map((name, i) => bundleFile(name, weightContents[i], BINARY_TYPE)),
    ...(read.testPredictions ? [bundleFile(MODEL_FILES.testPredictions, read.testPredictions, BINARY_TYPE)] : []),
    bundleFile(MODEL_FILES.metadata, read.metadata, JSON_TYPE),
    bundleFile(MODEL_FILES.model, read.modelJson, JSON_TYPE),
  ];
  return { files, metadata, modelJson, weightData, version: versionOf(files) };
}

/** Reads and checks a model folder on disk. */
export async function readBundle(dir: string, options: { allowUnhashed?: boolean } = {}): Promise<ModelBundle> {
  const read = async (name: string, what: string): Promise<Buffer> => {
    const path = join(dir, name);
    if (!existsSync(path))
      throw new ArtifactError(
        `${path} is missing: ${what}. Train a model into ${dir} first (npm run train -- --out ${dir}).`,
      );
    return readFile(path);
  };
  const testPredictions = join(dir, MODEL_FILES.testPredictions);
  return bundleFrom(
    dir,
    {
      modelJson: await read(MODEL_FILES.model, "the network's topology and weights manifest"),
      metadata: await read(MODEL_FILES.metadata, "the vocabulary and settings the site reads reviews with"),
      testPredictions: existsSync(testPredictions) ? await readFile(testPredictions) : null,
      weight: (name) => read(name, `${MODEL_FILES.model} lists it in its weights manifest`),
    },
    options,
  );
}

function bundleFile(name: string, content: Buffer, contentType: string): BundleFile {
  return { name, content, sha256: sha256(content), contentType };
}
