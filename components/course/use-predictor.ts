"use client";
/**
 * A shipped model in the browser, for the learn pages' widgets: loaded once per page load
 * and model by lib/predictor-loader.ts (the same loader as the review box's worker) and
 * shared by every widget on the page that runs it. The course explains the tutorial's
 * model, so that is the default; a widget can switch to the box's ("default"). The
 * plain-arithmetic Predictor is small enough to run on the main thread for these inputs.
 */
import { useCallback, useEffect, useState } from "react";
import type { ModelReading } from "@/lib/metadata";
import { type ModelName, modelBaseUrl } from "@/lib/model-hosting";
import type { Predictor } from "@/lib/predictor";
import { loadPredictor } from "@/lib/predictor-loader";

export interface LoadedModel {
  predictor: Predictor;
  /** reading.json: all a widget reads besides the weights. */
  metadata: ModelReading;
}

export type PredictorState =
  | { status: "loading" }
  | ({ status: "ready" } & LoadedModel)
  | { status: "error"; message: string };

const loading = new Map<ModelName, Promise<LoadedModel>>();

/**
 * Starts loading on first use (once `enabled`); a failed load is forgotten, so the next widget
 * that asks, or `retry`, tries again.
 */
export function usePredictor(name: ModelName = "tutorial", enabled = true): PredictorState & { retry: () => void } {
  const [state, setState] = useState<PredictorState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` (Try again) must load again
  useEffect(() => {
    if (!enabled) return;
    let mounted = true;
    setState({ status: "loading" });
    let promise = loading.get(name);
    if (!promise) {
      promise = loadPredictor(modelBaseUrl(name)).then(
        ({ predictor, reading }) => ({ predictor, metadata: reading }),
        (error: Error) => {
          loading.delete(name);
          throw error;
        },
      );
      loading.set(name, promise);
    }
    promise.then(
      (loaded) => mounted && setState({ status: "ready", ...loaded }),
      (error: Error) => mounted && setState({ status: "error", message: error.message }),
    );
    return () => {
      mounted = false;
    };
  }, [name, attempt, enabled]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
