import assert from "node:assert/strict";
import { before, test } from "node:test";
import { fixtureMetadata } from "../tests/fixture-metadata";
import { TINY_CONFIG, tinyModelFiles } from "../tests/fixture-model-files";
import { checkCompatible } from "./compatibility";
import type { ModelMetadata } from "./metadata";
import type { ModelJson } from "./weights-manifest";

let modelJson: ModelJson;

before(async () => {
  ({ modelJson } = await tinyModelFiles());
});

function metadata(): ModelMetadata {
  return fixtureMetadata({ ...TINY_CONFIG }, { the: 4, movie: 5, good: 6 });
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
