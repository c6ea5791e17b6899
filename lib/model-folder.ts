/**
 * The model folder: the one contract between training, publishing and the browser.
 *
 *   model.json             TensorFlow.js layers model: topology + weights manifest
 *   weights.bin            the weights, float32 or 8-bit (the manifest says which)
 *   metadata.json          everything needed to read a review as training did (lib/metadata.ts)
 *   test-predictions.bin   optional: every test review's probability (lib/test-predictions.ts)
 *
 * This module names the files, says where a folder is served from, parses the weights
 * manifest with exact byte accounting, and checks that metadata.json and model.json
 * describe the same network. Every reader opens a folder through lib/open-model-folder.ts,
 * which applies these checks to files from disk, the web or the Blob store.
 */
import type { ModelMetadata } from "./metadata";
import { LAYER_NAMES } from "./model-config";
import { sha256Hex } from "./sha256";
import { TEST_PREDICTIONS_FILE } from "./test-predictions";
import { TOKENIZER_VERSION } from "./tokenizer";
import { FIRST_WORD_INDEX, OOV_INDEX, PAD_INDEX, START_INDEX } from "./vocabulary";

export const MODEL_FILES = {
  model: "model.json",
  weights: "weights.bin",
  metadata: "metadata.json",
  testPredictions: TEST_PREDICTIONS_FILE,
} as const;

/** `tutorial`: the Keras tutorial exactly, explained by the course. `default`: the box's model. */
export const MODEL_NAMES = ["default", "tutorial"] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Where each model's folder lives under `public/` in this repository. */
export function modelFolder(name: ModelName): string {
  return `models/${name}`;
}

/**
 * The URL of a model folder, always ending in "/". The default model can be hosted
 * elsewhere (a Vercel Blob folder): NEXT_PUBLIC_MODEL_URL names it, and this is the
 * only place that reads it. The tutorial's model is always served by the site.
 */
export function modelBaseUrl(name: ModelName = "default"): string {
  const hosted = name === "default" ? process.env.NEXT_PUBLIC_MODEL_URL : undefined;
  const url = hosted || `/${modelFolder(name)}/`;
  if (!url.endsWith("/")) throw new Error(`NEXT_PUBLIC_MODEL_URL must end with "/", got "${url}"`);
  return url;
}

/** The origin the browser must be allowed to fetch from, or "" when the site serves the model. */
export function modelOrigin(baseUrl: string = modelBaseUrl()): string {
  return /^https?:\/\//.test(baseUrl) ? new URL(baseUrl).origin : "";
}

export type ModelSource = { hosted: false } | { hosted: true; host: string; version: string };

/** "Embedded" when served by this site, else the host and the version folder named in the URL. */
export function modelSource(baseUrl: string = modelBaseUrl()): ModelSource {
  if (!/^https?:\/\//.test(baseUrl)) return { hosted: false };
  const url = new URL(baseUrl);
  const folders = url.pathname.split("/").filter(Boolean);
  return { hosted: true, host: url.host, version: folders.at(-1) ?? url.host };
}

// ---------------------------------------------------------------------------------------
// model.json and its weights manifest

export type WeightDtype = "float32" | "int32";
export interface Quantization {
  dtype: "uint8" | "uint16" | "float16";
  scale?: number;
  min?: number;
}
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: WeightDtype;
  quantization?: Quantization;
}
export interface ModelJson {
  modelTopology: unknown;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
  /**
   * SHA-256 (64 hex digits) of the weight files' bytes, concatenated in manifest order:
   * it names the weights' content, so the browser may cache them for good (`weightUrls`).
   * Absent in folders saved before it was recorded. tfjs ignores the field.
   */
  weightsSha256?: string;
  /**
   * SHA-256 of metadata.json's vocabulary in index order (`vocabularySha256`): which word
   * each embedding row was trained for. Recorded at save time, checked before publishing.
   */
  vocabularySha256?: string;
}

/** One weight's place in the concatenated weight files. */
export interface WeightEntry extends WeightSpec {
  byteOffset: number;
  byteLength: number;
  /** Number of values: the product of the shape. */
  size: number;
}

export interface WeightsManifest {
  /** Weight files in the order their bytes are concatenated. */
  paths: string[];
  entries: WeightEntry[];
  /** The bytes the weight files must hold together. */
  totalBytes: number;
  /** Their SHA-256 as model.json records it, or null for a folder saved before it was recorded. */
  sha256: string | null;
}

const BYTES_PER_VALUE = { float32: 4, int32: 4, uint8: 1, uint16: 2, float16: 2 } as const;

