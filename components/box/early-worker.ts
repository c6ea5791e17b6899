/**
 * The box's model worker, started while the browser is still parsing the home page's HTML:
 * an inline <script> right before the box (./early-worker-script.tsx) runs `startEarlyWorker`,
 * long before the page's JavaScript has loaded and React hydrates the box. `useModelWorker`
 * adopts the running worker on mount; until then its messages are kept, so the hook sees every
 * status the worker posted. Where that script did not run, the box's module starts it itself.
 *
 * The worker is one plain script, `/box/model-worker.js`, bundled from ./model.worker.ts when
 * the site is built (next.config.ts): an inline script cannot know the hashed URL of a chunk
 * the bundler emits.
 *
 * The stages of the first load are marked on the page's performance timeline (`box:…`
 * marks), which `npm run bench` reads: worker created, worker's first message, model read
 * and checked, first reading.
 */
import { type ModelName, modelBaseUrl } from "@/lib/model-hosting";
import { EXAMPLE_REVIEWS } from "./example-reviews";
import type { ToWorker } from "./model-messages";

/** Where the site serves the bundled model worker (written by next.config.ts's build step). */
export const MODEL_WORKER_URL = "/box/model-worker.js";

/**
 * Performance marks of the default model's first load. The page's own, in the order they happen:
 * worker created, its first message heard, the box hydrated (it takes the worker over), the model
 * ready and the first reading as the page hears them. Placed at the worker's own time (`at`):
 * when the worker had the model in and when it had read the first text.
 */
export const FIRST_LOAD_MARKS = {
  created: "box:worker-created",
  started: "box:worker-started",
  hydrated: "box:hydrated",
  ready: "box:model-ready",
  firstReading: "box:first-reading",
  readyInWorker: "box:worker-model-ready",
  firstReadingInWorker: "box:worker-first-reading",
} as const;

/**
 * Marks `name` once per page (later workers, such as a retry's, are not the first load), now or
 * at `epochMs` (a time another thread took: `performance.timeOrigin + performance.now()` there).
 */
export function markOnce(name: string, epochMs?: number): void {
  if (typeof performance === "undefined" || performance.getEntriesByName(name, "mark").length > 0) return;
  if (epochMs === undefined) performance.mark(name);
  else performance.mark(name, { startTime: Math.max(0, epochMs - performance.timeOrigin) });
}

/** A new worker for model `name`, already asked to load it. */
export function createModelWorker(name: ModelName): Worker {
  const worker = new Worker(MODEL_WORKER_URL);
  const load: ToWorker = { type: "load", baseUrl: new URL(modelBaseUrl(name), window.location.href).href };
  worker.postMessage(load);
  return worker;
}

/** The early worker as the page keeps it until the box takes it over. */
interface EarlyWorker {
  worker: Worker;
  /** What it posted before the box took it over, in order. */
  missed: Event[];
  keep: (event: Event) => void;
}

declare global {
  interface Window {
    /** Set by `startEarlyWorker`; taken (and cleared) by `adoptEarlyWorker`. */
    __boxEarlyWorker?: EarlyWorker | null;
  }
}

/** What `startEarlyWorker` needs, all of it serializable into the inline script. */
export interface EarlyWorkerSettings {
  workerUrl: string;
  /** The default model's folder URL (absolute, or relative to the page). */
  baseUrl: string;
  /** The model files the page preloads (./model-preloads.ts), as `folderFileUrl` writes them. */
  prefetch: readonly string[];
  /** The text the box starts with (the first example), for the worker to read before it is asked. */
  firstText: string;
  marks: { created: string; started: string };
}

export const earlyWorkerSettings = (prefetch: readonly string[] = []): EarlyWorkerSettings => ({
  workerUrl: MODEL_WORKER_URL,
  baseUrl: modelBaseUrl("default"),
  prefetch,
  firstText: EXAMPLE_REVIEWS[0].text,
  marks: { created: FIRST_LOAD_MARKS.created, started: FIRST_LOAD_MARKS.started },
});

/**
 * Starts the default model's worker once per page load and keeps what it posts. It is also
 * sent to the browser as the text of an inline script (`startEarlyWorker.toString()`), so it
 * uses nothing from outside its own body: only its argument and the browser's globals.
 */
export function startEarlyWorker(settings: EarlyWorkerSettings): void {
  // Not `typeof window`: bundlers fold it to a constant, which would empty this function's text on the server.
  if (typeof Worker === "undefined" || window.__boxEarlyWorker !== undefined) return;
  window.__boxEarlyWorker = null;
  try {
    const worker = new Worker(settings.workerUrl);
    const missed: Event[] = [];
    const keep = (event: Event) => {
      missed.push(event);
    };
    performance.mark(settings.marks.created);
    worker.addEventListener("message", () => performance.mark(settings.marks.started), { once: true });
    worker.addEventListener("message", keep);
    worker.addEventListener("error", keep);
    window.__boxEarlyWorker = { worker, missed, keep };
    // The page's fetches of the preloaded files take the preloaded responses as they are; the
    // worker's own would ask the server again (model.json and reading.json must be revalidated).
    // Each body goes to the worker as a stream as soon as its response begins, so the worker
    // reads the bytes (and shows the download's progress) without waiting for this busy thread.
    // A file whose fetch failed, or a browser that cannot hand streams over: the worker fetches it.
    const absolute = (url: string) => new URL(url, window.location.href).href;
    const coming = settings.prefetch.map(absolute);
    worker.postMessage({ type: "load", baseUrl: absolute(settings.baseUrl), coming, firstText: settings.firstText });
    for (const url of coming) {
      fetch(url)
        .then(
          (response) => (response.ok ? response.body : null),
          () => null,
        )
        .then((body) => {
          try {
            worker.postMessage({ type: "body", url, body }, body ? [body] : []);
          } catch {
            worker.postMessage({ type: "body", url, body: null });
          }
        });
    }
  } catch {
    // The box starts its own worker on mount and reports what goes wrong then.
  }
}

/**
 * The early worker, for the first box that asks for the default model, with the events it
 * posted so far (to replay before listening); null when there is none (or it was taken).
 */
export function adoptEarlyWorker(name: ModelName): { worker: Worker; missed: Event[] } | null {
  const early = window.__boxEarlyWorker;
  if (name !== "default" || !early) return null;
  window.__boxEarlyWorker = null;
  const { worker, missed, keep } = early;
  worker.removeEventListener("message", keep);
  worker.removeEventListener("error", keep);
  return { worker, missed };
}
