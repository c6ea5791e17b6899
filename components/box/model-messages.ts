/**
 * The messages between the sentiment box and its model worker, typed on both sides.
 */
import type { ModelMetadata } from "@/lib/metadata";
import type { Reading } from "@/lib/predictor";

/**
 * What the box needs to explain a reading: the settings from metadata.json, without the
 * vocabulary, the figures its "How sure is it?" quotes, and the behaviour suite's rates its
 * example chips name.
 */
export type ModelSummary = Pick<
  ModelMetadata,
  "model" | "preprocessing" | "createdAt" | "unsureBand" | "treebank" | "shortValidation" | "treebankDev" | "behaviour"
>;

export type ModelStatus =
  | { state: "loading"; loadedBytes: number; totalBytes: number | null }
  | { state: "ready"; summary: ModelSummary }
  | { state: "error"; message: string };

export type ToWorker =
  /** `baseUrl` is absolute: a worker resolves relative URLs against its own script. */
  { type: "load"; baseUrl: string } | { type: "read"; id: number; text: string };

export type FromWorker = { type: "status"; status: ModelStatus } | { type: "reading"; id: number; reading: Reading };

export const LOADING: ModelStatus = { state: "loading", loadedBytes: 0, totalBytes: null };