/** Throws a readable error unless `value` is a layers-model model.json. */
export function assertModelJson(value: unknown): asserts value is ModelJson {
  const manifest = (value as Partial<ModelJson> | null)?.weightsManifest;
  if (
    !Array.isArray(manifest) ||
    !manifest.every((group) => Array.isArray(group?.paths) && Array.isArray(group?.weights))
  ) {
    throw new Error("model.json has no weightsManifest; is it a TensorFlow.js layers model?");
  }
}

/** Where every weight sits, and how many bytes the weight files must hold in all. */
export function parseWeightsManifest(modelJson: ModelJson): WeightsManifest {
  let offset = 0;
  const entries: WeightEntry[] = [];
  for (const spec of modelJson.weightsManifest.flatMap((group) => group.weights)) {
    if (!Array.isArray(spec.shape) || !spec.shape.every((n) => Number.isInteger(n) && n >= 0)) {
      throw new Error(`model.json: weight ${spec.name} has an invalid shape ${JSON.stringify(spec.shape)}`);
    }
    const storedAs = spec.quantization?.dtype ?? spec.dtype;
    const bytes = BYTES_PER_VALUE[storedAs as keyof typeof BYTES_PER_VALUE];
    if (bytes === undefined)
      throw new Error(`model.json: weight ${spec.name} is stored as ${storedAs}, which this reader does not support`);
    if (
      (storedAs === "uint8" || storedAs === "uint16") &&
      !(Number.isFinite(spec.quantization?.scale) && Number.isFinite(spec.quantization?.min))
    ) {
      throw new Error(`model.json: weight ${spec.name} is quantized to ${storedAs} without scale and min`);
    }
    const size = spec.shape.reduce((a, b) => a * b, 1);
    entries.push({ ...spec, byteOffset: offset, byteLength: size * bytes, size });
    offset += size * bytes;
  }
  const sha256 = modelJson.weightsSha256 ?? null;
  if (sha256 !== null && !/^[0-9a-f]{64}$/.test(sha256))
    throw new Error(`model.json: weightsSha256 must be a SHA-256 in 64 lowercase hex digits, got "${sha256}"`);
  return { paths: modelJson.weightsManifest.flatMap((group) => group.paths), entries, totalBytes: offset, sha256 };
}

// ---------------------------------------------------------------------------------------
// The weights' content hash: versioned URLs the browser may keep for good

/** The query parameter naming the weights' content; next.config.ts caches such URLs for a year. */
export const WEIGHTS_VERSION_PARAM = "v";

/** Hex digits of the SHA-256 in a weights URL: 64 bits, as many as the published versions' names. */
const VERSION_DIGITS = 16;

/**
 * The fingerprint of a vocabulary: SHA-256 of its words in index order, one
 * "index<TAB>word" line each. The recorded samples read only their own few words; this
 * tells any change of a word or an index, in a vocabulary of any size.
 */
export async function vocabularySha256(vocabulary: Record<string, number>): Promise<string> {
  const lines = Object.entries(vocabulary)
    .sort(([wordA, a], [wordB, b]) => a - b || (wordA < wordB ? -1 : 1))
    .map(([word, index]) => `${index}\t${word}\n`)
    .join("");
  const bytes = new TextEncoder().encode(lines);
  return sha256Hex(bytes);
}

/**
 * Throws unless metadata.json's vocabulary has the fingerprint model.json records;
 * resolves false for a folder saved before it was recorded, true when it matches.
 */
export async function checkVocabularySha256(modelJson: ModelJson, metadata: ModelMetadata): Promise<boolean> {
  const recorded = modelJson.vocabularySha256;
  if (recorded === undefined) return false;
  const actual = await vocabularySha256(metadata.vocabulary);
  if (actual !== recorded) {
    throw new Error(
      `metadata.json's vocabulary has SHA-256 ${actual}, but model.json records ${recorded}: the vocabulary (its words or their indices) is not the one this model was trained with. Copy the model folder again, all its files together, or train it again.`,
    );
  }
  return true;
}

/**
 * The URL of one file of the folder at `baseUrl`. Given the weights' SHA-256 (which model.json
 * records), a weight file's URL carries its first 16 hex digits (`weights.bin?v=…`): new weights
 * get new URLs, so these may be cached for good while model.json, which names them, is always
 * revalidated. Without a hash, the plain URL.
 */
export function folderFileUrl(baseUrl: string, name: string, sha256?: string | null): string {
  return sha256 ? `${baseUrl}${name}?${WEIGHTS_VERSION_PARAM}=${sha256.slice(0, VERSION_DIGITS)}` : `${baseUrl}${name}`;
}

/**
 * Throws unless the weight bytes are as many as the manifest describes and hash to the
 * SHA-256 model.json records; a folder that records no hash passes on its byte count.
 */
