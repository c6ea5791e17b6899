/**
 * The site's service worker: a visitor who has used the box once can use it again offline.
 * It keeps a copy of what the pages fetch and answers from it only when the network does not:
 *
 *   - files named by their content (the build's chunks under /_next/static/, the weights at
 *     their versioned URL `weights.bin?v=…`): from the copy when there is one, as they never change;
 *   - everything else (pages, the router's requests, model.json, reading.json, the model worker's
 *     script): from the network, the copy refreshed each time; the copy only when offline. So a
 *     redeployed model or page reaches every visitor who is online, as without this worker.
 *
 * Bundled by next.config.ts to public/sw.js (a service worker's scope is its script's folder,
 * and this one serves the whole site). Registered by the box after its first verdict
 * (./register-offline-copy.ts), so it never competes with the first load.
 */
import { modelOrigin } from "@/lib/model-hosting";
import { copyFirst, isKeepMessage, isUnchanging, type KeptMessage, networkFirst, trimCache } from "./offline-copy";

/** Caches of this version; an older worker's are deleted when this one takes over. */
const VERSION = 1;
const FETCHED = `fetched-v${VERSION}`;
const UNCHANGING = `unchanging-v${VERSION}`;
/** About four deploys' worth of the build's chunks and weights (a visit keeps 15–25 of them). */
const UNCHANGING_KEPT = 100;

// The service worker's events, as far as this file uses them (the DOM's types do not describe a worker).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  /** The navigation's response, fetched while this worker started (navigation preload). */
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  /** The page that sent the message. */
  readonly source: { postMessage(message: unknown): void } | null;
}
interface ServiceWorkerScope {
  readonly location: Location;
  readonly registration: { navigationPreload?: { enable(): Promise<void> } };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;

/** The origins whose requests are kept: this site, and the model's host if it has one. */
const ORIGINS = new Set([self.location.origin, modelOrigin()].filter(Boolean));

self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));

self.addEventListener("activate", (event) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== FETCHED && name !== UNCHANGING) await caches.delete(name);
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  ),
);

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || request.headers.has("range") || !ORIGINS.has(url.origin)) return;
  event.respondWith(
    isUnchanging(url)
      ? caches.open(UNCHANGING).then((cache) => copyFirst(request, cache, fetch))
      : caches.open(FETCHED).then((cache) => networkFirst(request, cache, fetch, event.preloadResponse)),
  );
});

// The page that installed this worker fetched its files before the worker existed: it sends
// their URLs (./register-offline-copy.ts), and they are kept now (mostly from the HTTP cache),
// so one visit is enough for the next to work offline. The page is told when they are kept.
self.addEventListener("message", (event) => {
  const { data } = event;
  if (!isKeepMessage(data)) return;
  const keep = Promise.all(
    data.urls.map(async (href) => {
      const url = new URL(href, self.location.origin);
      if (!ORIGINS.has(url.origin)) return;
      const request = new Request(url);
      const cache = await caches.open(isUnchanging(url) ? UNCHANGING : FETCHED);
      // One kept before is put again, so it counts as new when the oldest are trimmed.
      const copy = await cache.match(request);
      if (copy) return cache.put(request, copy);
      await copyFirst(request, cache, fetch).catch(() => {}); // kept next time, then
    }),
  );
  const kept: KeptMessage = { type: "kept" };
  event.waitUntil(
    keep
      .then(async () => trimCache(await caches.open(UNCHANGING), UNCHANGING_KEPT))
      .then(() => event.source?.postMessage(kept)),
  );
});
