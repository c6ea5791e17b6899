/**
 * The fast path against TensorFlow.js: `Predictor.read(text).probability` must equal
 * `model.predict(modelInput(text))` to 1e-5, for weights read from the model object and
 * from the saved files the browser downloads. Also checks the per-word opinions and
 * that the tfjs reference path used here leaks no tensors.
 */

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { checkCompatible } from "../lib/compatibility";
import { modelInput, textToIndices } from "../lib/encode";
import type { ModelMetadata } from "../lib/metadata";
import { MODEL_NAMES, modelFolder } from "../lib/model-hosting";
import { networkWeightsFromFiles, networkWeightsFromModel } from "../lib/network-weights";
import { MODEL_FILES } from "../lib/open-model-folder";
import { Predictor } from "../lib/predictor";
import { buildVocabulary } from "../lib/vocabulary";
import type { ModelJson } from "../lib/weights-manifest";
import { buildModel } from "../scripts/lib/model";
import { loadModelDir } from "../scripts/lib/open-saved-model";
import { fileSystemHandler } from "../scripts/lib/save-model-folder";
import { fixtureMetadata } from "./fixture-metadata";

const config = { numWords: 20, maxLen: 12, embeddingDim: 6, lstmUnits: 5 };
const WORDS = "the movie was good great fun not bad awful boring plot acting but and i it".split(" ");
const metadata = tinyMetadata();
let model: tf.LayersModel;
let folder: string;

before(async () => {
  await tf.setBackend("cpu");
  model = buildModel(config, 7);
  // Fresh weights barely react to their input; weights scaled like a trained model's make differences visible.
  const [embeddings, kernel, recurrentKernel, bias, outputKernel, outputBias] = model.getWeights();
  model.setWeights(
    tf.tidy(() => [embeddings.mul(30), kernel.mul(2), recurrentKernel.mul(2), bias, outputKernel.mul(6), outputBias]),
  );
  folder = await mkdtemp(join(tmpdir(), "predictor-test-"));
  await model.save(fileSystemHandler(folder));
});

after(async () => {
  model.dispose();
  await rm(folder, { recursive: true, force: true });
});

/** The reference: Keras-style padded input through tfjs, `[1, maxLen]` int32 -> one probability. */
function predictWithModel(layersModel: tf.LayersModel, text: string, settings: ModelMetadata): number {
  return tf.tidy(
    () =>
      (layersModel.predict(tf.tensor2d([modelInput(text, settings)], undefined, "int32")) as tf.Tensor).dataSync()[0],
  );
}

