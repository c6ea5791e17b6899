/**
 * A shipped model's Predictor, built on the server while the site is built, so a page can
 * quote what the model really says about an example (and a browser test can check it).
 * Reads public/models/<name>/, or fetches the folder when the model is hosted.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cache } from "react";
import {
  checkCompatible,
  checkWeightsSha256,
  MODEL_FILES,
  type ModelName,
  modelBaseUrl,
  parseWeightsManifest,
} from "@/lib/model-folder";
import { networkWeightsFromFiles } from "@/lib/network-weights";
import { Predictor } from "@/lib/predictor";
import { type OrderReading, orderReading } from "./order-example";

async function readBytes(baseUrl: string, path: string): Promise<Uint8Array> {
  if (/^https?:\/\//.test(baseUrl)) {
    const response = await fetch(baseUrl + path);
    if (!response.ok) throw new Error(`${baseUrl}${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  return readFile(join(process.cwd(), "public", baseUrl, path));
}

/** null when the model folder is absent (a fresh clone before `npm run train`). */
export const readPredictor = cache(async (name: ModelName): Promise<Predictor | null> => {
  const baseUrl = modelBaseUrl(name);
  const json = async (path: string) => JSON.parse(new TextDecoder().decode(await readBytes(baseUrl, path)));
  let modelJsonValue: unknown;
  try {
    modelJsonValue = await json(MODEL_FILES.model);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const { metadata, modelJson } = checkCompatible(await json(MODEL_FILES.metadata), modelJsonValue);
  const manifest = parseWeightsManifest(modelJson);
  const parts = await Promise.all(manifest.paths.map((path) => readBytes(baseUrl, path)));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (bytes.set(part, offset), offset + part.length), 0);
  await checkWeightsSha256(manifest, bytes.buffer);
  return new Predictor(networkWeightsFromFiles(modelJson, bytes.buffer), metadata);
});

/** The order example under one shipped model; null when its folder is absent. */
export async function readOrder(model: ModelName): Promise<OrderReading | null> {
  const predictor = await readPredictor(model);
  return predictor && orderReading(model, predictor);
}