export async function checkWeightsSha256(manifest: WeightsManifest, weightData: ArrayBuffer): Promise<void> {
  checkByteCount(manifest, weightData);
  if (manifest.sha256 === null) return;
  const actual = await sha256Hex(weightData);
  if (actual !== manifest.sha256) {
    throw new Error(
      `the weights have SHA-256 ${actual}, but model.json records ${manifest.sha256}: the weights and model.json come from different saves. Copy the model folder again, all its files together, or save it again.`,
    );
  }
}

/**
 * Every weight as float32 values, dequantized where the manifest says it is stored in
 * 8 or 16 bits (value = q × scale + min, as tf.io.decodeWeights does).
 * Throws when the weight data is shorter or longer than the manifest describes.
 */
export function readWeights(
  manifest: WeightsManifest,
  weightData: ArrayBuffer,
): Map<string, { shape: number[]; values: Float32Array }> {
  checkByteCount(manifest, weightData);
  const weights = new Map<string, { shape: number[]; values: Float32Array }>();
  for (const entry of manifest.entries) {
    weights.set(entry.name, { shape: entry.shape, values: decodeValues(entry, weightData) });
  }
  return weights;
}

function checkByteCount(manifest: WeightsManifest, weightData: ArrayBuffer): void {
  if (weightData.byteLength !== manifest.totalBytes) {
    const hint = weightData.byteLength < manifest.totalBytes ? "; it may be truncated" : "";
    throw new Error(
      `the weights file has ${weightData.byteLength} bytes but model.json describes ${manifest.totalBytes}${hint}`,
    );
  }
}

function decodeValues(entry: WeightEntry, weightData: ArrayBuffer): Float32Array {
  const { quantization, byteOffset, size } = entry;
  if (!quantization) {
    if (entry.dtype !== "float32")
      throw new Error(`weight ${entry.name} has dtype ${entry.dtype}; only float32 weights are supported`);
    return new Float32Array(weightData.slice(byteOffset, byteOffset + size * 4));
  }
  const values = new Float32Array(size);
  if (quantization.dtype === "float16") {
    const view = new DataView(weightData, byteOffset, size * 2);
    for (let i = 0; i < size; i++) values[i] = float16ToNumber(view.getUint16(i * 2, true));
    return values;
  }
  const stored =
    quantization.dtype === "uint8"
      ? new Uint8Array(weightData, byteOffset, size)
      : new Uint16Array(weightData.slice(byteOffset, byteOffset + size * 2));
  const scale = quantization.scale!;
  const min = quantization.min!;
  for (let i = 0; i < size; i++) values[i] = stored[i] * scale + min;
  return values;
}

function float16ToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/**
 * Affine 8-bit quantization of float32 weights, per weight tensor, in the form tfjs's
 * manifest reads (`quantization: { dtype: "uint8", scale, min }`), so `tf.loadLayersModel`
 * still loads the folder. Returns the new manifest group and weight bytes.
 */
export function quantizeWeights(
  entries: readonly { name: string; shape: number[]; values: Float32Array }[],
  path: string,
): { group: ModelJson["weightsManifest"][number]; data: Uint8Array } {
  const total = entries.reduce((sum, entry) => sum + entry.values.length, 0);
  const data = new Uint8Array(total);
  const weights: WeightSpec[] = [];
  let offset = 0;
  for (const { name, shape, values } of entries) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (values.length === 0) min = max = 0;
    const scale = max > min ? (max - min) / 255 : 1;
    for (let i = 0; i < values.length; i++) data[offset + i] = Math.round((values[i] - min) / scale);
    weights.push({ name, shape, dtype: "float32", quantization: { dtype: "uint8", scale, min } });
    offset += values.length;
  }
  return { group: { paths: [path], weights }, data };
}

// ---------------------------------------------------------------------------------------
// metadata.json against model.json

/** The Keras-style layer configs this project writes, as far as the check needs them. */
interface LayerJson {
  class_name: string;
  config: {
    name?: string;
    input_dim?: number;
    output_dim?: number;
    input_length?: number | number[] | null;
    mask_zero?: boolean | null;
    batch_input_shape?: (number | null)[];
    units?: number;
    recurrent_activation?: string;
    activation?: string;
  };
}

function topologyLayers(modelJson: ModelJson): LayerJson[] {
  const topology = modelJson.modelTopology as { config?: { layers?: LayerJson[] } | LayerJson[] } | null;
  const config = topology?.config;
  const layers = Array.isArray(config) ? config : config?.layers;
  if (!Array.isArray(layers)) throw new Error("model.json has no layer list in modelTopology");
  return layers;
}

/**
 * Refuses a metadata.json / model.json pair that the browser would read wrongly: a
 * different tokenizer, reserved indices other than Keras's, a vocabulary that does not fit
 * the embedding, or layer sizes, names and weight shapes that disagree. Each mismatch is
 * named in the message. `metadata` has passed the schema (lib/metadata.ts) already.
 */
