/**
 * A model folder as one publishable bundle: its files in upload order, each with its
 * SHA-256, and the version that names them. Structural checks happen here (every file
 * present, weights exactly as long as the manifest says); ./validate.ts checks that
 * metadata.json and model.json describe the same network.
 */
import type * as tf from "@tensorflow/tfjs";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { assertModelMetadata, type ModelMetadata } from "../../../lib/metadata";
import { METADATA_FILE, MODEL_FILE } from "../artifacts";
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
  /** The weight files in manifest order, metadata.json, then model.json: uploaded in this order. */
  files: BundleFile[];
  metadata: ModelMetadata;
  modelJson: tf.io.ModelJSON;
  /** Names the contents: the first 16 hex digits of a SHA-256 over every file's SHA-256. */
  version: string;
}

export function sha256(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The version of a set of files: independent of their order, changed by any byte. */
export function versionOf(files: { name: string; sha256: string }[]): string {
  const listing = files.map((file) => `${file.sha256}  ${file.name}\n`).sort().join("");
  return sha256(Buffer.from(listing)).slice(0, 16);
}

/**
 * Builds a bundle from the three kinds of file, wherever they came from (a folder on
 * disk, or a version downloaded from the store to roll back to). `where` names the
 * source in messages; `weight(name)` returns a weight file's bytes.
 */
export async function bundleFrom(where: string, modelJsonBytes: Buffer, metadataBytes: Buffer, weight: (name: string) => Promise<Buffer>): Promise<ModelBundle> {
  let modelJson: Partial<tf.io.ModelJSON>;
  try {
    modelJson = JSON.parse(modelJsonBytes.toString("utf8")) as Partial<tf.io.ModelJSON>;
  } catch (error) {
    throw new ArtifactError(`${join(where, MODEL_FILE)} is not valid JSON (${(error as Error).message})`);
  }
  if (typeof modelJson.modelTopology !== "object" || modelJson.modelTopology === null || !Array.isArray(modelJson.weightsManifest)) {
    throw new ArtifactError(`${join(where, MODEL_FILE)} is not a TensorFlow.js layers model: it needs "modelTopology" and "weightsManifest"`);
  }
  const weightNames = modelJson.weightsManifest.flatMap((group) => group.paths);
  const weightContents: Buffer[] = [];
  for (const name of weightNames) {
    // Flat names only: the site fetches weights next to model.json, nowhere else.
    if (!/^[\w.-]+$/.test(name) || name.startsWith(".")) throw new ArtifactError(`${MODEL_FILE} names the weight file "${name}"; only plain file names next to model.json are supported`);
    weightContents.push(await weight(name));
  }
  const expectedBytes = modelJson.weightsManifest.flatMap((group) => group.weights).reduce((sum, spec) => sum + weightBytes(spec), 0);
  const actualBytes = weightContents.reduce((sum, content) => sum + content.length, 0);
  if (actualBytes !== expectedBytes) {
    throw new ArtifactError(
      `the weight files (${weightNames.join(", ")}) hold ${actualBytes} bytes, but the manifest in ${MODEL_FILE} describes ${expectedBytes}: they come from different saves or were cut short. Train or copy the folder again.`,
    );
  }
  let metadata: unknown;
  try {
    metadata = JSON.parse(metadataBytes.toString("utf8"));
    assertModelMetadata(metadata);
  } catch (error) {
    throw new ArtifactError(`${join(where, METADATA_FILE)}: ${(error as Error).message}`);
  }
  // model.json goes last, so a model.json in the store always has its weights beside it.
  const files = [
    ...weightNames.map((name, i) => bundleFile(name, weightContents[i], BINARY_TYPE)),
    bundleFile(METADATA_FILE, metadataBytes, JSON_TYPE),
    bundleFile(MODEL_FILE, modelJsonBytes, JSON_TYPE),
  ];
  return { files, metadata, modelJson: modelJson as tf.io.ModelJSON, version: versionOf(files) };
}

/** Reads and checks a model folder on disk. */
export async function readBundle(dir: string): Promise<ModelBundle> {
  const read = async (name: string, what: string): Promise<Buffer> => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new ArtifactError(`${path} is missing: ${what}. Train a model into ${dir} first (npm run train -- --out ${dir}).`);
    return readFile(path);
  };
  const modelJson = await read(MODEL_FILE, "the network's topology and weights manifest");
  const metadata = await read(METADATA_FILE, "the vocabulary and settings the site reads reviews with");
  return bundleFrom(dir, modelJson, metadata, (name) => read(name, `${MODEL_FILE} lists it in its weights manifest`));
}

const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8, float16: 2, uint16: 2, uint8: 1 };

/** Bytes one manifest entry occupies in the weight files (quantized entries store the smaller type). */
function weightBytes(spec: tf.io.WeightsManifestEntry): number {
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const size = DTYPE_BYTES[dtype];
  if (size === undefined) throw new ArtifactError(`weight "${spec.name}" has dtype ${dtype}, whose size this script cannot check`);
  return spec.shape.reduce((product, dimension) => product * dimension, 1) * size;
}

function bundleFile(name: string, content: Buffer, contentType: string): BundleFile {
  return { name, content, sha256: sha256(content), contentType };
}
