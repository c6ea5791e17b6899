import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { buildModel } from "../scripts/lib/model";
import { fixtureMetadata } from "../tests/fixture-metadata";
import type { ModelMetadata } from "./metadata";
import {
  checkCompatible,
  checkWeightsSha256,
  folderFileUrl,
  type ModelJson,
  modelBaseUrl,
  modelOrigin,
  parseWeightsManifest,
  quantizeWeights,
  readWeights,
} from "./model-folder";
import { sha256Hex } from "./sha256";

const config = { numWords: 12, maxLen: 9, embeddingDim: 4, lstmUnits: 3 };
let modelJson: ModelJson;
let weightData: ArrayBuffer;
let model: tf.LayersModel;

before(async () => {
  await tf.setBackend("cpu");
  model = buildModel(config, 7);
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      modelJson = {
        modelTopology: artifacts.modelTopology,
        format: "layers-model",
        weightsManifest: [
          { paths: ["weights.bin"], weights: artifacts.weightSpecs as ModelJson["weightsManifest"][0]["weights"] },
        ],
      };
      weightData = artifacts.weightData as ArrayBuffer;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
});

function metadata(): ModelMetadata {
  return fixtureMetadata({ ...config }, { the: 4, movie: 5, good: 6 });
}

test("checkCompatible accepts a matching pair", () => {
  assert.doesNotThrow(() => checkCompatible(metadata(), modelJson));
});

const MISMATCHES: { name: string; change: (m: ModelMetadata) => void; message: RegExp }[] = [
  {
    name: "maxLen differs from the input length",
    change: (m) => (m.model.maxLen = 50),
    message: /metadata maxLen 50, but model.json's input length is 9/,
  },
  { name: "empty vocabulary", change: (m) => (m.vocabulary = {}), message: /the vocabulary is empty/ },
  {
    name: "lstmUnits differs",
    change: (m) => (m.model.lstmUnits = 64),
    message: /metadata lstmUnits 64, but the LSTM has 3 units/,
  },
  {
    name: "numWords differs",
    change: (m) => (m.model.numWords = 5000),
    message: /metadata numWords 5000, but the embedding has input_dim 12/,
  },
  {
    name: "embeddingDim differs",
    change: (m) => (m.model.embeddingDim = 32),
    message: /metadata embeddingDim 32, but the embedding has output_dim 4/,
  },
  {
    name: "a word index outside the embedding",
    change: (m) => (m.vocabulary = { the: 4, far: 40 }),
    message: /vocabulary word "far" has index 40, outside \[4, 12\)/,
  },
  {
    name: "old index convention",
    change: (m) => (m.preprocessing.firstWordIndex = 3),
    message: /preprocessing.firstWordIndex is 3, this code uses 4/,
  },
  {
    name: "other tokenizer",
    change: (m) => (m.preprocessing.tokenizerVersion = 1),
    message: /tokenizer version 1, but this code tokenizes with version/,
  },
  {
    name: "mask mismatch",
    change: (m) => (m.model.maskZero = true),
    message: /metadata maskZero true, but the embedding has mask_zero false/,
  },
];
for (const { name, change, message } of MISMATCHES) {
  test(`checkCompatible refuses: ${name}`, () => {
    const m = metadata();
    change(m);
    assert.throws(() => checkCompatible(m, modelJson), message);
  });
}

test("checkCompatible names a weight whose shape disagrees", () => {
  const broken = structuredClone(modelJson);
  broken.weightsManifest[0].weights[1].shape = [4, 16];
  assert.throws(
    () => checkCompatible(metadata(), broken),
    /weight lstm\/kernel has shape \[4,16\], metadata implies \[4,12\]/,
  );
});

test("parseWeightsManifest accounts for every byte; readWeights refuses short and long data", () => {
  const manifest = parseWeightsManifest(modelJson);
  const expected = (12 * 4 + 4 * 12 + 3 * 12 + 12 + 3 + 1) * 4;
  assert.equal(manifest.totalBytes, expected);
  assert.equal(weightData.byteLength, expected);
  assert.deepEqual(
    manifest.entries.map((e) => e.byteOffset),
    [0, 192, 384, 528, 576, 588],
  );
  assert.throws(
    () => readWeights(manifest, weightData.slice(0, expected - 4)),
    /has 588 bytes but model.json describes 592; it may be truncated/,
  );
  assert.throws(
    () => readWeights(manifest, new ArrayBuffer(expected + 4)),
    /has 596 bytes but model.json describes 592$/,
  );
});

test("8-bit weights: half a step of error at most, and tf.loadLayersModel reads the same values", async () => {
  const manifest = parseWeightsManifest(modelJson);
  const float = readWeights(manifest, weightData);
  const { group, data } = quantizeWeights(
    [...float].map(([name, w]) => ({ name, ...w })),
    "weights.bin",
  );
  assert.equal(data.byteLength, manifest.totalBytes / 4);
  const quantizedJson: ModelJson = { ...modelJson, weightsManifest: [group] };
  const ours = readWeights(parseWeightsManifest(quantizedJson), data.slice().buffer);
  for (const [name, { values }] of float) {
    const step = group.weights.find((w) => w.name === name)!.quantization!.scale!;
    values.forEach((v, i) => assert.ok(Math.abs(ours.get(name)!.values[i] - v) <= step / 2 + 1e-6, `${name}[${i}]`));
  }
  const loaded = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology as tf.io.ModelJSON["modelTopology"],
      weightSpecs: group.weights as tf.io.WeightsManifestEntry[],
      weightData: data.slice().buffer,
    }),
  );
  loaded.weights.forEach((weight) => {
    const theirs = weight.read().dataSync();
    const mine = ours.get(weight.originalName)!.values;
    theirs.forEach((v, i) => assert.ok(Math.abs(v - mine[i]) < 1e-6, `${weight.originalName}[${i}]`));
  });
  loaded.dispose();
});

