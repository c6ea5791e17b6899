/**
 * Opening a model folder: the one reader of a model folder's files, wherever they are. A
 * `FolderSource` only knows how to read a file's bytes; adapters exist for a folder on disk
 * (lib/disk-folder.ts), a URL (lib/web-folder.ts) and the Vercel Blob store
 * (scripts/lib/publish/store-folder.ts). Whatever the source, the same checks run in the
 * same order: model.json's manifest, reading.json against its schema and against model.json,
 * every weight byte accounted for and hashing to what model.json records, the vocabulary's
 * fingerprint; card.json against its schema and from the same save as reading.json.
 * Commands and tests build tfjs models from the opened bytes (`tf.io.fromMemory`), so they
 * get the same checks as the browser. A test (tests/one-opener.test.ts) keeps it the only reader.
 */
import { checkCompatible, checkVocabularySha256 } from "./compatibility";
import {
  joinMetadata,
  type ModelCard,
  type ModelMetadata,
  type ModelReading,
  parseModelCard,
  parseModelReading,
} from "./metadata";
import { canHashSha256, sha256Hex } from "./sha256";
import { TEST_PREDICTIONS_FILE } from "./test-predictions";
import {
  assertModelJson,
  checkWeightsSha256,
  type ModelJson,
  parseWeightsManifest,
  type WeightsManifest,
} from "./weights-manifest";

/** The files of a model folder (the EEG's sequence models hold metadata.json instead of the two metadata files). */
export const MODEL_FILES = {
  /** TensorFlow.js layers model: topology + weights manifest. */
  model: "model.json",
  /** The weights, float32 or 8-bit (the manifest says which). */
  weights: "weights.bin",
  /** What the box needs to read a review (lib/metadata.ts). */
  reading: "reading.json",
  /** What the model card and the course show (lib/metadata.ts). */
  card: "card.json",
  /** Optional: every test review's probability (lib/test-predictions.ts). */
  testPredictions: TEST_PREDICTIONS_FILE,
  /** A sequence (EEG) model's metadata (lib/eeg/metadata.ts). */
  sequenceMetadata: "metadata.json",
  /** An IMDB model's one metadata file before the split (`npm run split-metadata` rewrites it). */
  metadataBeforeSplit: "metadata.json",
} as const;

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
  [MODEL_FILES.reading]: "the vocabulary and settings the site reads reviews with",
  [MODEL_FILES.card]: "how the model was trained and how it measured, which the model card shows",
  [MODEL_FILES.sequenceMetadata]: "the sequence model's channels, preprocessing and statistics",
};

/** `where` joined with a file name, for messages. */
export function filePlace(source: FolderSource, name: string): string {
  return source.where.endsWith("/") ? `${source.where}${name}` : `${source.where}/${name}`;
}

