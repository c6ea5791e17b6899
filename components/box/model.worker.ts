/**
 * The model worker: downloads and checks one model once, then reads reviews off the
 * main thread, so typing or pasting a megabyte never freezes the page. The box starts
 * one worker per model it shows.
 */

import type { Predictor } from "@/lib/predictor";
import { loadPredictor } from "@/lib/predictor-loader";
import type { PrefetchedBody } from "@/lib/web-folder";
import type { FromWorker, FromWorkerBody, ToWorker } from "./model-messages";

let predictor: Promise<Predictor> | null = null;

const post = (message: FromWorkerBody) =>
  self.postMessage({ ...message, at: performance.timeOrigin + performance.now() } satisfies FromWorker);

/** Whether the box has asked for a reading yet: until then, the load's `firstText` is read unasked. */
let asked = false;

/** The bodies the page is fetching for this worker, by URL, until they arrive. */
const coming = new Map<string, (body: PrefetchedBody | null) => void>();

async function load(baseUrl: string, comingUrls: readonly string[] = []): Promise<Predictor> {
  const prefetched = new Map(
    comingUrls.map((url) => [url, new Promise<PrefetchedBody | null>((resolve) => coming.set(url, resolve))]),
  );
  post({ type: "status", status: { state: "loading", loadedBytes: 0, totalBytes: null } });
  // A file still arriving after another failed must not report "loading" over the error.
  let settled = false;
  try {
    const loaded = await loadPredictor(
      baseUrl,
      (progress) => {
        if (!settled) post({ type: "status", status: { state: "loading", ...progress } });
      },
      prefetched,
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
    if (predictor) return;
    predictor = load(message.baseUrl, message.coming);
    const { firstText } = message;
    predictor.then(
      (ready) => {
        if (firstText !== undefined && !asked)
          post({ type: "first-reading", text: firstText, reading: ready.read(firstText) });
      },
      () => {}, // reported above; the box retries with a new worker
    );
    return;
  }
  if (message.type === "body") {
    coming.get(message.url)?.(message.body);
    coming.delete(message.url);
    return;
  }
  if (!predictor) return;
  asked = true;
  // Asked while the model loads: read once it is in. If it failed, the status said so.
  const ready = await predictor.catch(() => null);
  if (ready) post({ type: "reading", id: message.id, reading: ready.read(message.text) });
});
