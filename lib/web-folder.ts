/**
 * A model folder on the web (the site's `/models/<name>/`, or a published copy on Vercel
 * Blob), as a `FolderSource` for lib/open-model-folder.ts: fetch with readable errors, weight
 * files from their versioned URLs (`weights.bin?v=…`, cacheable for good), bytes reported as
 * they arrive. Bodies the page is fetching (`prefetched`, by URL: a response's body handed over
 * as a stream) are used once instead of asking again.
 */
import { folderFileUrl } from "./model-hosting";
import { concatenate, type FolderSource, type ReadOptions } from "./open-model-folder";

/** A body the page is fetching for one of the folder's URLs: the response's stream, read here. */
export type PrefetchedBody = ReadableStream<Uint8Array>;

/** A prefetched body, or the promise of one still on its way (null: it will not come, fetch the URL). */
export type Prefetched = PrefetchedBody | Promise<PrefetchedBody | null>;

/**
 * @param baseUrl the folder's URL, ending in "/"
 * @param prefetched bodies already fetched, or on their way, for some of the folder's URLs
 *   (exactly as `folderFileUrl` writes them); each is used at most once, and never for a `fresh` read
 */
export function webFolder(baseUrl: string, prefetched: ReadonlyMap<string, Prefetched> = new Map()): FolderSource {
  const unused = new Map(prefetched);
  return {
    where: baseUrl,
    async read(name: string, options: ReadOptions = {}): Promise<Uint8Array | null> {
      const url = folderFileUrl(baseUrl, name, options.sha256);
      const coming = options.fresh ? undefined : unused.get(url);
      unused.delete(url);
      const body = await coming;
      if (body !== undefined && body !== null) {
        try {
          return await readStream(body, options.onBytes);
        } catch {
          throw new Error(`the download of ${url} broke off (offline, or blocked by the network)`);
        }
      }
      let response: Response;
      try {
        response = await fetch(url, { cache: options.fresh ? "reload" : "default" });
      } catch {
        throw new Error(`could not reach ${url} (offline, or blocked by the network)`);
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
      if (!response.body) return new Uint8Array(await response.arrayBuffer());
      return readStream(response.body, options.onBytes);
    },
  };
}

/** A body's bytes, reporting the count as they arrive. */
async function readStream(
  body: ReadableStream<Uint8Array>,
  onBytes?: (loadedBytes: number) => void,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let loaded = 0;
  const reader = body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    parts.push(part.value);
    loaded += part.value.byteLength;
    onBytes?.(loaded);
  }
  return new Uint8Array(concatenate(parts));
}