async function predictorFromFiles(dir: string, settings: ModelMetadata): Promise<Predictor> {
  const modelJson = JSON.parse(await readFile(join(dir, "model.json"), "utf8")) as ModelJson;
  const bytes = await readFile(join(dir, "weights.bin"));
  return new Predictor(
    networkWeightsFromFiles(modelJson, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    settings,
  );
}

const words = (count: number) => Array.from({ length: count }, (_, i) => WORDS[(i * 7) % WORDS.length]).join(" ");
const TEXTS: { name: string; text: string }[] = [
  { name: "one word", text: "great" },
  { name: "empty", text: "" },
  { name: "whitespace only", text: " \n\t " },
  { name: "negation", text: "The movie was not good, not fun." },
  { name: "OOV-heavy", text: "zyzzyva qwfpgj xylophonic the plot" },
  { name: "emoji and CJK", text: "😍 好電影 🎬 great 映画 boring" },
  { name: "HTML", text: "<script>alert('bad')</script> good<br />acting" },
  { name: "maxLen - 1 words: no padding", text: words(config.maxLen - 1) },
  { name: "maxLen words: one truncated", text: words(config.maxLen) },
  { name: "longer than maxLen", text: words(3 * config.maxLen + 5) },
  { name: "much longer than maxLen", text: words(1000) },
];

for (const source of ["model object", "saved files"] as const) {
  for (const { name, text } of TEXTS) {
    test(`Predictor (${source}) equals model.predict to 1e-5: ${name}`, async () => {
      const predictor =
        source === "model object"
          ? new Predictor(networkWeightsFromModel(model), metadata)
          : await predictorFromFiles(folder, metadata);
      const expected = predictWithModel(model, text, metadata);
      const reading = predictor.read(text);
      assert.ok(Math.abs(reading.probability - expected) < 1e-5, `${reading.probability} vs ${expected}`);
      assert.ok(Math.abs(predictor.probabilityOfIndices(textToIndices(text, metadata)) - expected) < 1e-5);
    });
  }
}

/** Every padding setting the predictor implements, and the default model's options. */
const VARIANTS: {
  name: string;
  model: Partial<ModelMetadata["model"]>;
  preprocessing: Partial<ModelMetadata["preprocessing"]>;
}[] = [
  { name: "padding post, truncating pre", model: {}, preprocessing: { padding: "post" } },
  { name: "padding pre, truncating post", model: {}, preprocessing: { truncating: "post" } },
  { name: "padding post, truncating post", model: {}, preprocessing: { padding: "post", truncating: "post" } },
  { name: "maskZero", model: { maskZero: true }, preprocessing: {} },
  { name: "maskZero, padding post", model: { maskZero: true }, preprocessing: { padding: "post" } },
  { name: "negation marking", model: {}, preprocessing: { markNegation: true } },
];
for (const variant of VARIANTS) {
  test(`Predictor equals model.predict to 1e-5 with ${variant.name}`, () => {
    const settings: ModelMetadata = {
      ...metadata,
      model: { ...metadata.model, ...variant.model },
      preprocessing: { ...metadata.preprocessing, ...variant.preprocessing },
    };
    const variantModel = buildModel(settings.model, 7);
    variantModel.setWeights(model.getWeights());
    const predictor = new Predictor(networkWeightsFromModel(variantModel), settings);
    for (const { name, text } of TEXTS) {
      const expected = predictWithModel(variantModel, text, settings);
      const actual = predictor.read(text).probability;
      assert.ok(Math.abs(actual - expected) < 1e-5, `${name}: ${actual} vs ${expected}`);
    }
    variantModel.dispose();
  });
}

test("Predictor refuses padding settings it does not implement", () => {
  for (const padding of ["middle", undefined]) {
    const settings = { ...metadata, preprocessing: { ...metadata.preprocessing, padding } } as unknown as ModelMetadata;
    assert.throws(
      () => new Predictor(networkWeightsFromModel(model), settings),
      /preprocessing.padding is "(middle|undefined)"; the predictor implements "pre" and "post"/,
    );
  }
});

test("the test weights give clearly different answers, so the comparisons above can fail", () => {
  const probabilities = TEXTS.map(({ text }) => predictWithModel(model, text, metadata));
  assert.ok(Math.max(...probabilities) - Math.min(...probabilities) > 0.2, probabilities.join(", "));
});

test("opinionSoFar is the output neuron read off the LSTM's hiddenState after each word of the padded review", () => {
  // The same network, but the LSTM returns its hiddenState at every step and the output layer reads each one.
  const everyStep = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: config.numWords, outputDim: config.embeddingDim, inputLength: config.maxLen }),
      tf.layers.lstm({ units: config.lstmUnits, recurrentActivation: "sigmoid", returnSequences: true }),
      tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 1, activation: "sigmoid" }) }),
    ],
  });
  everyStep.setWeights(model.getWeights());
  const predictor = new Predictor(networkWeightsFromModel(model), metadata);
  for (const text of ["the acting was good but the plot was not", words(2 * config.maxLen)]) {
    const reading = predictor.read(text);
    const perStep = tf.tidy(() =>
      (everyStep.predict(tf.tensor2d([modelInput(text, metadata)], undefined, "int32")) as tf.Tensor).dataSync(),
    );
    reading.tokens.forEach((token, i) => {
      const expected = perStep[reading.paddingCount + i];
      assert.ok(
        Math.abs(token.opinionSoFar - expected) < 1e-5,
        `after "${token.word}": ${token.opinionSoFar} vs ${expected}`,
      );
    });
    assert.equal(reading.tokens.at(-1)!.opinionSoFar, reading.probability);
  }
  everyStep.dispose();
});

