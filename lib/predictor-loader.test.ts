import assert from "node:assert/strict";
import { afterEach, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { buildModel } from "../scripts/lib/model";
import { fixtureMetadata } from "../tests/fixture-metadata";
import { splitMetadata } from "./metadata";
import { networkWeightsFromFiles } from "./network-weights";
import { Predictor } from "./predictor";
import { loadPredictor } from "./predictor-loader";
import { sha256Hex } from "./sha256";
import type { ModelJson } from "./weights-manifest";

const BASE = "https://store.example/models/abc/";
const config = { numWords: 12, maxLen: 9, embeddingDim: 4, lstmUnits: 3 };
const metadata = fixtureMetadata({ ...config }, { the: 4, movie: 5, good: 6 });
const TEXT = "the movie good good";

/** model.json and weights of a tiny model; `other` holds as many bytes from another seed. */
let modelJson: ModelJson;
let weights: ArrayBuffer;
let other: ArrayBuffer;
let hash: string;

async function saved(seed: number): Promise<{ modelTopology: unknown; weightSpecs: unknown; weightData: ArrayBuffer }> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await buildModel(config, seed).save(
    tf.io.withSaveHandler(async (a) => {
      artifacts = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  const { modelTopology, weightSpecs, weightData } = artifacts!;
  return { modelTopology, weightSpecs, weightData: weightData as ArrayBuffer };
}

before(async () => {
  await tf.setBackend("cpu");
  const model = await saved(7);
  weights = model.weightData;
  other = (await saved(8)).weightData;
  hash = await sha256Hex(weights);
  modelJson = {
    modelTopology: model.modelTopology,
    format: "layers-model",
    weightsManifest: [
      { paths: ["weights.bin"], weights: model.weightSpecs as ModelJson["weightsManifest"][0]["weights"] },
    ],
    weightsSha256: hash,
  };
});

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Every URL asked for since the last `serve`. */
let everyUrl: string[] = [];

/** Serves the model folder at BASE; `weightsFor` picks the weight bytes per request. Returns the weight requests. */
function serve(json: ModelJson, weightsFor: (cache: RequestCache) => ArrayBuffer) {
  const requests: { url: string; cache: RequestCache }[] = [];
  everyUrl = [];
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    everyUrl.push(url);
    if (url === `${BASE}model.json`) return Response.json(json);
    if (url === `${BASE}reading.json`) return Response.json(splitMetadata(metadata).reading);
    if (url === `${BASE}card.json`) return Response.json(splitMetadata(metadata).card);
    if (!url.startsWith(`${BASE}weights.bin`)) return new Response("not found", { status: 404 });
    const cache = init?.cache ?? "default";
    requests.push({ url, cache });
    return new Response(weightsFor(cache).slice(0));
  };
  return requests;
}

const probabilityFrom = (data: ArrayBuffer) =>
  new Predictor(networkWeightsFromFiles(modelJson, data), metadata).read(TEXT).probability;

test("a folder that records its hash: the weights come once from weights.bin?v=<16 hex digits>, through the cache", async () => {
  const requests = serve(modelJson, () => weights);
  const { predictor } = await loadPredictor(BASE);
  assert.deepEqual(requests, [{ url: `${BASE}weights.bin?v=${hash.slice(0, 16)}`, cache: "default" }]);
  assert.equal(predictor.read(TEXT).probability, probabilityFrom(weights));
});

test("the box's loader fetches model.json, reading.json and the weights, never card.json", async () => {
  serve(modelJson, () => weights);
  const { reading } = await loadPredictor(BASE);
  assert.deepEqual(everyUrl.sort(), [
    `${BASE}model.json`,
    `${BASE}reading.json`,
    `${BASE}weights.bin?v=${hash.slice(0, 16)}`,
  ]);
  assert.deepEqual(reading.unsureBand, metadata.unsureBand);
  assert.equal("history" in reading, false);
});

test("other bytes cached under the versioned URL: asked again past the cache, and the right weights are used", async () => {
  assert.notEqual(probabilityFrom(other), probabilityFrom(weights));
  const requests = serve(modelJson, (cache) => (cache === "reload" ? weights : other));
  const { predictor } = await loadPredictor(BASE);
  assert.deepEqual(
    requests.map((r) => r.cache),
    ["default", "reload"],
  );
  assert.equal(predictor.read(TEXT).probability, probabilityFrom(weights));
});

test("the server itself serves other weights: the load fails and says which hashes differ", async () => {
  const requests = serve(modelJson, () => other);
  await assert.rejects(
    loadPredictor(BASE),
    new RegExp(
      `SHA-256 ${await sha256Hex(other)}, but model.json records ${hash}: the weights and model.json come from different saves`,
    ),
  );
  assert.equal(requests.length, 2);
});

test("a folder saved before hashes were recorded loads from the plain URL", async () => {
  const { weightsSha256: _, ...older } = modelJson;
  const requests = serve(older, () => weights);
  const { predictor } = await loadPredictor(BASE);
  assert.deepEqual(requests, [{ url: `${BASE}weights.bin`, cache: "default" }]);
  assert.equal(predictor.read(TEXT).probability, probabilityFrom(weights));
});

test("without Web Crypto (http on a LAN address) the hash cannot be checked: the plain URL", async () => {
  const crypto = Object.getOwnPropertyDescriptor(globalThis, "crypto")!;
  Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
  try {
    const requests = serve(modelJson, () => weights);
    await loadPredictor(BASE);
    assert.deepEqual(requests, [{ url: `${BASE}weights.bin`, cache: "default" }]);
  } finally {
    Object.defineProperty(globalThis, "crypto", crypto);
  }
});

/** A response body as the page hands it to the worker: a stream of `bytes` in two parts, or one that breaks off. */
function bodyStream(bytes: Uint8Array, breaks = false): ReadableStream<Uint8Array> {
  const half = Math.floor(bytes.byteLength / 2);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, half));
      if (breaks) controller.error(new TypeError("network error"));
      else {
        controller.enqueue(bytes.slice(half));
        controller.close();
      }
    },
  });
}

