/**
 * Installs the site's service worker (./service-worker.ts, served as /sw.js), which lets a
 * returning visitor use the box offline, and tells it what this page fetched before it
 * existed (the page itself, its scripts and styles, the model files), to keep a copy now.
 * Production builds only: in `next dev` a worker that keeps copies of pages would hide one's
 * own edits.
 */
import type { KeepMessage } from "./offline-copy";

export const SERVICE_WORKER_URL = "/sw.js";

export function registerOfflineCopy(): void {
  if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL)
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const fetched = performance.getEntriesByType("resource").map((entry) => entry.name);
      const keep: KeepMessage = { type: "keep", urls: [window.location.href, ...fetched] };
      registration.active?.postMessage(keep);
    })
    .catch(() => {
      // Without it the site works as before, online only.
    });
}
