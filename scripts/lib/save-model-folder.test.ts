import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { vocabularySha256 } from "../../lib/compatibility";
import { MODEL_FILES } from "../../lib/open-model-folder";
import type { ModelJson } from "../../lib/weights-manifest";
import { fixtureMetadata } from "../../tests/fixture-metadata";
import { buildModel } from "./model";
import { loadModelDir, loadPredictorDir, readMetadata } from "./open-saved-model";
import { recordModelHashes, saveModelDir, writeMetadata } from "./save-model-folder";

const config = { numWords: 12, maxLen: 9, embeddingDim: 4, lstmUnits: 3 };
const metadata = fixtureMetadata({ ...config }, { the: 4, movie: 5, good: 6 });
let root: string;

before(async () => {
  await tf.setBackend("cpu");
  root = await mkdtemp(join(tmpdir(), "artifacts-test-"));
});
after(() => rm(root, { recursive: true, force: true }));

const sha256Of = async (path: string) =>
  createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
const modelJsonOf = async (dir: string) =>
  JSON.parse(await readFile(join(dir, MODEL_FILES.model), "utf8")) as ModelJson;

for (const quantize of [false, true]) {
  test(`saveModelDir records the SHA-256 of the weights it wrote (${quantize ? "8-bit" : "float32"})`, async () => {
    const dir = join(root, `saved-${quantize}`);
    await saveModelDir(dir, buildModel(config, 7), metadata, {}, { quantize });
    const recorded = await modelJsonOf(dir);
    assert.equal(recorded.weightsSha256, await sha256Of(join(dir, MODEL_FILES.weights)));
    // The words in index order: "the", "movie", "good" at 4, 5, 6.
    assert.equal(recorded.vocabularySha256, createHash("sha256").update("4\tthe\n5\tmovie\n6\tgood\n").digest("hex"));
    await loadPredictorDir(dir);
  });
}

test("vocabularySha256: the same words at the same indices in any key order hash alike; two swapped indices do not", async () => {
  const hash = await vocabularySha256({ the: 4, movie: 5, good: 6 });
  assert.equal(await vocabularySha256({ good: 6, the: 4, movie: 5 }), hash);
  assert.notEqual(await vocabularySha256({ the: 5, movie: 4, good: 6 }), hash);
  assert.notEqual(await vocabularySha256({ the: 4, movie: 5, good: 7 }), hash);
});

test("recordModelHashes gives an older folder its hashes without touching the weights; a second run changes nothing", async () => {
  const dir = join(root, "older");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  const { weightsSha256, vocabularySha256: vocabulary, ...older } = await modelJsonOf(dir);
  await writeFile(join(dir, MODEL_FILES.model), JSON.stringify(older));
  const weightsBefore = await readFile(join(dir, MODEL_FILES.weights));

  const expected = { weightsSha256, vocabularySha256: vocabulary };
  assert.deepEqual(await recordModelHashes(dir), { ...expected, changed: true });
  assert.deepEqual(await modelJsonOf(dir), { ...older, ...expected });
  assert.deepEqual(await readFile(join(dir, MODEL_FILES.weights)), weightsBefore);
  assert.deepEqual(await recordModelHashes(dir), { ...expected, changed: false });
});

test("a vocabulary changed after saving (two indices swapped): loading and rehashing both refuse", async () => {
  const dir = join(root, "swapped");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  const reading = JSON.parse(await readFile(join(dir, MODEL_FILES.reading), "utf8"));
  await writeFile(join(dir, MODEL_FILES.reading), JSON.stringify({ ...reading, words: "movie\nthe\ngood" }));
  const message = /reading\.json's vocabulary has SHA-256 [0-9a-f]{64}, but model\.json records [0-9a-f]{64}/;
  await assert.rejects(loadPredictorDir(dir), message);
  await assert.rejects(recordModelHashes(dir), message);
});

test("weights replaced after saving (same length, other bytes): loading and rehashing both refuse", async () => {
  const dir = join(root, "replaced");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  const otherDir = join(root, "other");
  await saveModelDir(otherDir, buildModel(config, 8), metadata);
  await writeFile(join(dir, MODEL_FILES.weights), await readFile(join(otherDir, MODEL_FILES.weights)));
  const message = /but model.json records [0-9a-f]{64}: the weights and model.json come from different saves/;
  await assert.rejects(loadPredictorDir(dir), message);
  await assert.rejects(recordModelHashes(dir), message);
});

test("recordModelHashes on a folder without model.json says what to pass", async () => {
  await assert.rejects(recordModelHashes(join(root, "nothing")), /model.json not found: pass the folder that holds/);
});

test("saveModelDir writes every file of the folder at once, extra files included, and replaces an older folder whole", async () => {
  const dir = join(root, "whole");
  await saveModelDir(dir, buildModel(config, 7), metadata, { stale: "from an older save" });
  await saveModelDir(dir, buildModel(config, 7), metadata, {
    [MODEL_FILES.testPredictions]: new Uint8Array([1, 2, 3]),
  });
  const files = (await readdir(dir)).sort();
  assert.deepEqual(
    files,
    [MODEL_FILES.card, MODEL_FILES.model, MODEL_FILES.reading, MODEL_FILES.testPredictions, MODEL_FILES.weights].sort(),
  );
  assert.deepEqual([...(await readFile(join(dir, MODEL_FILES.testPredictions)))], [1, 2, 3]);
  assert.deepEqual(
    (await readdir(root)).filter((name) => name.includes(".tmp-") || name.includes(".old-")),
    [],
  );
});

test("a failed save leaves the folder as it was", async () => {
  const dir = join(root, "kept");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  const before = await readFile(join(dir, MODEL_FILES.reading), "utf8");
  const gap = { ...metadata, vocabulary: { the: 4, good: 6 } }; // a word list cannot hold the gap at 5
  await assert.rejects(saveModelDir(dir, buildModel(config, 8), gap), /no word at index 5/);
  assert.equal(await readFile(join(dir, MODEL_FILES.reading), "utf8"), before);
});

test("writeMetadata rewrites reading.json and card.json, which read back as written; loadModelDir opens the folder", async () => {
  const dir = join(root, "rewritten");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  await writeMetadata(dir, { ...metadata, trainingSeconds: 42 });
  const read = await readMetadata(dir);
  assert.equal(read.trainingSeconds, 42);
  assert.deepEqual({ ...read.vocabulary }, { ...metadata.vocabulary });
  const { model } = await loadModelDir(dir);
  assert.equal(model.getLayer("embedding").getWeights()[0].shape.join(), "12,4");
  model.dispose();
});

test("a card.json from another save is refused by every reader", async () => {
  const dir = join(root, "mixed");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  const card = JSON.parse(await readFile(join(dir, MODEL_FILES.card), "utf8"));
  await writeFile(join(dir, MODEL_FILES.card), JSON.stringify({ ...card, createdAt: "2030-01-01T00:00:00.000Z" }));
  const message = /card\.json was written for the model saved at 2030-01-01/;
  await assert.rejects(readMetadata(dir), message);
  await assert.rejects(loadModelDir(dir), message);
  await assert.rejects(loadPredictorDir(dir), message);
});
