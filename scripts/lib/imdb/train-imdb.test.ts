import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { checkCompatible } from "../../../lib/compatibility";
import { textToIndices } from "../../../lib/encode";
import type { ModelMetadata } from "../../../lib/metadata";
import { binaryMetrics } from "../../../lib/metrics";
import { MODEL_FILES } from "../../../lib/open-model-folder";
import { padSequences, truncateSequence } from "../../../lib/padding";
import { decodeTestPredictions } from "../../../lib/test-predictions";
import { tokenize } from "../../../lib/tokenizer";
import { buildVocabulary } from "../../../lib/vocabulary";
import type { ModelJson } from "../../../lib/weights-manifest";
import { type ImdbFixture, writeImdbFixture } from "../../../tests/imdb-fixture";
import { loadModelDir, loadPredictorDir, readMetadata } from "../open-saved-model";
import { predictAll } from "../shared-padding";
import { loadImdb } from "./imdb-dataset";
import { RECIPES, type Recipe } from "./recipes";
import { type TrainOptions, trainImdb } from "./train-imdb";

let fixture: ImdbFixture;
/** The reference run: the tutorial recipe, tiny, seed 7, 2 epochs, uninterrupted. */
let reference: { dir: string; metadata: ModelMetadata };

const TINY: Recipe = {
  ...RECIPES.tutorial,
  model: { numWords: 30, maxLen: 12, embeddingDim: 4, lstmUnits: 4 },
  epochs: 2,
  batchSize: 4,
  learningRate: 0.01,
};

/** Trains a tiny model on the fixture into `<fixture>/<name>/{model,checkpoints}`. */
async function tinyRun(name: string, recipe: Partial<Recipe> = {}, overrides: Partial<TrainOptions> = {}) {
  const dir = join(fixture.dir, name, "model");
  const metadata = await trainImdb({
    recipe: { ...TINY, ...recipe },
    data: fixture.tarball,
    out: dir,
    backend: "cpu",
    lstm: "fast",
    resume: false,
    checkpointDir: join(fixture.dir, name, "checkpoints"),
    skipEvaluation: false,
    anySize: true,
    ...overrides,
  });
  return { dir, metadata };
}

