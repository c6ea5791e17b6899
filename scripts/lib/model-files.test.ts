import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { type ModelJson, vocabularySha256 } from "../../lib/model-folder";
import { fixtureMetadata } from "../../tests/fixture-metadata";
import { buildModel } from "./model";
import { loadPredictorDir, MODEL_FILE, recordModelHashes, saveModelDir, WEIGHTS_FILE } from "./model-files";

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
const modelJsonOf = async (dir: string) => JSON.parse(await readFile(join(dir, MODEL_FILE), "utf8")) as ModelJson;

for (const quantize of [false, true]) {
  test(`saveModelDir records the SHA-256 of the weights it wrote (${quantize ? "8-bit" : "float32"})`, async () => {
    const dir = join(root, `saved-${quantize}`);
    await saveModelDir(dir, buildModel(config, 7), metadata, {}, { quantize });
    const recorded = await modelJsonOf(dir);
    assert.equal(recorded.weightsSha256, await sha256Of(join(dir, WEIGHTS_FILE)));
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
  await writeFile(join(dir, MODEL_FILE), JSON.stringify(older));
  const weightsBefore = await readFile(join(dir, WEIGHTS_FILE));

  const expected = { weightsSha256, vocabularySha256: vocabulary };
  assert.deepEqual(await recordModelHashes(dir), { ...expected, changed: true });
  assert.deepEqual(await modelJsonOf(dir), { ...older, ...expected });
  assert.deepEqual(await readFile(join(dir, WEIGHTS_FILE)), weightsBefore);
  assert.deepEqual(await recordModelHashes(dir), { ...expected, changed: false });
});

test("a vocabulary changed after saving (two indices swapped): loading and rehashing both refuse", async () => {
  const dir = join(root, "swapped");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  await writeFile(
    join(dir, "metadata.json"),
    JSON.stringify({ ...metadata, vocabulary: { the: 5, movie: 4, good: 6 } }),
  );
  const message = /metadata\.json's vocabulary has SHA-256 [0-9a-f]{64}, but model\.json records [0-9a-f]{64}/;
  await assert.rejects(loadPredictorDir(dir), message);
  await assert.rejects(recordModelHashes(dir), message);
});

test("weights replaced after saving (same length, other bytes): loading and rehashing both refuse", async () => {
  const dir = join(root, "replaced");
  await saveModelDir(dir, buildModel(config, 7), metadata);
  const otherDir = join(root, "other");
  await saveModelDir(otherDir, buildModel(config, 8), metadata);
  await writeFile(join(dir, WEIGHTS_FILE), await readFile(join(otherDir, WEIGHTS_FILE)));
  const message = /but model.json records [0-9a-f]{64}: the weights and model.json come from different saves/;
  await assert.rejects(loadPredictorDir(dir), message);
  await assert.rejects(recordModelHashes(dir), message);
});

test("recordModelHashes on a folder without model.json says what to pass", async () => {
  await assert.rejects(recordModelHashes(join(root, "nothing")), /model.json not found: pass the folder that holds/);
});