test("bodies handed over as streams, at once or later, are read instead of fetched, their bytes counted as they come", async () => {
  serve(modelJson, () => weights);
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const files = new Map([
    [`${BASE}model.json`, encode(modelJson)],
    [`${BASE}reading.json`, encode(splitMetadata(metadata).reading)],
    [`${BASE}weights.bin?v=${hash.slice(0, 16)}`, new Uint8Array(weights)],
  ]);
  const progress: number[] = [];
  const later = (bytes: Uint8Array) =>
    new Promise<ReadableStream<Uint8Array>>((resolve) => setTimeout(() => resolve(bodyStream(bytes)), 20));
  const handedOver = new Map([...files].map(([url, bytes], i) => [url, i === 0 ? bodyStream(bytes) : later(bytes)]));
  const { predictor } = await loadPredictor(BASE, (p) => progress.push(p.loadedBytes), handedOver);
  assert.deepEqual(everyUrl, [], "nothing fetched");
  assert.equal(predictor.read(TEXT).probability, probabilityFrom(weights));
  const total = [...files.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0);
  assert.equal(progress.at(-1), total);
  assert.ok(
    progress.some((loaded) => loaded > 0 && loaded < total),
    "bytes reported before the end",
  );
});

test("a body announced but not coming (the page's fetch failed): the loader fetches that file itself", async () => {
  const requests = serve(modelJson, () => weights);
  const url = `${BASE}weights.bin?v=${hash.slice(0, 16)}`;
  const { predictor } = await loadPredictor(BASE, () => {}, new Map([[url, Promise.resolve(null)]]));
  assert.deepEqual(requests, [{ url, cache: "default" }]);
  assert.equal(predictor.read(TEXT).probability, probabilityFrom(weights));
});

test("a handed-over stream that breaks off: the load fails and names the file", async () => {
  serve(modelJson, () => weights);
  const url = `${BASE}weights.bin?v=${hash.slice(0, 16)}`;
  await assert.rejects(
    loadPredictor(BASE, () => {}, new Map([[url, bodyStream(new Uint8Array(weights), true)]])),
    (error: Error) => error.message.includes(url) && error.message.includes("broke off"),
  );
});
