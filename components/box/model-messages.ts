/**
 * The messages between the sentiment box and its model worker, typed on both sides.
 */
import type { ModelReading } from "@/lib/metadata";
import type { Reading } from "@/lib/predictor";

/**
 * What the box needs to explain a reading: the settings from reading.json, without the
 * vocabulary, and the figures its "How sure is it?" quotes.
 */
export type ModelSummary = Pick<
  ModelReading,
  "model" | "preprocessing" | "createdAt" | "unsureBand" | "treebank" | "shortValidation" | "treebankDev"
>;

export type ModelStatus =
  | { state: "loading"; loadedBytes: number; totalBytes: number | null }
  | { state: "ready"; summary: ModelSummary }
  | { state: "error"; message: string };

export type ToWorker =
  /**
   * `baseUrl` is absolute: a worker resolves relative URLs against its own script.
   * `prefetched`: bodies of the folder's files the page already fetched, by absolute URL.
   */
  | { type: "load"; baseUrl: string; prefetched?: Record<string, ArrayBuffer> }
  /** Bytes of the model files the page has fetched so far for the worker (before its "load"). */
  | { type: "progress"; loadedBytes: number }
  | { type: "read"; id: number; text: string };

export type FromWorker = { type: "status"; status: ModelStatus } | { type: "reading"; id: number; reading: Reading };

export const LOADING: ModelStatus = { state: "loading", loadedBytes: 0, totalBytes: null };
