/**
 * A trained model's metadata.json, read on the server when a page is built, so the
 * numbers the pages quote are the model's own. Reads `public/models/<name>/`, or
 * fetches it when the model is hosted (a published default model, lib/model-folder.ts),
 * through the schema every reader uses (lib/open-model-folder.ts).
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cache } from "react";
import { diskFolder } from "@/lib/disk-folder";
import { assertSequenceMetadata, type SequenceMetadata } from "@/lib/eeg/metadata";
import type { ModelMetadata } from "@/lib/metadata";
import { MODEL_FILES, type ModelName, modelBaseUrl } from "@/lib/model-folder";
import { type FolderSource, openModelMetadata } from "@/lib/open-model-folder";
import { webFolder } from "@/lib/web-folder";

/**
 * Where the site's model `name` is read from while building: `public/models/<name>/`, or the
 * published folder NEXT_PUBLIC_MODEL_URL names (`hosted`).
 */
export function shippedModelFolder(name: ModelName): { folder: FolderSource; hosted: boolean } {
  const baseUrl = modelBaseUrl(name);
  const hosted = /^https?:\/\//.test(baseUrl);
  return { folder: hosted ? webFolder(baseUrl) : diskFolder(join(process.cwd(), "public", baseUrl)), hosted };
}

let warned = false;
function warnOnce(message: string): void {
  if (!warned) console.warn(message);
  warned = true;
}

/**
 * The course explains the tutorial's model, so that is the default; the box's model is "default".
 * null when there is no model yet, as in a fresh clone before `npm run train`.
 */
export const readModelMetadata = cache(async (name: ModelName = "tutorial"): Promise<ModelMetadata | null> => {
  const { folder, hosted } = shippedModelFolder(name);
  // A published model must be reachable while building; a silent gap would hide that.
  if (hosted) return openModelMetadata(folder);
  if ((await folder.read(MODEL_FILES.metadata)) === null) {
    warnOnce(
      `learn pages: ${join(folder.where, MODEL_FILES.metadata)} not found; pages show how to train a model instead of its numbers`,
    );
    return null;
  }
  return openModelMetadata(folder);
});

/**
 * A sequence model's metadata.json under public/: the EEG demo model (`eeg-model`, the
 * default) or a committed run on real recordings; null when the folder is absent.
 */
export const readSequenceMetadata = cache(async (folder = "eeg-model"): Promise<SequenceMetadata | null> => {
  const path = join(process.cwd(), "public", folder, "metadata.json");
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return null;
  }
  assertSequenceMetadata(value);
  return value;
});