/** The bytes of a file the folder must have; a readable error naming its role when it is missing. */
export async function readRequired(source: FolderSource, name: string, options?: ReadOptions): Promise<Uint8Array> {
  const bytes = await source.read(name, options);
  const split = name === MODEL_FILES.reading || name === MODEL_FILES.card;
  if (bytes === null && split && (await source.read(MODEL_FILES.metadataBeforeSplit)) !== null)
    throw new Error(
      `${filePlace(source, name)} is missing, and ${MODEL_FILES.metadataBeforeSplit} is there: the folder was saved before its metadata was split in two. Split it: npm run split-metadata -- --model ${source.where}`,
    );
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

/** reading.json only, checked against its schema: what the box's footer and summary quote. */
export async function openModelReading(source: FolderSource): Promise<ModelReading> {
  return parseModelReading(await readJson(source, MODEL_FILES.reading), filePlace(source, MODEL_FILES.reading));
}

/** reading.json and card.json, each checked against its schema and from the same save: what the pages and commands quote. */
export async function openModelMetadata(source: FolderSource): Promise<ModelMetadata> {
  const [reading, card] = await Promise.all([openModelReading(source), openModelCard(source)]);
  return joinMetadata(reading, card, source.where);
}

async function openModelCard(source: FolderSource): Promise<ModelCard> {
  return parseModelCard(await readJson(source, MODEL_FILES.card), filePlace(source, MODEL_FILES.card));
}

/** The checked weights of a folder, whatever its metadata. */
export interface OpenedWeights {
  modelJson: ModelJson;
  manifest: WeightsManifest;
  /** Each weight file's bytes, in manifest order. */
  weightFiles: Uint8Array[];
  /** The weight files' bytes, concatenated in manifest order. */
  weightData: ArrayBuffer;
}

export interface OpenedModelFolder extends OpenedWeights {
  /** Every file read, by name, exactly as stored (model.json, reading.json, the weight files; card.json when opened). */
  files: Map<string, Uint8Array>;
  reading: ModelReading;
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
 * Reads and checks what the box needs: model.json, reading.json and the weights. Throws an
 * error naming the file and what is wrong with it: a missing file, JSON that is not, a
 * reading.json outside the schema or describing another network, weights of the wrong length
 * or hash, a vocabulary that is not the one trained. Hashes are checked where this context
 * can hash (`canHashSha256`).
 */
export async function openModelFolder(source: FolderSource, options: OpenOptions = {}): Promise<OpenedModelFolder> {
  // model.json and reading.json are a large part of the download (the vocabulary): count them too.
  const jsonBytes = [0, 0];
  const reportJson = () => options.onProgress?.({ loadedBytes: jsonBytes[0] + jsonBytes[1], totalBytes: null });
  const [modelJsonBytes, readingBytes] = await Promise.all(
    [MODEL_FILES.model, MODEL_FILES.reading].map((name, i) =>
      readRequired(source, name, {
        onBytes: (bytes) => {
          jsonBytes[i] = bytes;
          reportJson();
        },
      }),
    ),
  );
  const jsonTotal = modelJsonBytes.byteLength + readingBytes.byteLength;
  const modelJson = parseModelJson(source, modelJsonBytes);
  let reading: ModelReading;
  try {
    const value = parseJson(source, MODEL_FILES.reading, readingBytes);
    reading = checkCompatible(parseModelReading(value), modelJson).reading;
  } catch (error) {
    throw new Error(`${filePlace(source, MODEL_FILES.reading)}: ${(error as Error).message}`);
  }
  const weights = await openWeights(source, modelJson, options, jsonTotal);
  let vocabularyHashed = false;
  try {
    if (canHashSha256()) vocabularyHashed = await checkVocabularySha256(modelJson, reading);
  } catch (error) {
    throw new Error(`${source.where}: ${(error as Error).message}`);
  }
  const files = new Map([
    [MODEL_FILES.model as string, modelJsonBytes],
    [MODEL_FILES.reading as string, readingBytes],
    ...weights.manifest.paths.map((name, i) => [name, weights.weightFiles[i]] as const),
  ]);
  return { ...weights, files, reading, vocabularyHashed };
}

/** The whole folder: what `openModelFolder` reads and checks, and card.json (for commands, publishing and pages). */
export async function openWholeModelFolder(
  source: FolderSource,
  options: OpenOptions = {},
): Promise<OpenedModelFolder & { metadata: ModelMetadata }> {
  const [opened, cardBytes] = await Promise.all([
    openModelFolder(source, options),
    readRequired(source, MODEL_FILES.card),
  ]);
  const place = filePlace(source, MODEL_FILES.card);
  const card = parseModelCard(parseJson(source, MODEL_FILES.card, cardBytes), place);
  opened.files.set(MODEL_FILES.card, cardBytes);
  return { ...opened, metadata: joinMetadata(opened.reading, card, source.where) };
}

/**
 * A sequence (EEG) model's folder: model.json, its weights (checked as above) and its
 * metadata.json, which `parseMetadata` checks (lib/eeg/metadata.ts).
 */
export async function openSequenceModelFolder<Metadata>(
  source: FolderSource,
  parseMetadata: (value: unknown, where: string) => Metadata,
): Promise<OpenedWeights & { metadata: Metadata }> {
  const metadata = await openSequenceMetadata(source, parseMetadata);
  const modelJson = parseModelJson(source, await readRequired(source, MODEL_FILES.model));
  return { ...(await openWeights(source, modelJson, {})), metadata };
}

/** Only a sequence model's metadata.json, checked by `parseMetadata`: what the EEG pages quote. */
export async function openSequenceMetadata<Metadata>(
  source: FolderSource,
  parseMetadata: (value: unknown, where: string) => Metadata,
): Promise<Metadata> {
  const name = MODEL_FILES.sequenceMetadata;
  return parseMetadata(await readJson(source, name), filePlace(source, name));
}

function parseModelJson(source: FolderSource, bytes: Uint8Array): ModelJson {
  const value = parseJson(source, MODEL_FILES.model, bytes);
  let manifest: WeightsManifest;
  try {
    assertModelJson(value);
    manifest = parseWeightsManifest(value);
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
  return value;
}

/** Every weight byte accounted for, and hashing to what model.json records (asked once more past the cache if not). */
/** `jsonTotal`: the bytes of model.json and reading.json already read, so progress counts them. */
async function openWeights(
  source: FolderSource,
  modelJson: ModelJson,
  options: OpenOptions,
  jsonTotal = 0,
): Promise<OpenedWeights> {
  const manifest = parseWeightsManifest(modelJson);
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
    try {
      await checkWeightsSha256(manifest, weightData);
    } catch (error) {
      throw new Error(`${source.where}: ${(error as Error).message}`);
    }
  }
  return { modelJson, manifest, weightFiles, weightData };
}

async function readWeightFiles(
  source: FolderSource,
  manifest: WeightsManifest,
  how: { versioned: boolean; fresh: boolean },
  /** The bytes of model.json and reading.json, already read. */
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