const READINGS: { text: string; words: string[]; oov: boolean[]; truncatedCount: number; paddingCount: number }[] = [
  { text: "", words: ["<start>"], oov: [false], truncatedCount: 0, paddingCount: 11 },
  {
    text: "Great movie!",
    words: ["<start>", "great", "movie"],
    oov: [false, false, false],
    truncatedCount: 0,
    paddingCount: 9,
  },
  {
    text: "the zyzzyva plot",
    words: ["<start>", "the", "zyzzyva", "plot"],
    oov: [false, false, true, false],
    truncatedCount: 0,
    paddingCount: 8,
  },
  {
    text: "a b c d e f g h i j k l m n",
    words: ["c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"],
    oov: [true, true, true, true, true, true, false, true, true, true, true, true],
    truncatedCount: 3,
    paddingCount: 0,
  },
];

for (const { text, words: expectedWords, oov, truncatedCount, paddingCount } of READINGS) {
  test(`read(${JSON.stringify(text)}) lists what the model saw`, () => {
    const reading = new Predictor(networkWeightsFromModel(model), metadata).read(text);
    assert.deepEqual(
      reading.tokens.map((token) => token.word),
      expectedWords,
    );
    assert.deepEqual(
      reading.tokens.map((token) => token.outOfVocabulary),
      oov,
    );
    assert.deepEqual(
      reading.tokens.filter((token) => token.outOfVocabulary).map((token) => token.index),
      oov.filter(Boolean).map(() => metadata.preprocessing.oovIndex),
    );
    assert.equal(reading.truncatedCount, truncatedCount);
    assert.equal(reading.paddingCount, paddingCount);
  });
}

test("the tfjs reference path keeps the tensor count flat over 1,000 predictions", () => {
  predictWithModel(model, "warm up", metadata);
  const before = tf.memory().numTensors;
  for (let i = 0; i < 1000; i++) predictWithModel(model, `${WORDS[i % WORDS.length]} movie ${i}`, metadata);
  assert.equal(tf.memory().numTensors, before);
});

for (const name of MODEL_NAMES) {
  test(`the shipped ${name} model: the browser's Predictor equals tf.loadLayersModel's predict to 1e-5`, async () => {
    const dir = join("public", modelFolder(name));
    assert.ok(
      existsSync(join(dir, MODEL_FILES.reading)),
      `${dir} has no model: train it (npm run train -- --recipe ${name})`,
    );
    const shipped = await loadModelDir(dir);
    const modelJson: unknown = JSON.parse(await readFile(join(dir, MODEL_FILES.model), "utf8"));
    checkCompatible(shipped.metadata, modelJson);
    const predictor = await predictorFromFiles(dir, shipped.metadata);
    const long = "A slow start, but the second half is great and the acting is superb. ".repeat(60);
    for (const text of [
      "",
      "great",
      "not good at all",
      "zyzzyva 😍 好電影 <script>",
      "The worst film I have seen, awful and boring.",
      long,
    ]) {
      const expected = predictWithModel(shipped.model, text, shipped.metadata);
      const actual = predictor.read(text).probability;
      assert.ok(Math.abs(actual - expected) < 1e-5, `${JSON.stringify(text.slice(0, 30))}: ${actual} vs ${expected}`);
    }
    for (const sample of shipped.metadata.samples ?? []) {
      assert.ok(
        Math.abs(predictor.read(sample.text).probability - sample.probability) < 1e-5,
        `recorded sample ${JSON.stringify(sample.text)}`,
      );
    }
    shipped.model.dispose();
  });
}

/** Metadata for the tiny test model; its vocabulary is WORDS in order. */
function tinyMetadata(): ModelMetadata {
  return fixtureMetadata(
    config,
    buildVocabulary([WORDS.flatMap((word, i) => Array<string>(WORDS.length - i).fill(word))], config.numWords),
  );
}
