/**
 * Where the browser loads the model from: `/model/` (the files in `public/model/`)
 * unless the site was built with NEXT_PUBLIC_MODEL_URL, e.g. a Vercel Blob folder
 * `https://<store>.public.blob.vercel-storage.com/models/<version>/`. This variable is
 * the single switch; next.config.ts allows its origin in the Content-Security-Policy.
 */

export const MODEL_FILES = { model: "model.json", weights: "weights.bin", metadata: "metadata.json" } as const;

/** The folder holding model.json, weights.bin and metadata.json; always ends in "/". */
export function modelBaseUrl(): string {
  const url = process.env.NEXT_PUBLIC_MODEL_URL ?? "/model/";
  if (!url.endsWith("/")) throw new Error(`NEXT_PUBLIC_MODEL_URL must end with "/", got "${url}"`);
  return url;
}

export type ModelSource = { hosted: false } | { hosted: true; host: string; version: string };

/** "Embedded" when served by this site, else the host and the version folder named in the URL. */
export function modelSource(baseUrl: string = modelBaseUrl()): ModelSource {
  if (!/^https?:\/\//.test(baseUrl)) return { hosted: false };
  const url = new URL(baseUrl);
  const folders = url.pathname.split("/").filter(Boolean);
  return { hosted: true, host: url.host, version: folders.at(-1) ?? url.host };
}
