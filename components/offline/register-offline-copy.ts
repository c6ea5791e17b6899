/**
 * Installs the site's service worker (./service-worker.ts, served as /sw.js), which lets a
 * returning visitor use the box offline, and tells it what this page fetched before it
 * existed (the page itself, its scripts and styles, the model files), to keep a copy now.
 * When they are kept, the page's root element gets `data-offline-copy="kept"`: from then on
 * this page and its box work without a network.
 * Production builds only: in `next dev` a worker that keeps copies of pages would hide one's
 * own edits.
 */
import { isKeptMessage, type KeepMessage } from "./offline-copy";

export const SERVICE_WORKER_URL = "/sw.js";

export function registerOfflineCopy(): void {
  if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL)
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      navigator.serviceWorker.addEventListener("message", (event) => {
        if (isKeptMessage(event.data)) document.documentElement.dataset.offlineCopy = "kept";
      });
      const fetched = performance.getEntriesByType("resource").map((entry) => entry.name);
      const keep: KeepMessage = { type: "keep", urls: [window.location.href, ...fetched] };
      registration.active?.postMessage(keep);
    })
    .catch(() => {
      // Without it the site works as before, online only.
    });
}
