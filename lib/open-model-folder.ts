/**
 * Opening a model folder: the one reader of the files lib/model-folder.ts names, wherever
 * they are. A `FolderSource` only knows how to read a file's bytes; adapters exist for a
 * folder on disk (lib/disk-folder.ts), a URL (lib/web-folder.ts) and the Vercel
 * Blob store (scripts/lib/publish/store-folder.ts). Whatever the source, the same checks
 * run in the same order: model.json's manifest, metadata.json against the schema and
 * against model.json, every weight byte accounted for and hashing to what model.json
 * records, the vocabulary's fingerprint.
 */
import { type ModelMetadata, parseModelMetadata } from "./metadata";
import {
  assertModelJson,
  checkCompatible,
  checkVocabularySha256,
  checkWeightsSha256,
  MODEL_FILES,
  type ModelJson,
  parseWeightsManifest,
  type WeightsManifest,
} from "./model-folder";
import { canHashSha256, sha256Hex } from "./sha256";

/** How to read one file of a folder. */
export interface ReadOptions {
  /** The content's SHA-256 when model.json records it: a web source asks for the versioned URL, which may be cached for good. */
  sha256?: string;
  /** Ask past every cache: the bytes read before did not hash to what model.json records. */
  fresh?: boolean;
  /** Called with the bytes of this file read so far, as they arrive. */
  onBytes?: (loadedBytes: number) => void;
}

/** Where a model folder's files come from: the "read bytes" interface every adapter implements. */
export interface FolderSource {
  /** The folder, for messages: a path, a URL ending in "/", or a store prefix. */
  readonly where: string;
  /** The bytes of the file `name` (e.g. "model.json"), or null when the folder has no such file. */
  read(name: string, options?: ReadOptions): Promise<Uint8Array | null>;
}

/** What each file is, for the message when it is missing. */
const FILE_ROLES: Record<string, string> = {
  [MODEL_FILES.model]: "the network's topology and weights manifest",
  [MODEL_FILES.metadata]: "the vocabulary and settings the site reads reviews with",
};

/** `where` joined with a file name, for messages. */
export function filePlace(source: FolderSource, name: string): string {
  return source.where.endsWith("/") ? `${source.where}${name}` : `${source.where}/${name}`;
}

/** The bytes of a file the folder must have; a readable error naming its role when it is missing. */
export async function readRequired(source: FolderSource, name: string, options?: ReadOptions): Promise<Uint8Array> {
  const bytes = await source.read(name, options);
  if (bytes === null)
    throw new Error(
      `${filePlace(source, name)} is missing: ${FILE_ROLES[name] ?? `${MODEL_FILES.model} lists it in its weights manifest`}`,
    );
  return bytes;
}

/** A JSON file of the folder, parsed. */
export async function readJson(source: FolderSource, name: string): Promise<unknown> {
  return parseJson(source, name, await readRequired(source, name));
}

function parseJson(source: FolderSource, name: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`${filePlace(source, name)} is not valid JSON (${(error as Error).message})`);
  }
}

/** Only metadata.json, checked against the schema: what the pages and the footer quote. */
export async function openModelMetadata(source: FolderSource): Promise<ModelMetadata> {
  return parseModelMetadata(await readJson(source, MODEL_FILES.metadata), filePlace(source, MODEL_FILES.metadata));
}

export interface OpenedModelFolder {
  /** Every file read, by name, exactly as stored (model.json, metadata.json, the weight files). */
  files: Map<string, Uint8Array>;
  metadata: ModelMetadata;
  modelJson: ModelJson;
  manifest: WeightsManifest;
  /** Each weight file's bytes, in manifest order. */
  weightFiles: Uint8Array[];
  /** The weight files' bytes, concatenated in manifest order. */
  weightData: ArrayBuffer;
  /** Whether model.json records the vocabulary's fingerprint (and it matched); false for folders saved before it was recorded. */
  vocabularyHashed: boolean;
}

export interface OpenOptions {
  /**
   * Called as any of the folder's files arrive: bytes so far over model.json, metadata.json
   * and the weights; the total is null until model.json is read (its manifest sizes the weights).
   */
  onProgress?: (progress: { loadedBytes: number; totalBytes: number | null }) => void;
}

/**
 * Reads and checks a whole model folder. Throws an error naming the file and what is wrong
 * with it: a missing file, JSON that is not, metadata outside the schema or describing
 * another network, weights of the wrong length or hash, a vocabulary that is not the one trained.
 * Hashes are checked where this context can hash (`canHashSha256`).
 */