export function checkCompatible(
  metadata: ModelMetadata,
  modelJson: unknown,
): { metadata: ModelMetadata; modelJson: ModelJson } {
  assertModelJson(modelJson);
  const problems: string[] = [];
  const { model, preprocessing } = metadata;
  if (preprocessing.tokenizerVersion !== TOKENIZER_VERSION) {
    problems.push(
      `tokenizer version ${preprocessing.tokenizerVersion}, but this code tokenizes with version ${TOKENIZER_VERSION}`,
    );
  }
  const reserved = {
    padIndex: PAD_INDEX,
    startIndex: START_INDEX,
    oovIndex: OOV_INDEX,
    firstWordIndex: FIRST_WORD_INDEX,
  } as const;
  for (const [key, expected] of Object.entries(reserved)) {
    const actual = preprocessing[key as keyof typeof reserved];
    if (actual !== expected)
      problems.push(`preprocessing.${key} is ${actual}, this code uses ${expected} (Keras's index_from=3)`);
  }
  const vocabularySize = Object.keys(metadata.vocabulary).length;
  if (vocabularySize === 0) problems.push("the vocabulary is empty");
  if (vocabularySize > model.numWords - FIRST_WORD_INDEX)
    problems.push(`the vocabulary has ${vocabularySize} words, more than numWords ${model.numWords} allows`);
  for (const [word, index] of Object.entries(metadata.vocabulary)) {
    if (!Number.isInteger(index) || index < FIRST_WORD_INDEX || index >= model.numWords) {
      problems.push(`vocabulary word "${word}" has index ${index}, outside [${FIRST_WORD_INDEX}, ${model.numWords})`);
      break;
    }
  }

  let layers: LayerJson[] = [];
  try {
    layers = topologyLayers(modelJson);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const layer = (className: string, name: string) => {
    const found = layers.find((l) => l.class_name === className);
    if (!found) problems.push(`model.json has no ${className} layer`);
    else if (found.config.name !== name)
      problems.push(`model.json's ${className} layer is named "${found.config.name}", expected "${name}"`);
    return found?.config;
  };
  const embedding = layer("Embedding", LAYER_NAMES.embedding);
  const lstm = layer("LSTM", LAYER_NAMES.lstm);
  layer("Dense", LAYER_NAMES.output);
  if (embedding) {
    if (embedding.input_dim !== model.numWords)
      problems.push(`metadata numWords ${model.numWords}, but the embedding has input_dim ${embedding.input_dim}`);
    if (embedding.output_dim !== model.embeddingDim)
      problems.push(
        `metadata embeddingDim ${model.embeddingDim}, but the embedding has output_dim ${embedding.output_dim}`,
      );
    const inputLength = Array.isArray(embedding.input_length)
      ? embedding.input_length[0]
      : (embedding.input_length ?? embedding.batch_input_shape?.[1]);
    if (inputLength != null && inputLength !== model.maxLen)
      problems.push(`metadata maxLen ${model.maxLen}, but model.json's input length is ${inputLength}`);
    if (Boolean(embedding.mask_zero) !== Boolean(model.maskZero))
      problems.push(
        `metadata maskZero ${Boolean(model.maskZero)}, but the embedding has mask_zero ${Boolean(embedding.mask_zero)}`,
      );
  }
  if (lstm) {
    if (lstm.units !== model.lstmUnits)
      problems.push(`metadata lstmUnits ${model.lstmUnits}, but the LSTM has ${lstm.units} units`);
    if (lstm.recurrent_activation !== "sigmoid")
      problems.push(
        `the LSTM uses recurrent_activation "${lstm.recurrent_activation}"; the browser's LSTM computes sigmoid gates`,
      );
  }

  const expectedShapes: Record<string, number[]> = {
    [`${LAYER_NAMES.embedding}/embeddings`]: [model.numWords, model.embeddingDim],
    [`${LAYER_NAMES.lstm}/kernel`]: [model.embeddingDim, 4 * model.lstmUnits],
    [`${LAYER_NAMES.lstm}/recurrent_kernel`]: [model.lstmUnits, 4 * model.lstmUnits],
    [`${LAYER_NAMES.lstm}/bias`]: [4 * model.lstmUnits],
    [`${LAYER_NAMES.output}/kernel`]: [model.lstmUnits, 1],
    [`${LAYER_NAMES.output}/bias`]: [1],
  };
  try {
    const entries = parseWeightsManifest(modelJson).entries;
    for (const [name, shape] of Object.entries(expectedShapes)) {
      const entry = entries.find((e) => e.name === name);
      if (!entry) problems.push(`model.json has no weight "${name}"`);
      else if (entry.shape.join() !== shape.join())
        problems.push(`weight ${name} has shape [${entry.shape}], metadata implies [${shape}]`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new Error(`metadata.json and model.json do not match: ${problems.join("; ")}`);
  return { metadata, modelJson };
}
