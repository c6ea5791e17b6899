import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { MODEL_FILES } from "../../lib/open-model-folder";
import { fixtureMetadata } from "../../tests/fixture-metadata";
import { buildModel } from "./model";
import { loadPredictorDir } from "./open-saved-model";
import { saveModelDir } from "./save-model-folder";
import { splitMetadataFolder } from "./split-metadata";

const config = { numWords: 12, maxLen: 9, embeddingDim: 4, lstmUnits: 3 };
const metadata = fixtureMetadata({ ...config }, { the: 4, movie: 5, good: 6 });
let root: string;
let split: string;

/** A folder as saving wrote it before the split: one metadata.json of schema version 1. */
async function folderOfVersion1(name: string, vocabulary: Record<string, number> = metadata.vocabulary) {
  const dir = join(root, name);
  await cp(split, dir, { recursive: true });
  await rm(join(dir, MODEL_FILES.reading));
  await rm(join(dir, MODEL_FILES.card));
  const old = { ...metadata, schemaVersion: 1, vocabulary };
  await writeFile(join(dir, MODEL_FILES.metadataBeforeSplit), `${JSON.stringify(old, null, 1)}\n`);
  return dir;
}

before(async () => {
  await tf.setBackend("cpu");
  root = await mkdtemp(join(tmpdir(), "split-metadata-test-"));
  split = join(root, "saved");
  await saveModelDir(split, buildModel(config, 7), metadata);
});
after(() => rm(root, { recursive: true, force: true }));

test("split-metadata writes what saving writes now, removes metadata.json, and a second run only checks", async () => {
  const dir = await folderOfVersion1("old");
  await assert.rejects(
    loadPredictorDir(dir),
    /saved before its metadata was split in two\. Split it: npm run split-metadata/,
  );
  const first = await splitMetadataFolder(dir);
  assert.equal(first.changed, true);
  assert.deepEqual(
    first.before.map((file) => file.name),
    [MODEL_FILES.metadataBeforeSplit],
  );
  for (const name of [MODEL_FILES.reading, MODEL_FILES.card])
    assert.equal(await readFile(join(dir, name), "utf8"), await readFile(join(split, name), "utf8"), name);
  assert.equal(existsSync(join(dir, MODEL_FILES.metadataBeforeSplit)), false);
  await loadPredictorDir(dir);
  const second = await splitMetadataFolder(dir);
  assert.equal(second.changed, false);
  assert.deepEqual(second.after, first.after);
});

test("a metadata.json whose vocabulary is not the one model.json fingerprints: refused, and left as it was", async () => {
  const dir = await folderOfVersion1("swapped", { the: 5, movie: 4, good: 6 });
  const before = await readFile(join(dir, MODEL_FILES.metadataBeforeSplit), "utf8");
  await assert.rejects(splitMetadataFolder(dir), /metadata\.json stays: .*vocabulary has SHA-256/);
  assert.equal(await readFile(join(dir, MODEL_FILES.metadataBeforeSplit), "utf8"), before);
  assert.equal(existsSync(join(dir, MODEL_FILES.reading)), false);
  assert.equal(existsSync(join(dir, MODEL_FILES.card)), false);
});
