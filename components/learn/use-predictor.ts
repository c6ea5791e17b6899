"use client";
/**
 * The tutorial's trained model in the browser, for the learn pages' widgets: loaded once per page
 * load by lib/predictor-loader.ts (the same loader as the review box's worker) and
 * shared by every widget on the page. The plain-arithmetic Predictor is small enough to
 * run on the main thread for these short inputs.
 */
import { useEffect, useState } from "react";
import type { ModelMetadata } from "@/lib/metadata";
import { modelBaseUrl } from "@/lib/model-folder";
import type { Predictor } from "@/lib/predictor";
import { loadPredictor } from "@/lib/predictor-loader";

export interface LoadedModel {
  predictor: Predictor;
  metadata: ModelMetadata;
}

export type PredictorState =
  | { status: "loading" }
  | ({ status: "ready" } & LoadedModel)
  | { status: "error"; message: string };

let loading: Promise<LoadedModel> | null = null;

/** Starts loading on first use; a failed load is tried again by the next widget that mounts. */
export function usePredictor(): PredictorState {
  const [state, setState] = useState<PredictorState>({ status: "loading" });
  useEffect(() => {
    let mounted = true;
    loading ??= loadPredictor(modelBaseUrl("tutorial")).catch((error: Error) => {
      loading = null;
      throw error;
    });
    loading.then(
      (loaded) => mounted && setState({ status: "ready", ...loaded }),
      (error: Error) => mounted && setState({ status: "error", message: error.message }),
    );
    return () => {
      mounted = false;
    };
  }, []);
  return state;
}
