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
   * `coming`: the folder's files (absolute URLs) the page is fetching for the worker; each
   * arrives as a "body" message, and the worker waits for it rather than fetching it again.
   * `firstText`: the text the box starts with, read as soon as the model is in (a "first-reading"
   * answer), while the page may still be busy starting up, unless the box has asked by then.
   */
  | { type: "load"; baseUrl: string; coming?: string[]; firstText?: string }
  /** One of the `coming` files: its response body, handed over as it begins, or null (fetch it yourself). */
  | { type: "body"; url: string; body: ReadableStream<Uint8Array> | null }
  | { type: "read"; id: number; text: string };

/** What the worker posts. */
export type FromWorkerBody =
  | { type: "status"; status: ModelStatus }
  | { type: "reading"; id: number; reading: Reading }
  /** The load message's `firstText`, read before the box asked for it. */
  | { type: "first-reading"; text: string; reading: Reading };

/**
 * As it arrives: every message from the worker says when it was posted (`at`, milliseconds since
 * the epoch on the worker's high-resolution clock), so the page can mark when the worker had
 * something, not only when the page, often busy starting up, heard of it.
 */
export type FromWorker = FromWorkerBody & { at: number };

export const LOADING: ModelStatus = { state: "loading", loadedBytes: 0, totalBytes: null };
