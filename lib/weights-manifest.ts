/**
 * model.json's weights manifest: which weight sits where in the weight files, in which dtype,
 * and the SHA-256 model.json records for their bytes. Parsed with exact byte accounting, and
 * decoded (8- and 16-bit weights dequantized) into float32 values for the browser's Predictor.
 */
import type { io } from "@tensorflow/tfjs";
import { sha256Hex } from "./sha256";

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
   * it names the weights' content, so the browser may cache them for good (`folderFileUrl`, lib/model-hosting.ts).
   * Absent in folders saved before it was recorded. tfjs ignores the field.
   */
  weightsSha256?: string;
  /**
   * SHA-256 of reading.json's vocabulary in index order (`vocabularySha256`): which word
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
 * model.json and its weight bytes as tfjs's model artifacts, for `tf.io.fromMemory`: a tfjs
 * model built from bytes the opener (lib/open-model-folder.ts) has read and checked.
 */
export function modelArtifactsOf(modelJson: ModelJson, weightData: ArrayBuffer): io.ModelArtifacts {
  return {
    modelTopology: modelJson.modelTopology as io.ModelArtifacts["modelTopology"],
    weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights) as io.WeightsManifestEntry[],
    weightData,
    format: modelJson.format,
    generatedBy: modelJson.generatedBy,
    convertedBy: modelJson.convertedBy,
  };
}
