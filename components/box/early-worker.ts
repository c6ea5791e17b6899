/**
 * The box's model worker, started as soon as the page's scripts run rather than after the
 * box has hydrated: `startEarlyWorker` runs when the box's module is evaluated, before
 * React hydrates the page, and `useModelWorker` adopts the running worker on mount. Until
 * then its messages are kept, so the hook sees every status the worker posted.
 *
 * The stages of the first load are marked on the page's performance timeline (`box:…`
 * marks), which `npm run bench` reads: worker created, worker's first message, model read
 * and checked, first reading.
 */
import { type ModelName, modelBaseUrl } from "@/lib/model-hosting";
import type { ToWorker } from "./model-messages";

/** Performance marks of the default model's first load, in the order they happen. */
export const FIRST_LOAD_MARKS = {
  created: "box:worker-created",
  started: "box:worker-started",
  ready: "box:model-ready",
  firstReading: "box:first-reading",
} as const;

/** Marks `name` once per page (later workers, such as a retry's, are not the first load). */
export function markOnce(name: string): void {
  if (typeof performance !== "undefined" && performance.getEntriesByName(name, "mark").length === 0)
    performance.mark(name);
}

/** A new worker for model `name`, already asked to load it. */
export function createModelWorker(name: ModelName): Worker {
  const worker = new Worker(new URL("./model.worker.ts", import.meta.url), { type: "module" });
  if (name === "default") {
    markOnce(FIRST_LOAD_MARKS.created);
    worker.addEventListener("message", () => markOnce(FIRST_LOAD_MARKS.started), { once: true });
  }
  const load: ToWorker = { type: "load", baseUrl: new URL(modelBaseUrl(name), window.location.href).href };
  worker.postMessage(load);
  return worker;
}

interface EarlyWorker {
  worker: Worker;
  /** What it posted before the box took it over, in order. */
  missed: Event[];
  keep: (event: Event) => void;
}

let early: EarlyWorker | null = null;

/** Starts the default model's worker now, in the browser, once per page load. */
export function startEarlyWorker(): void {
  if (typeof window === "undefined" || typeof Worker === "undefined" || early !== null) return;
  try {
    const worker = createModelWorker("default");
    const missed: Event[] = [];
    const keep = (event: Event) => missed.push(event);
    worker.addEventListener("message", keep);
    worker.addEventListener("error", keep);
    early = { worker, missed, keep };
  } catch {
    // The box starts its own worker on mount and reports what goes wrong then.
  }
}

/**
 * The early worker, for the first box that asks for the default model, with the events it
 * posted so far (to replay before listening); null when there is none (or it was taken).
 */
export function adoptEarlyWorker(name: ModelName): { worker: Worker; missed: Event[] } | null {
  if (name !== "default" || early === null) return null;
  const { worker, missed, keep } = early;
  early = null;
  worker.removeEventListener("message", keep);
  worker.removeEventListener("error", keep);
  return { worker, missed };
}
