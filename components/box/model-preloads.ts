/**
 * The box's model files, preloaded from the home page's <head>: the browser starts fetching
 * them while it parses the HTML, before any script runs. The model worker fetches the same
 * URLs with `fetch` (lib/web-folder.ts) and finds them in the HTTP cache: the versioned
 * weights as they are (cached for good), model.json and reading.json after a revalidation
 * (they are served with max-age=0).
 *
 * The weights are preloaded at their versioned URL, which the worker uses wherever it can
 * hash (Web Crypto: https, or localhost); a page on plain http elsewhere fetches the plain
 * URL instead, and the preload is wasted there.
 */
import "server-only";
import { preload } from "react-dom";
import { folderFileUrl, modelBaseUrl } from "@/lib/model-hosting";
import { MODEL_FILES } from "@/lib/open-model-folder";
import { assertModelJson, parseWeightsManifest } from "@/lib/weights-manifest";
import { shippedModelFolder } from "../course/shipped-models";

/** The URLs the box fetches before its first verdict, in the order the worker asks for them. */
export async function boxModelUrls(): Promise<string[]> {
  const baseUrl = modelBaseUrl("default");
  const bytes = await shippedModelFolder("default").folder.read(MODEL_FILES.model);
  if (bytes === null) return []; // no model yet (a fresh clone): the box says so itself
  let weights: string[] = [];
  try {
    const modelJson: unknown = JSON.parse(new TextDecoder().decode(bytes));
    assertModelJson(modelJson);
    const manifest = parseWeightsManifest(modelJson);
    weights = manifest.paths.map((name) => folderFileUrl(baseUrl, name, manifest.sha256));
  } catch {
    // A broken model.json: the box's own reader reports it; preload what is certain.
  }
  return [folderFileUrl(baseUrl, MODEL_FILES.model), folderFileUrl(baseUrl, MODEL_FILES.reading), ...weights];
}

/** Emits `<link rel="preload" as="fetch">` for each of the box's model files (React hoists them into <head>). */
export function preloadBoxModel(urls: readonly string[]): void {
  for (const href of urls) preload(href, { as: "fetch", crossOrigin: "anonymous" });
}
