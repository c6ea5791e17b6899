/**
 * The browser's model: a model folder at a URL, opened and checked by
 * lib/open-model-folder.ts (model.json, reading.json and the weights; never card.json),
 * as the plain-arithmetic Predictor (no TensorFlow.js needed).
 * The box's model worker, the learn pages and the benchmark page use it.
 */
import type { ModelReading } from "./metadata";
import { networkWeightsFromFiles } from "./network-weights";
import { openModelFolder } from "./open-model-folder";
import { Predictor } from "./predictor";
import { type Prefetched, webFolder } from "./web-folder";

export interface DownloadProgress {
  loadedBytes: number;
  /** model.json, metadata.json and the weights' size (model.json's manifest); null before model.json is read. */
  totalBytes: number | null;
}

/**
 * @param baseUrl the model folder, ending in "/"
 * @param onProgress called as the folder's files arrive
 * @param prefetched the folder's files the page already fetched, by URL (lib/web-folder.ts)
 */
export async function loadPredictor(
  baseUrl: string,
  onProgress: (progress: DownloadProgress) => void = () => {},
  prefetched?: ReadonlyMap<string, Prefetched>,
): Promise<{ predictor: Predictor; reading: ModelReading }> {
  const { reading, modelJson, weightData } = await openModelFolder(webFolder(baseUrl, prefetched), { onProgress });
  return { predictor: new Predictor(networkWeightsFromFiles(modelJson, weightData), reading), reading };
}
