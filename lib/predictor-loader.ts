/**
 * Downloads a model folder (model.json, weights.bin, metadata.json), checks it with
 * the model-folder contract, and builds the plain-arithmetic Predictor: no
 * TensorFlow.js needed. The browser's model worker, the learn pages and the benchmark
 * page use it.
 */
import type { ModelMetadata } from "./metadata";
import {
  checkCompatible,
  checkWeightsSha256,
  MODEL_FILES,
  parseWeightsManifest,
  type WeightsManifest,
  weightsSha256,
  weightUrls,
} from "./model-folder";
import { networkWeightsFromFiles } from "./network-weights";
import { Predictor } from "./predictor";

export interface DownloadProgress {
  loadedBytes: number;
  /** null while unknown, e.g. when the server sends no Content-Length or compresses. */
  totalBytes: number | null;
}

/**
 * @param baseUrl the model folder, ending in "/"
 * @param onProgress called as the weight files arrive
 */
export async function loadPredictor(
  baseUrl: string,
  onProgress: (progress: DownloadProgress) => void = () => {},
): Promise<{ predictor: Predictor; metadata: ModelMetadata }> {
  const [modelJsonValue, metadataValue] = await Promise.all([
    fetchJson(baseUrl + MODEL_FILES.model),
    fetchJson(baseUrl + MODEL_FILES.metadata),
  ]);
  const { metadata, modelJson } = checkCompatible(metadataValue, modelJsonValue);
  const weightData = await fetchWeights(baseUrl, parseWeightsManifest(modelJson), onProgress);
  return { predictor: new Predictor(networkWeightsFromFiles(modelJson, weightData), metadata), metadata };
}

/**
 * The weights, from their versioned URLs when the browser can check their hash (Web
 * Crypto needs https or localhost; elsewhere the plain, revalidated URLs are used). If
 * the bytes do not match, they are asked of the server once more past the browser's
 * cache: a file replaced while a visit was loading can leave other bytes cached under a
 * versioned URL.
 */
async function fetchWeights(
  baseUrl: string,
  manifest: WeightsManifest,
  onProgress: (progress: DownloadProgress) => void,
): Promise<ArrayBuffer> {
  const checkable = manifest.sha256 !== null && globalThis.crypto?.subtle !== undefined;
  const urls = weightUrls(baseUrl, manifest, checkable);
  const weightData = await fetchBytes(urls, onProgress, "default");
  if (!checkable || (await weightsSha256(weightData)) === manifest.sha256) return weightData;
  const fresh = await fetchBytes(urls, onProgress, "reload");
  await checkWeightsSha256(manifest, fresh);
  return fresh;
}

async function fetchOk(url: string, cache: RequestCache = "default"): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { cache });
  } catch {
    throw new Error(`could not reach ${url} (offline, or blocked by the network)`);
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return response;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetchOk(url);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url} is not valid JSON`);
  }
}

/** Downloads every file and concatenates them, reporting bytes as they arrive. */
async function fetchBytes(
  urls: string[],
  onProgress: (progress: DownloadProgress) => void,
  cache: RequestCache,
): Promise<ArrayBuffer> {
  const responses = await Promise.all(urls.map((url) => fetchOk(url, cache)));
  const lengths = responses.map((response) => Number(response.headers.get("Content-Length")));
  const announced = lengths.every((length) => length > 0) ? lengths.reduce((a, b) => a + b, 0) : null;
  let loadedBytes = 0;
  const report = () =>
    onProgress({ loadedBytes, totalBytes: announced !== null && loadedBytes <= announced ? announced : null });
  report();
  const chunks = (
    await Promise.all(
      responses.map(async (response) => {
        const parts: Uint8Array[] = [];
        const reader = response.body!.getReader();
        for (let part = await reader.read(); !part.done; part = await reader.read()) {
          parts.push(part.value);
          loadedBytes += part.value.byteLength;
          report();
        }
        return parts;
      }),
    )
  ).flat();
  const weightData = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    weightData.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return weightData.buffer;
}