/** As JSON (the vocabulary read back has a null prototype, as buildVocabulary's has). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const weightsOf = (dir: string) => readFile(join(dir, MODEL_FILES.weights));

before(async () => {
  fixture = await writeImdbFixture({ reviewsPerClass: 12 });
  reference = await tinyRun("reference");
});
after(() => fixture.remove());

test("saved artifacts load back with tf.loadLayersModel and predict as the trained model did", async () => {
  const { model } = await loadModelDir(reference.dir);
  const { metadata } = reference;
  const dataset = await loadImdb(fixture.tarball, { reviewsPerClass: null });
  const sequences = dataset.test.map((r) => truncateSequence(textToIndices(r.text, metadata), metadata.model.maxLen));
  const labels = dataset.test.map((r) => r.label);

  // The evaluation in card.json came from the trained model in memory; the loaded
  // model must reproduce it exactly.
  const probabilities = Array.from(await predictAll(model, sequences, metadata.model.maxLen, 128));
  const metrics = binaryMetrics(labels, probabilities);
  const stored = metadata.evaluation!;
  for (const key of Object.keys(metrics) as (keyof typeof metrics)[]) assert.deepEqual(metrics[key], stored[key], key);
  assert.ok(new Set(probabilities).size > 1, "predictions differ between reviews");

  // Keras's way, every review padded to maxLen, gives the same probabilities.
  const input = tf.tensor2d(padSequences(sequences, { maxLen: metadata.model.maxLen }), undefined, "int32");
  const padded = model.predict(input) as tf.Tensor;
  const byKeras = padded.dataSync();
  probabilities.forEach((p, i) => assert.ok(Math.abs(p - byKeras[i]) < 1e-6, `review ${i}: ${p} vs ${byKeras[i]}`));
  tf.dispose([input, padded]);
  model.dispose();
});

test("reading.json and card.json hold the vocabulary, 2 epochs of history and the test evaluation", async () => {
  // What a reader sees after the schema: every field training wrote, unchanged.
  const saved = await readMetadata(reference.dir);
  assert.deepEqual(asJson(saved), asJson(reference.metadata));
  assert.deepEqual(saved.model, { numWords: 30, maxLen: 12, embeddingDim: 4, lstmUnits: 4 });

  // The vocabulary comes from the training reviews only.
  const { train: trainReviews } = await loadImdb(fixture.tarball, { reviewsPerClass: null });
  assert.deepEqual(
    asJson(saved.vocabulary),
    asJson(
      buildVocabulary(
        trainReviews.map((r) => tokenize(r.text)),
        30,
      ),
    ),
  );
  for (const word of ["great", "wonderful", "loved", "awful", "boring", "hated"])
    assert.ok(saved.vocabulary[word] >= 4);
  assert.ok(Object.values(saved.vocabulary).every((index) => index >= 4 && index < 30));

  assert.deepEqual(
    saved.history.map((record) => record.epoch),
    [1, 2],
  );
  for (const record of saved.history) {
    assert.ok(record.loss > 0 && Number.isFinite(record.loss), `loss ${record.loss}`);
    assert.ok(record.accuracy >= 0 && record.accuracy <= 1, `accuracy ${record.accuracy}`);
  }
  assert.equal(saved.training.trainExamples, 24);
  assert.equal(saved.training.seed, 7);
  assert.equal(saved.backend, "cpu");
  assert.equal(
    saved.dataset.sha256,
    createHash("sha256")
      .update(await readFile(fixture.tarball))
      .digest("hex"),
  );

  const evaluation = saved.evaluation!;
  assert.equal(evaluation.examples, 24);
  const { truePositive, falseNegative, falsePositive, trueNegative } = evaluation.confusionMatrix;
  assert.equal(truePositive + falseNegative, 12);
  assert.equal(falsePositive + trueNegative, 12);
  assert.ok(evaluation.logLoss > 0 && evaluation.accuracy >= 0 && evaluation.accuracy <= 1);
});

test("the saved model is the one loadModelDir returns, with its metadata", async () => {
  const { model, metadata } = await loadModelDir(reference.dir);
  assert.deepEqual(asJson(metadata), asJson(reference.metadata));
  assert.deepEqual(model.inputs[0].shape, [null, 12]);
  assert.deepEqual(model.outputs[0].shape, [null, 1]);
  model.dispose();
});

test("the same seed gives identical weights; another seed different ones", async () => {
  const again = await tinyRun("same-seed");
  assert.ok((await weightsOf(again.dir)).equals(await weightsOf(reference.dir)), "same seed, different weights");
  assert.deepEqual(
    again.metadata.history.map((r) => r.loss),
    reference.metadata.history.map((r) => r.loss),
  );

  const other = await tinyRun("other-seed", { seed: 8 });
  assert.ok(!(await weightsOf(other.dir)).equals(await weightsOf(reference.dir)), "another seed, same weights");
});

test("a run stopped after epoch 1 and resumed matches an uninterrupted run", async () => {
  await tinyRun("resumed", { epochs: 1 });
  const resumed = await tinyRun("resumed", { epochs: 2 }, { resume: true });
  assert.deepEqual(
    resumed.metadata.history.map((r) => r.loss),
    reference.metadata.history.map((r) => r.loss),
  );
  assert.ok((await weightsOf(resumed.dir)).equals(await weightsOf(reference.dir)), "resumed run has different weights");
});

test("the default recipe's steps on the fixture: validation split, spans, treebank phrases, early stopping on three sets, 8-bit weights", async () => {
  // A tiny treebank beside the reviews: two sentences, one dev sentence.
  const treebank = join(fixture.dir, "sst");
  await mkdir(treebank, { recursive: true });
  await writeFile(
    join(treebank, "train.txt"),
    "(1 (2 It) (1 (2 (2 was) (1 (2 n't) (3 good))) (2 .)))\n(3 (2 A) (3 (2 fine) (2 film)))\n",
  );
  await writeFile(join(treebank, "dev.txt"), "(4 (3 (2 Not) (3 bad)) (4 (2 at) (4 all)))\n");
  const recipe = {
    ...RECIPES.default,
    model: { numWords: 40, maxLen: 12, embeddingDim: 4, lstmUnits: 4 },
    epochs: 3,
    batchSize: 4,
    learningRate: 0.01,
    // The default factors its trained embedding (16 → 8); here 4 → 2.
    embeddingRank: 2,
  };
  await assert.rejects(tinyRun("default-without-treebank", recipe), /give --treebank DIR/);
  const run = await tinyRun("default-like", recipe, { treebank });
  const { metadata } = run;
  assert.equal(metadata.name, "default");
  assert.equal(RECIPES.default.embeddingRank, 8);
  assert.equal(metadata.model.embeddingDim, 2, "the saved model has the factored embedding");
  assert.equal(metadata.training.embeddingTrainedDim, 4);
  assert.equal(metadata.preprocessing.markNegation, undefined);
  // Every non-neutral phrase of the two train sentences (4 + 2), as many times as the recipe shows each.
  assert.equal(metadata.training.treebankPhrases, 6 * (RECIPES.default.treebankPhrases ?? 0));
  assert.ok(metadata.training.treebankPhrases > 0);
  assert.equal(metadata.treebank?.name, "Stanford Sentiment Treebank (Socher et al., 2013)");
  assert.deepEqual(
    metadata.history[0].validationSets?.map((set) => set.name),
    ["validation", "short validation", "treebank dev"],
  );
  // 10% of each label held out; the spans come from the other reviews only.
  assert.ok(metadata.training.trainExamples > 2 * 11, `${metadata.training.trainExamples} examples: spans were added`);
  assert.ok(metadata.history.every((record) => record.valLoss !== undefined));
  assert.ok(metadata.training.epochs >= 1 && metadata.training.epochs <= metadata.history.length);
  const band = metadata.unsureBand;
  assert.ok(band && band.low < 0.5 && band.high > 0.5);
  assert.ok(Number.isInteger(band.examples) && band.examples > 0);
  assert.ok(band.insideShare >= 0 && band.insideShare <= 1 && band.accuracyOutside >= 0 && band.accuracyOutside <= 1);

  const modelJson = JSON.parse(await readFile(join(run.dir, MODEL_FILES.model), "utf8")) as ModelJson;
  assert.ok(
    modelJson.weightsManifest[0].weights.every((w) => w.quantization?.dtype === "uint8"),
    "weights stored in 8 bits",
  );
  checkCompatible(metadata, modelJson);
  const { predictor } = await loadPredictorDir(run.dir);
  for (const sample of metadata.samples!)
    assert.ok(Math.abs(predictor.read(sample.text).probability - sample.probability) < 1e-6, sample.text);
  assert.ok(metadata.evaluation?.quantization, "the effect of 8-bit weights is recorded");

  const predictions = decodeTestPredictions(await readFile(join(run.dir, MODEL_FILES.testPredictions)));
  assert.equal(predictions.labels.length, metadata.evaluation!.examples);
});

test("the tutorial recipe stores float32 weights and no unsure band", async () => {
  const modelJson = JSON.parse(await readFile(join(reference.dir, MODEL_FILES.model), "utf8")) as ModelJson;
  assert.ok(modelJson.weightsManifest[0].weights.every((w) => w.quantization === undefined));
  assert.equal(reference.metadata.unsureBand, undefined);
  // The data file is named by its base name, never by a path on the training machine.
  assert.match(reference.metadata.dataset.source, /^[^/\\]+\.tar\.gz$/);
  assert.ok(existsSync(join(reference.dir, MODEL_FILES.testPredictions)));
});

test("without early stopping the last epoch is kept; with it, the epoch of lowest validation loss", async () => {
  const recipe = { ...TINY, validationFraction: 0.25, epochs: 4, learningRate: 0.05 };
  const plain = await tinyRun("no-early-stopping", recipe);
  assert.equal(plain.metadata.training.epochs, 4);
  const stopped = await tinyRun("early-stopping", { ...recipe, patience: 4 });
  const lowest = stopped.metadata.history.reduce((a, b) => (b.valLoss! < a.valLoss! ? b : a));
  assert.equal(stopped.metadata.training.epochs, lowest.epoch);
  // Same run up to the choice of epoch: the weights differ exactly when an earlier epoch was kept.
  const same = (await weightsOf(plain.dir)).equals(await weightsOf(stopped.dir));
  assert.equal(same, lowest.epoch === 4);
});

test("masking and dropout: a masked model is saved with mask_zero, dropout is recorded, and both load in the browser's Predictor", async () => {
  const run = await tinyRun("masked-dropout", {
    ...TINY,
    model: { ...TINY.model, maskZero: true },
    dropout: 0.5,
  });
  assert.equal(run.metadata.model.maskZero, true);
  assert.equal(run.metadata.training.dropout, 0.5);
  const modelJson = JSON.parse(await readFile(join(run.dir, MODEL_FILES.model), "utf8")) as ModelJson;
  checkCompatible(run.metadata, modelJson);
  // The browser's Predictor reads the masked model as tfjs does.
  const { predictor } = await loadPredictorDir(run.dir);
  const { model, metadata } = await loadModelDir(run.dir);
  const texts = ["a", "great fun", ...fixture.reviews.slice(0, 6).map((r) => r.text)];
  const sequences = texts.map((text) => truncateSequence(textToIndices(text, metadata), metadata.model.maxLen, "pre"));
  const expected = await predictAll(model, sequences, metadata.model.maxLen, 4);
  texts.forEach((text, i) =>
    assert.ok(
      Math.abs(predictor.read(text).probability - expected[i]) < 1e-5,
      `${text}: ${predictor.read(text).probability} vs ${expected[i]}`,
    ),
  );
  model.dispose();
});
