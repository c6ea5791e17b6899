/**
 * The models the site ships (public/models/<name>/), read by the browser tests the way the
 * site reads them: metadata.json through the schema, the whole folder through the one opener
 * (lib/open-model-folder.ts). A missing or malformed model fails the test that needs it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ModelMetadata, parseModelMetadata } from "../lib/metadata";
import { MODEL_FILES, type ModelName, modelFolder } from "../lib/model-folder";
import { type NetworkWeights, networkWeightsFromFiles } from "../lib/network-weights";
import { openModelFolder } from "../lib/open-model-folder";
import { Predictor } from "../lib/predictor";
import { diskFolder } from "../lib/disk-folder";

/** The shipped model's folder, relative to the repository. */
export const shippedFolder = (name: ModelName) => join("public", modelFolder(name));

/** Its metadata.json, checked against the schema. */
export function shippedMetadata(name: ModelName): ModelMetadata {
  const path = join(shippedFolder(name), MODEL_FILES.metadata);
  return parseModelMetadata(JSON.parse(readFileSync(path, "utf8")), path);
}

/** The whole model, opened and checked as the browser does, with the Predictor the site runs. */
export async function shippedModel(
  name: ModelName,
): Promise<{ metadata: ModelMetadata; weights: NetworkWeights; predictor: Predictor }> {
  const { metadata, modelJson, weightData } = await openModelFolder(diskFolder(shippedFolder(name)));
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
