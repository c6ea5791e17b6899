/**
 * A model folder as one publishable bundle: its files in upload order, each with its
 * SHA-256, and the version that names them. The folder is opened by lib/open-model-folder.ts
 * (every file present, weights exactly as long as the manifest says and with the SHA-256
 * model.json records, metadata.json through the schema and describing the same network as
 * model.json, the vocabulary with the fingerprint it records); a folder recording neither
 * hash is refused here unless `allowUnhashed`. ./validate.ts then runs the browser's
 * predictor on the recorded samples.
 */
import type { ModelMetadata } from "../../../lib/metadata";
import { MODEL_FILES, type ModelJson } from "../../../lib/model-folder";
import { type FolderSource, filePlace, openModelFolder } from "../../../lib/open-model-folder";
import { sha256Hex } from "../../../lib/sha256";
import { diskFolder } from "../../../lib/disk-folder";
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

/** The version of a set of files: independent of their order, changed by any byte. */
export async function versionOf(files: { name: string; sha256: string }[]): Promise<string> {
  const listing = files
    .map((file) => `${file.sha256}  ${file.name}\n`)
    .sort()
    .join("");
  return (await sha256Hex(listing)).slice(0, 16);
}

/**
 * Builds a bundle from a model folder wherever it is: on disk (`readBundle`) or a version
 * in the store (./store-folder.ts, to roll back to). `allowUnhashed` accepts a model.json
 * that records no weights SHA-256 or vocabulary fingerprint (saved before they were).
 */
export async function bundleFrom(
  source: FolderSource,
  options: { allowUnhashed?: boolean } = {},
): Promise<ModelBundle> {
  let opened: Awaited<ReturnType<typeof openModelFolder>>;
  try {
    opened = await openModelFolder(source);
  } catch (error) {
    // What the opener finds wrong with the folder is an ArtifactError; the source's own errors (store, network) pass unchanged.
    if (Object.getPrototypeOf(error) === Error.prototype) throw new ArtifactError((error as Error).message);
    throw error;
  }
  const { files: read, metadata, modelJson, manifest, weightData, vocabularyHashed } = opened;
  const unhashed = [manifest.sha256 === null && "weightsSha256", !vocabularyHashed && "vocabularySha256"].filter(
    (name) => name !== false,
  );
  if (unhashed.length > 0 && !options.allowUnhashed) {
    throw new ArtifactError(
      `${filePlace(source, MODEL_FILES.model)} records no ${unhashed.join(" and no ")}, so nothing shows the weights and vocabulary belong together (saved before they were recorded). Record them: npm run rehash-model -- --model ${source.where}; or publish it as it is with --allow-unhashed.`,
    );
  }
  const testPredictions = await source.read(MODEL_FILES.testPredictions);
  const file = (name: string, content: Uint8Array, contentType: string) => bundleFile(name, content, contentType);
  // model.json goes last, so a model.json in the store always has its weights beside it.
  const files = await Promise.all([
    ...manifest.paths.map((name) => file(name, read.get(name)!, BINARY_TYPE)),
    ...(testPredictions ? [file(MODEL_FILES.testPredictions, testPredictions, BINARY_TYPE)] : []),
    file(MODEL_FILES.metadata, read.get(MODEL_FILES.metadata)!, JSON_TYPE),
    file(MODEL_FILES.model, read.get(MODEL_FILES.model)!, JSON_TYPE),
  ]);
  return { files, metadata, modelJson, weightData, version: await versionOf(files) };
}

/** Reads and checks a model folder on disk. */
export async function readBundle(dir: string, options: { allowUnhashed?: boolean } = {}): Promise<ModelBundle> {
  const source = diskFolder(dir);
  if ((await source.read(MODEL_FILES.model)) === null)
    throw new ArtifactError(
      `${filePlace(source, MODEL_FILES.model)} is missing: the network's topology and weights manifest. Train a model into ${dir} first (npm run train -- --out ${dir}).`,
    );
  return bundleFrom(source, options);
}

async function bundleFile(name: string, content: Uint8Array, contentType: string): Promise<BundleFile> {
  return { name, content: Buffer.from(content), sha256: await sha256Hex(content), contentType };
}
