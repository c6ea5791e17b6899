/**
 * A model folder on the web (the site's `/models/<name>/`, or a published copy on Vercel
 * Blob), as a `FolderSource` for lib/open-model-folder.ts: fetch with readable errors, weight
 * files from their versioned URLs (`weights.bin?v=…`, cacheable for good), bytes reported as
 * they arrive. Bodies the page already fetched (`prefetched`, by URL) are used once instead
 * of asking again.
 */
import { folderFileUrl } from "./model-hosting";
import { concatenate, type FolderSource, type ReadOptions } from "./open-model-folder";

/**
 * @param baseUrl the folder's URL, ending in "/"
 * @param prefetched bodies already fetched for some of the folder's URLs (exactly as
 *   `folderFileUrl` writes them); each is used at most once, and never for a `fresh` read
 */
export function webFolder(baseUrl: string, prefetched: ReadonlyMap<string, ArrayBuffer> = new Map()): FolderSource {
  const unused = new Map(prefetched);
  return {
    where: baseUrl,
    async read(name: string, options: ReadOptions = {}): Promise<Uint8Array | null> {
      const url = folderFileUrl(baseUrl, name, options.sha256);
      const body = options.fresh ? undefined : unused.get(url);
      if (body !== undefined) {
        unused.delete(url);
        options.onBytes?.(body.byteLength);
        return new Uint8Array(body);
      }
      let response: Response;
      try {
        response = await fetch(url, { cache: options.fresh ? "reload" : "default" });
      } catch {
        throw new Error(`could not reach ${url} (offline, or blocked by the network)`);
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
      return readBody(response, options.onBytes);
    },
  };
}

/** The response's bytes, reporting the count as they arrive. */
async function readBody(response: Response, onBytes?: (loadedBytes: number) => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    parts.push(part.value);
    loaded += part.value.byteLength;
    onBytes?.(loaded);
  }
  return new Uint8Array(concatenate(parts));
}
