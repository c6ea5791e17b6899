/**
 * Router prefetches wait for the box's first verdict. Next.js prefetches every link in
 * view as the page hydrates (/learn, /model, the other language); on the home page those
 * requests compete with the model files for the network and the main thread, so the
 * header's links hold their prefetches until the box has shown its first verdict (or
 * failed, or `FALLBACK_MS` passed). Pages without the box do not wait.
 *
 * Whether the page has a box is read from the server-rendered HTML ([data-sentiment-box])
 * the first time a link asks, not from the box's own code: the header may hydrate before
 * the box's script has even loaded.
 */
import { useSyncExternalStore } from "react";

/** Prefetching starts after this long even if the box has shown nothing yet. */
const FALLBACK_MS = 10_000;

let state: "unknown" | "waiting" | "settled" = "unknown";
const listeners = new Set<() => void>();

function waiting(): boolean {
  if (state === "unknown") {
    state = document.querySelector("[data-sentiment-box]") ? "waiting" : "settled";
    if (state === "waiting") setTimeout(firstVerdictSettled, FALLBACK_MS);
  }
  return state === "waiting";
}

/** The box has shown its first verdict (or cannot): prefetches may start. */
export function firstVerdictSettled(): void {
  const wasWaiting = state === "waiting";
  state = "settled";
  if (!wasWaiting) return;
  // On the page's timeline, so a test can tell prefetches from before and after this moment.
  performance.mark("box:prefetch-allowed");
  for (const listener of listeners) listener();
}

/**
 * Whether links may prefetch now. While the page hydrates it is false everywhere (the
 * server's answer), so no prefetch starts before the page has been looked at.
 */
export function usePrefetchAllowed(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => !waiting(),
    () => false,
  );
}
