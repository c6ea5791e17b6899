/**
 * Which model this page runs, shared by the sentiment box (which loads it) and the
 * footer (which names it), so the footer need not download metadata.json again.
 */
import { useSyncExternalStore } from "react";
import type { ModelSummary } from "./model-messages";

let current: ModelSummary | null = null;
const listeners = new Set<() => void>();

export function publishModelSummary(summary: ModelSummary): void {
  current = summary;
  for (const listener of listeners) listener();
}

export function useModelSummary(): ModelSummary | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}
