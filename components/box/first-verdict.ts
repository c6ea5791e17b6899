/**
 * Router prefetches wait for the box's first verdict. Next.js prefetches every link in
 * view as the page hydrates (/learn, /model, the other language); on the home page those
 * requests compete with the model files for the network and the main thread, so the
 * header's links hold their prefetches until the box has shown its first verdict (or
 * failed, or `FALLBACK_MS` passed). Pages without the box do not wait.
 */
import { useSyncExternalStore } from "react";

/** Prefetching starts after this long even if the box has shown nothing yet. */
const FALLBACK_MS = 10_000;

let waiting = false;
const listeners = new Set<() => void>();

/** This page has the box: hold prefetches until `firstVerdictSettled`. Called when the box's module loads. */
export function holdPrefetchesForFirstVerdict(): void {
  if (typeof window === "undefined" || waiting) return;
  waiting = true;
  setTimeout(firstVerdictSettled, FALLBACK_MS);
}

/** The box has shown its first verdict (or cannot): prefetches may start. */
export function firstVerdictSettled(): void {
  if (!waiting) return;
  waiting = false;
  for (const listener of listeners) listener();
}

/**
 * Whether links may prefetch now. While the page hydrates it is false everywhere (the
 * server's answer), so no prefetch starts before the box has been counted.
 */
export function usePrefetchAllowed(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => !waiting,
    () => false,
  );
}