export async function openModelFolder(source: FolderSource, options: OpenOptions = {}): Promise<OpenedModelFolder> {
  // model.json and metadata.json are a large part of the download (the vocabulary): count them too.
  const jsonBytes = [0, 0];
  const reportJson = () => options.onProgress?.({ loadedBytes: jsonBytes[0] + jsonBytes[1], totalBytes: null });
  const [modelJsonBytes, metadataBytes] = await Promise.all(
    [MODEL_FILES.model, MODEL_FILES.metadata].map((name, i) =>
      readRequired(source, name, {
        onBytes: (bytes) => {
          jsonBytes[i] = bytes;
          reportJson();
        },
      }),
    ),
  );
  const jsonTotal = modelJsonBytes.byteLength + metadataBytes.byteLength;
  const modelJsonValue = parseJson(source, MODEL_FILES.model, modelJsonBytes);
  const metadataValue = parseJson(source, MODEL_FILES.metadata, metadataBytes);
  let manifest: WeightsManifest;
  let modelJson: ModelJson;
  try {
    assertModelJson(modelJsonValue);
    modelJson = modelJsonValue;
    manifest = parseWeightsManifest(modelJson);
  } catch (error) {
    throw new Error(`${filePlace(source, MODEL_FILES.model)}: ${(error as Error).message}`);
  }
  for (const name of manifest.paths) {
    // Flat names only: the site fetches weights next to model.json, nowhere else.
    if (!/^[\w.-]+$/.test(name) || name.startsWith("."))
      throw new Error(
        `${filePlace(source, MODEL_FILES.model)} names the weight file "${name}"; only plain file names next to model.json are supported`,
      );
  }
  let metadata: ModelMetadata;
  try {
    metadata = checkCompatible(parseModelMetadata(metadataValue), modelJson).metadata;
  } catch (error) {
    throw new Error(`${filePlace(source, MODEL_FILES.metadata)}: ${(error as Error).message}`);
  }

  const hashable = manifest.sha256 !== null && canHashSha256();
  let weightFiles = await readWeightFiles(source, manifest, { versioned: hashable, fresh: false }, jsonTotal, options);
  let weightData = concatenate(weightFiles);
  if (weightData.byteLength !== manifest.totalBytes)
    throw new Error(
      `the weight files (${manifest.paths.join(", ")}) in ${source.where} hold ${weightData.byteLength} bytes, but the manifest in ${MODEL_FILES.model} describes ${manifest.totalBytes}: they come from different saves or were cut short. Train or copy the folder again.`,
    );
  if (hashable && (await sha256Hex(weightData)) !== manifest.sha256) {
    // Other bytes may be cached under a versioned URL (a file replaced while a visit was loading): ask once more past the cache.
    weightFiles = await readWeightFiles(source, manifest, { versioned: true, fresh: true }, jsonTotal, options);
    weightData = concatenate(weightFiles);
  }
  let vocabularyHashed = false;
  try {
    if (hashable) await checkWeightsSha256(manifest, weightData);
    if (canHashSha256()) vocabularyHashed = await checkVocabularySha256(modelJson, metadata);
  } catch (error) {
    throw new Error(`${source.where}: ${(error as Error).message}`);
  }
  const files = new Map([
    [MODEL_FILES.model as string, modelJsonBytes],
    [MODEL_FILES.metadata as string, metadataBytes],
    ...manifest.paths.map((name, i) => [name, weightFiles[i]] as const),
  ]);
  return { files, metadata, modelJson, manifest, weightFiles, weightData, vocabularyHashed };
}

async function readWeightFiles(
  source: FolderSource,
  manifest: WeightsManifest,
  how: { versioned: boolean; fresh: boolean },
  /** The bytes of model.json and metadata.json, already read. */
  jsonTotal: number,
  options: OpenOptions,
): Promise<Uint8Array[]> {
  const loaded = manifest.paths.map(() => 0);
  const report = () =>
    options.onProgress?.({
      loadedBytes: jsonTotal + loaded.reduce((a, b) => a + b, 0),
      totalBytes: jsonTotal + manifest.totalBytes,
    });
  report();
  return Promise.all(
    manifest.paths.map((name, i) =>
      readRequired(source, name, {
        ...(how.versioned && manifest.sha256 !== null ? { sha256: manifest.sha256 } : {}),
        ...(how.fresh ? { fresh: true } : {}),
        onBytes: (bytes) => {
          loaded[i] = bytes;
          report();
        },
      }),
    ),
  );
}

/** The files' bytes one after another, as one ArrayBuffer (the form the weight readers take). */
export function concatenate(parts: readonly Uint8Array[]): ArrayBuffer {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all.buffer;
}
