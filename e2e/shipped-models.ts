/**
 * The models the site ships (public/models/<name>/), read by the browser tests the way the
 * site reads them: through the one opener (lib/open-model-folder.ts), reading.json and
 * card.json through their schemas. A missing or malformed model fails the test that needs it.
 */
import { join } from "node:path";
import { diskFolder } from "../lib/disk-folder";
import type { ModelMetadata } from "../lib/metadata";
import { MODEL_NAMES, type ModelName, modelFolder } from "../lib/model-hosting";
import { type NetworkWeights, networkWeightsFromFiles } from "../lib/network-weights";
import { openModelMetadata, openWholeModelFolder } from "../lib/open-model-folder";
import { Predictor } from "../lib/predictor";

/** The shipped model's folder, relative to the repository. */
export const shippedFolder = (name: ModelName) => join("public", modelFolder(name));

// Opened once, when a spec imports this module; an error is kept for the test that asks.
const opened = new Map(
  await Promise.all(
    MODEL_NAMES.map(async (name) => {
      const result = await openModelMetadata(diskFolder(shippedFolder(name))).then(
        (metadata) => ({ metadata }),
        (error: Error) => ({ error }),
      );
      return [name, result] as const;
    }),
  ),
);

/** Its reading.json and card.json, checked against their schemas. */
export function shippedMetadata(name: ModelName): ModelMetadata {
  const result = opened.get(name)!;
  if ("error" in result) throw result.error;
  return result.metadata;
}

/** The whole model, opened and checked as the browser does, with the Predictor the site runs. */
export async function shippedModel(
  name: ModelName,
): Promise<{ metadata: ModelMetadata; weights: NetworkWeights; predictor: Predictor }> {
  const { metadata, modelJson, weightData } = await openWholeModelFolder(diskFolder(shippedFolder(name)));
  const weights = networkWeightsFromFiles(modelJson, weightData);
  return { metadata, weights, predictor: new Predictor(weights, metadata) };
}

/**
 * A field the page under test shows, which the shipped metadata must therefore record: the
 * test fails here, naming the field and the command that records it, instead of skipping
 * the check when the field is absent.
 */
export function required<T>(value: T | null | undefined, field: string): T {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
    throw new Error(`the shipped metadata lacks ${field}, which the page shows`);
  return value;
}
