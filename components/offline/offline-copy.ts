/**
 * How the service worker (./service-worker.ts) answers a request: which requests it keeps a
 * copy of, and when it answers from that copy. Kept apart from the worker's events so tests
 * can run it with a stand-in cache and network (tests/offline-copy.test.ts).
 */
import { WEIGHTS_VERSION_PARAM } from "@/lib/model-hosting";

/** The part of a Cache this uses. */
export interface CopyCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
  keys(): Promise<readonly Request[]>;
  delete(request: Request): Promise<boolean>;
}

/**
 * Every deploy brings new chunk names, and the old ones are never asked for again: beyond
 * `max` copies the oldest go (a cache lists its entries in the order they were put).
 */
export async function trimCache(cache: CopyCache, max: number): Promise<void> {
  const entries = await cache.keys();
  for (const request of entries.slice(0, Math.max(0, entries.length - max))) await cache.delete(request);
}

/**
 * Whether a URL's content never changes: the build's chunks (named by their content) and the
 * weights at their versioned URL (`weights.bin?v=<SHA-256 prefix>`).
 */
export function isUnchanging(url: URL): boolean {
  return url.pathname.startsWith("/_next/static/") || url.searchParams.has(WEIGHTS_VERSION_PARAM);
}

/** A response worth keeping: complete, and readable by the page. */
function keepable(response: Response): boolean {
  return response.status === 200 && (response.type === "basic" || response.type === "cors");
}

/** Content that never changes: the copy when there is one, else the network's answer (kept). */
export async function copyFirst(request: Request, cache: CopyCache, network: typeof fetch): Promise<Response> {
  const copy = await cache.match(request);
  if (copy) return copy;
  const response = await network(request);
  if (keepable(response)) await cache.put(request, response.clone());
  return response;
}

/**
 * Everything else: the network's answer (or the navigation's `preloaded` one), kept for later;
 * the copy only when the network cannot be reached. Without a copy the network's error stands.
 */
export async function networkFirst(
  request: Request,
  cache: CopyCache,
  network: typeof fetch,
  preloaded: Promise<Response | undefined> = Promise.resolve(undefined),
): Promise<Response> {
  let response: Response;
  try {
    response = (await preloaded.catch(() => undefined)) ?? (await network(request));
  } catch (offline) {
    const copy = await cache.match(request);
    if (copy) return copy;
    throw offline;
  }
  if (keepable(response)) await cache.put(request, response.clone());
  return response;
}

/** What the page sends the worker once it is installed: the URLs the page fetched before. */
export interface KeepMessage {
  type: "keep";
  urls: string[];
}

/** The worker's answer once every URL of a keep message has a copy (or could not be fetched). */
export interface KeptMessage {
  type: "kept";
}

export function isKeptMessage(data: unknown): data is KeptMessage {
  return typeof data === "object" && data !== null && (data as Partial<KeptMessage>).type === "kept";
}

export function isKeepMessage(data: unknown): data is KeepMessage {
  const message = data as Partial<KeepMessage> | null;
  return (
    typeof message === "object" &&
    message !== null &&
    message.type === "keep" &&
    Array.isArray(message.urls) &&
    message.urls.every((url) => typeof url === "string")
  );
}