test("modelBaseUrl: the default model follows NEXT_PUBLIC_MODEL_URL, the tutorial's is always the site's", () => {
  const saved = process.env.NEXT_PUBLIC_MODEL_URL;
  try {
    delete process.env.NEXT_PUBLIC_MODEL_URL;
    assert.equal(modelBaseUrl(), "/models/default/");
    assert.equal(modelOrigin(), "");
    process.env.NEXT_PUBLIC_MODEL_URL = "https://store.example/models/abc/";
    assert.equal(modelBaseUrl("default"), "https://store.example/models/abc/");
    assert.equal(modelBaseUrl("tutorial"), "/models/tutorial/");
    assert.equal(modelOrigin(), "https://store.example");
    process.env.NEXT_PUBLIC_MODEL_URL = "https://store.example/models/abc";
    assert.throws(() => modelBaseUrl(), /must end with "\/"/);
  } finally {
    if (saved === undefined) delete process.env.NEXT_PUBLIC_MODEL_URL;
    else process.env.NEXT_PUBLIC_MODEL_URL = saved;
  }
});

// ---------------------------------------------------------------------------------------
// The weights' content hash

const nodeSha256 = (data: ArrayBuffer) => createHash("sha256").update(new Uint8Array(data)).digest("hex");

test("sha256Hex is SHA-256 in hex: the standard vector, and Node's hash of the fixture's weights", async () => {
  assert.equal(await sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(await sha256Hex(new TextEncoder().encode("abc")), await sha256Hex("abc"));
  assert.equal(await sha256Hex(weightData), nodeSha256(weightData));
});

test("parseWeightsManifest reads the recorded hash, null without one, and refuses a malformed one", () => {
  const hash = nodeSha256(weightData);
  assert.equal(parseWeightsManifest(modelJson).sha256, null);
  assert.equal(parseWeightsManifest({ ...modelJson, weightsSha256: hash }).sha256, hash);
  for (const bad of [hash.slice(1), hash.toUpperCase(), `${hash.slice(0, 63)}g`]) {
    assert.throws(
      () => parseWeightsManifest({ ...modelJson, weightsSha256: bad }),
      /weightsSha256 must be a SHA-256 in 64 lowercase hex digits/,
    );
  }
});

const FILE_URL_CASES: { name: string; file: string; sha256: string | null; url: string }[] = [
  {
    name: "a recorded hash versions the URL with its first 16 digits",
    file: "weights.bin",
    sha256: `0123456789abcdef${"f".repeat(48)}`,
    url: "/models/default/weights.bin?v=0123456789abcdef",
  },
  {
    name: "each weight file of a sharded folder carries the version",
    file: "group1-shard2of2.bin",
    sha256: `fedcba9876543210${"0".repeat(48)}`,
    url: "/models/default/group1-shard2of2.bin?v=fedcba9876543210",
  },
  {
    name: "without a hash (saved before hashes were recorded, or nothing can check it) the plain URL",
    file: "weights.bin",
    sha256: null,
    url: "/models/default/weights.bin",
  },
];
for (const { name, file, sha256, url } of FILE_URL_CASES) {
  test(`folderFileUrl: ${name}`, () => {
    assert.equal(folderFileUrl("/models/default/", file, sha256), url);
  });
}

test("folderFileUrl: new weights get a new URL", async () => {
  const other = new Uint8Array(weightData.slice(0));
  other[0] ^= 1;
  const urlOf = async (data: ArrayBuffer) =>
    folderFileUrl("https://store.example/models/abc/", "weights.bin", await sha256Hex(data));
  assert.notEqual(await urlOf(weightData), await urlOf(other.buffer));
  assert.match(await urlOf(weightData), /^https:\/\/store\.example\/models\/abc\/weights\.bin\?v=[0-9a-f]{16}$/);
});

test("checkWeightsSha256 accepts the recorded weights and refuses one changed byte, a short file, a hash-less short file", async () => {
  const hash = nodeSha256(weightData);
  const manifest = parseWeightsManifest({ ...modelJson, weightsSha256: hash });
  await checkWeightsSha256(manifest, weightData);
  const changed = new Uint8Array(weightData.slice(0));
  changed[100] ^= 0x80;
  await assert.rejects(
    checkWeightsSha256(manifest, changed.buffer),
    new RegExp(
      `SHA-256 ${nodeSha256(changed.buffer)}, but model.json records ${hash}: the weights and model.json come from different saves`,
    ),
  );
  await assert.rejects(
    checkWeightsSha256(manifest, weightData.slice(0, 100)),
    /has 100 bytes but model.json describes 592/,
  );
  const unhashed = parseWeightsManifest(modelJson);
  await checkWeightsSha256(unhashed, changed.buffer); // nothing recorded: only the byte count is known
  await assert.rejects(checkWeightsSha256(unhashed, weightData.slice(0, 100)), /has 100 bytes/);
});
