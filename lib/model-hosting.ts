/**
 * Where the site's models are served: their names, the folder of each under `public/`, the
 * URL the browser fetches a folder from (the site, or a published copy NEXT_PUBLIC_MODEL_URL
 * names), and the versioned URL of a weight file, which may be cached for good.
 */

/** `tutorial`: the Keras tutorial exactly, explained by the course. `default`: the box's model. */
export const MODEL_NAMES = ["default", "tutorial"] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Where each model's folder lives under `public/` in this repository. */
export function modelFolder(name: ModelName): string {
  return `models/${name}`;
}

/**
 * The URL of a model folder, always ending in "/". The default model can be hosted
 * elsewhere (a Vercel Blob folder): NEXT_PUBLIC_MODEL_URL names it, and this is the
 * only place that reads it. The tutorial's model is always served by the site.
 */
export function modelBaseUrl(name: ModelName = "default"): string {
  const hosted = name === "default" ? process.env.NEXT_PUBLIC_MODEL_URL : undefined;
  const url = hosted || `/${modelFolder(name)}/`;
  if (!url.endsWith("/")) throw new Error(`NEXT_PUBLIC_MODEL_URL must end with "/", got "${url}"`);
  return url;
}

/** The origin the browser must be allowed to fetch from, or "" when the site serves the model. */
export function modelOrigin(baseUrl: string = modelBaseUrl()): string {
  return /^https?:\/\//.test(baseUrl) ? new URL(baseUrl).origin : "";
}

export type ModelSource = { hosted: false } | { hosted: true; host: string; version: string };

/** "Embedded" when served by this site, else the host and the version folder named in the URL. */
export function modelSource(baseUrl: string = modelBaseUrl()): ModelSource {
  if (!/^https?:\/\//.test(baseUrl)) return { hosted: false };
  const url = new URL(baseUrl);
  const folders = url.pathname.split("/").filter(Boolean);
  return { hosted: true, host: url.host, version: folders.at(-1) ?? url.host };
}

/** The query parameter naming the weights' content; next.config.ts caches such URLs for a year. */
export const WEIGHTS_VERSION_PARAM = "v";

/** Hex digits of the SHA-256 in a weights URL: 64 bits, as many as the published versions' names. */
const VERSION_DIGITS = 16;

/**
 * The URL of one file of the folder at `baseUrl`. Given the weights' SHA-256 (which model.json
 * records), a weight file's URL carries its first 16 hex digits (`weights.bin?v=…`): new weights
 * get new URLs, so these may be cached for good while model.json, which names them, is always
 * revalidated. Without a hash, the plain URL.
 */
export function folderFileUrl(baseUrl: string, name: string, sha256?: string | null): string {
  return sha256 ? `${baseUrl}${name}?${WEIGHTS_VERSION_PARAM}=${sha256.slice(0, VERSION_DIGITS)}` : `${baseUrl}${name}`;
}
