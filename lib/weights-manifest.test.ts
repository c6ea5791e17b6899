import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, test } from "node:test";
import { tinyModelFiles } from "../tests/fixture-model-files";
import { sha256Hex } from "./sha256";
import { checkWeightsSha256, type ModelJson, parseWeightsManifest, readWeights } from "./weights-manifest";

let modelJson: ModelJson;
let weightData: ArrayBuffer;

before(async () => {
  ({ modelJson, weightData } = await tinyModelFiles());
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

// Node's own hash, as an independent check of the one hash helper.
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
