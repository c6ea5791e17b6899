/**
 * The model worker: downloads and checks one model once, then reads reviews off the
 * main thread, so typing or pasting a megabyte never freezes the page. The box starts
 * one worker per model it shows.
 */

import type { Predictor } from "@/lib/predictor";
import { loadPredictor } from "@/lib/predictor-loader";
import type { FromWorker, ToWorker } from "./model-messages";

let predictor: Promise<Predictor> | null = null;

const post = (message: FromWorker) => self.postMessage(message);

async function load(baseUrl: string, prefetched: Record<string, ArrayBuffer> = {}): Promise<Predictor> {
  post({ type: "status", status: { state: "loading", loadedBytes: 0, totalBytes: null } });
  // A file still arriving after another failed must not report "loading" over the error.
  let settled = false;
  try {
    const loaded = await loadPredictor(
      baseUrl,
      (progress) => {
        if (!settled) post({ type: "status", status: { state: "loading", ...progress } });
      },
      new Map(Object.entries(prefetched)),
    );
    settled = true;
    const { model, preprocessing, createdAt, unsureBand, treebank, shortValidation, treebankDev } = loaded.reading;
    const summary = { model, preprocessing, createdAt, unsureBand, treebank, shortValidation, treebankDev };
    post({ type: "status", status: { state: "ready", summary } });
    return loaded.predictor;
  } catch (error) {
    settled = true;
    post({
      type: "status",
      status: { state: "error", message: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
}

self.addEventListener("message", async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "load") {
    predictor ??= load(message.baseUrl, message.prefetched);
    predictor.catch(() => {}); // reported above; the box retries with a new worker
    return;
  }
  if (message.type === "progress") {
    // The page is still fetching the files for this worker: the box shows how far it got.
    if (!predictor)
      post({ type: "status", status: { state: "loading", loadedBytes: message.loadedBytes, totalBytes: null } });
    return;
  }
  if (!predictor) return;
  const reading = (await predictor).read(message.text);
  post({ type: "reading", id: message.id, reading });
});
