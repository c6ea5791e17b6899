/**
 * The trained model's metadata.json, read on the server when a page is built, so the
 * numbers the pages quote are the model's own. Reads `public/model/` (or the folder
 * NEXT_PUBLIC_MODEL_URL names under public/), or fetches it when that URL is a
 * hosted folder (a published model).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cache } from "react";
import { assertSequenceMetadata, type SequenceMetadata } from "@/lib/sequence-metadata";
import { assertModelMetadata, type ModelMetadata } from "@/lib/metadata";

const MODEL_URL = process.env.NEXT_PUBLIC_MODEL_URL ?? "/model/";

let warned = false;
function warnOnce(message: string): void {
  if (!warned) console.warn(message);
  warned = true;
}

/** null when there is no model yet, as in a fresh clone before `npm run train`. */
export const readModelMetadata = cache(async (): Promise<ModelMetadata | null> => {
  let value: unknown;
  if (/^https?:\/\//.test(MODEL_URL)) {
    // A published model must be reachable while building; a silent gap would hide that.
    const response = await fetch(`${MODEL_URL}metadata.json`);
    if (!response.ok) throw new Error(`${MODEL_URL}metadata.json: HTTP ${response.status}`);
    value = await response.json();
  } else {
    const path = join(process.cwd(), "public", MODEL_URL, "metadata.json");
    try {
      value = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      warnOnce(`learn pages: ${path} not found; pages show how to train a model instead of its numbers`);
      return null;
    }
  }
  assertModelMetadata(value);
  return value;
});

/** The EEG demo model's metadata.json (public/eeg-model/, shipped with the site), or null without it. */
export const readSequenceMetadata = cache(async (): Promise<SequenceMetadata | null> => {
  const path = join(process.cwd(), "public", "eeg-model", "metadata.json");
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
