/**
 * A shipped model's Predictor, built on the server while the site is built, so a page can
 * quote what the model really says about an example (and a browser test can check it).
 * Reads public/models/<name>/, or fetches the folder when the model is hosted, through the
 * one model-folder opener (lib/open-model-folder.ts).
 */
import "server-only";
import { cache } from "react";
import { MODEL_FILES, MODEL_NAMES, type ModelName } from "@/lib/model-folder";
import { networkWeightsFromFiles } from "@/lib/network-weights";
import { openModelFolder } from "@/lib/open-model-folder";
import { Predictor } from "@/lib/predictor";
import { shippedModelFolder } from "./model-metadata";
import { type OrderReading, orderReading } from "./order-example";

/** null when the model folder is absent (a fresh clone before `npm run train`). */
export const readPredictor = cache(async (name: ModelName): Promise<Predictor | null> => {
  const { folder, hosted } = shippedModelFolder(name);
  if (!hosted && (await folder.read(MODEL_FILES.model)) === null) return null;
  const { metadata, modelJson, weightData } = await openModelFolder(folder);
  return new Predictor(networkWeightsFromFiles(modelJson, weightData), metadata);
});

/** The order example under one shipped model; null when its folder is absent. */
export async function readOrder(model: ModelName): Promise<OrderReading | null> {
  const predictor = await readPredictor(model);
  return predictor && orderReading(model, predictor);
}

/** A reading of every shipped model present in this build, keyed by model name. */
export async function readEachModel<R>(
  read: (model: ModelName, predictor: Predictor) => R,
): Promise<Partial<Record<ModelName, R>>> {
  const entries = await Promise.all(
    MODEL_NAMES.map(async (name) => {
      const predictor = await readPredictor(name);
      return predictor ? ([[name, read(name, predictor)]] as const) : [];
    }),
  );
  return Object.fromEntries(entries.flat()) as Partial<Record<ModelName, R>>;
}
