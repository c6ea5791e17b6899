/**
 * The publish path end to end, without the internet: the real `@vercel/blob` client
 * against the local stand-in (tests/blob-stand-in.ts), with tiny models trained on the
 * IMDB fixture.
 */
import * as tf from "@tensorflow/tfjs";
import { BlobNotFoundError, del, head, list } from "@vercel/blob";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, truncate, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { fileSystemHandler, METADATA_FILE, MODEL_FILE, WEIGHTS_FILE } from "../scripts/lib/artifacts";
import { findBlobToken, publishModel, readArtifacts, type ModelPointer, type PublishOptions } from "../scripts/model-publisher";
import { RECIPES } from "../scripts/lib/recipes";
import { trainImdb } from "../scripts/lib/train-imdb";
import { startBlobStandIn, type BlobStandIn, type FailureMode } from "./blob-stand-in";
import { writeImdbFixture, type ImdbFixture } from "./imdb-fixture";

const TINY = { numWords: 20, maxLen: 12, embeddingDim: 4, lstmUnits: 3 };
const ONE_YEAR = "public, max-age=31536000";

let root: string;
let fixture: ImdbFixture;
let standIn: BlobStandIn;
/** Two tiny models that differ only in their seed, so their weights and versions differ. */
let modelA: string;
let modelB: string;
let versionA: string;
let versionB: string;

function trainTiny(out: string, seed: number) {
  return trainImdb({
    recipe: { ...RECIPES.tutorial, epochs: 1, batchSize: 8, seed, model: TINY, learningRate: 0.01 },
    data: fixture.folder,
    out,
    backend: "cpu",
    lstm: "fast",
    resume: false,
    checkpointDir: join(root, `checkpoints-${seed}`),
    skipEvaluation: false,
    anySize: true,
  });
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), "publish-model-test-"));
  fixture = await writeImdbFixture({ reviewsPerClass: 6 });
  modelA = join(root, "model-a");
  modelB = join(root, "model-b");
  await trainTiny(modelA, 1);
  await trainTiny(modelB, 2);
  versionA = (await readArtifacts(modelA)).version;
  versionB = (await readArtifacts(modelB)).version;
  standIn = await startBlobStandIn({ dir: join(root, "store") });
  process.env.VERCEL_BLOB_API_URL = standIn.apiUrl;
  // One attempt per request: an injected failure should fail now, not after backoff.
  process.env.VERCEL_BLOB_RETRIES = "0";
  delete process.env.BLOB_READ_WRITE_TOKEN;
});

after(async () => {
  await standIn.close();
  await fixture.remove();
  await rm(root, { recursive: true, force: true });
});

const publish = (dir: string, prefix: string, options: PublishOptions = {}) => publishModel(dir, { token: standIn.token, prefix, ...options });

async function readPointer(prefix: string): Promise<ModelPointer> {
  const response = await fetch(`${standIn.publicUrl}${prefix}/latest.json`);
  assert.equal(response.status, 200);
  return (await response.json()) as ModelPointer;
}

const pointerEtag = async (prefix: string) => (await head(`${prefix}/latest.json`, { token: standIn.token })).etag;
const putsSince = (mark: number) => standIn.requests.slice(mark).filter((request) => request.method === "PUT");

describe("publishModel", () => {
  test("publishes a model that loads back from its URL and predicts exactly as the local files", async () => {
    const result = await publish(modelA, "loads");
    assert.equal(result.version, versionA);
    assert.equal(result.baseUrl, `${standIn.publicUrl}loads/${versionA}/`);
    assert.deepEqual(result.files.map((file) => [file.name, file.action]), [[WEIGHTS_FILE, "uploaded"], [METADATA_FILE, "uploaded"], [MODEL_FILE, "uploaded"]]);
    assert.equal(result.pointerMoved, true);

    const pointer = await readPointer("loads");
    const metadata = JSON.parse(await readFile(join(modelA, METADATA_FILE), "utf8")) as { createdAt: string };
    assert.equal(pointer.version, versionA);
    assert.equal(pointer.baseUrl, result.baseUrl);
    assert.equal(pointer.previous, null);
    assert.equal(pointer.model.trainedAt, metadata.createdAt);
    assert.deepEqual(pointer.model.config, TINY);

    const expectedHeaders = { [MODEL_FILE]: "application/json", [METADATA_FILE]: "application/json", [WEIGHTS_FILE]: "application/octet-stream" };
    for (const [name, contentType] of Object.entries(expectedHeaders)) {
      const response: Response = await fetch(`${result.baseUrl}${name}`);
      assert.equal(response.headers.get("content-type"), contentType, name);
      assert.equal(response.headers.get("cache-control"), ONE_YEAR, name);
      assert.equal(response.headers.get("access-control-allow-origin"), "*", name);
      assert.deepEqual(Buffer.from(await response.arrayBuffer()), await readFile(join(modelA, name)), name);
    }
    const pointerResponse = await fetch(result.pointerUrl ?? "");
    assert.equal(pointerResponse.headers.get("cache-control"), "public, max-age=60");

    const reviews = tf.tensor2d([[0, 0, 0, 0, 0, 0, 1, 3, 4, 5, 6, 7], [1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]], [2, TINY.maxLen], "int32");
    const hosted = await tf.loadLayersModel(`${result.baseUrl}${MODEL_FILE}`);
    const local = await tf.loadLayersModel(fileSystemHandler(modelA));
    const other = await tf.loadLayersModel(fileSystemHandler(modelB));
    const predict = (model: tf.LayersModel) => Array.from((model.predict(reviews) as tf.Tensor).dataSync());
    const hostedProbabilities = predict(hosted);
    assert.deepEqual(hostedProbabilities, predict(local));
    assert.notDeepEqual(hostedProbabilities, predict(other), "the comparison must be able to tell models apart");
    assert.ok(hostedProbabilities.every((p) => p > 0 && p < 1));
    for (const model of [hosted, local, other]) model.dispose();
    reviews.dispose();
  });

  test("republishing the same artifacts uploads nothing and leaves the pointer alone", async () => {
    await publish(modelA, "again");
    const etag = await pointerEtag("again");
    const mark = standIn.requests.length;

    const result = await publish(modelA, "again");
    assert.equal(result.pointerMoved, false);
    assert.deepEqual(result.files.map((file) => file.action), ["reused", "reused", "reused"]);
    assert.deepEqual(putsSince(mark), []);
    assert.equal(await pointerEtag("again"), etag);
  });

  test("publishing a new version moves the pointer and remembers the previous one", async () => {
    const first = await publish(modelA, "moves");
    const second = await publish(modelB, "moves");
    assert.notEqual(second.baseUrl, first.baseUrl);
    const pointer = await readPointer("moves");
    assert.equal(pointer.version, versionB);
    assert.deepEqual(pointer.previous, { version: versionA, baseUrl: first.baseUrl });
    // The old version stays valid for pages that loaded it.
    assert.equal((await fetch(`${first.baseUrl}${WEIGHTS_FILE}`)).status, 200);
  });

  test("republishing repairs a version whose file went missing, and keeps its predecessor", async () => {
    await publish(modelA, "repair");
    const published = await publish(modelB, "repair");
    await del(`${published.versionPathname}${WEIGHTS_FILE}`, { token: standIn.token });
    await assert.rejects(head(`${published.versionPathname}${WEIGHTS_FILE}`, { token: standIn.token }), BlobNotFoundError);

    const repaired = await publish(modelB, "repair");
    assert.deepEqual(repaired.files.map((file) => file.action), ["uploaded", "reused", "reused"]);
    const pointer = await readPointer("repair");
    assert.equal(pointer.version, versionB);
    assert.equal(pointer.previous?.version, versionA);
  });

  // Puts go weights.bin, metadata.json, model.json, then the pointer: `after` = 3 fails the pointer write.
  for (const afterPuts of [0, 1, 2, 3]) {
    for (const mode of ["error", "drop"] satisfies FailureMode[]) {
      test(`an upload failing (${mode}) after ${afterPuts} puts leaves the previous pointer; a rerun finishes the job`, async () => {
        const prefix = `fail-${mode}-${afterPuts}`;
        await publish(modelA, prefix);
        const etag = await pointerEtag(prefix);

        standIn.failPuts({ after: afterPuts, mode });
        try {
          await assert.rejects(publish(modelB, prefix));
        } finally {
          standIn.failPuts(null);
        }
        assert.equal(await pointerEtag(prefix), etag);
        assert.equal((await readPointer(prefix)).version, versionA);
        const arrived = await list({ prefix: `${prefix}/${versionB}/`, token: standIn.token });
        const uploadOrder = [WEIGHTS_FILE, METADATA_FILE, MODEL_FILE];
        assert.deepEqual(arrived.blobs.map((blob) => blob.pathname).sort(), uploadOrder.slice(0, afterPuts).map((name) => `${prefix}/${versionB}/${name}`).sort());

        const retry = await publish(modelB, prefix);
        assert.deepEqual(retry.files.map((file) => file.action), ["reused", "reused", "reused"].map((reused, i) => (i < afterPuts ? reused : "uploaded")));
        assert.equal((await readPointer(prefix)).version, versionB);
      });
    }
  }

  const invalid: { name: string; change: (dir: string) => Promise<void>; message: RegExp }[] = [
    { name: "missing weights", change: (dir) => rm(join(dir, WEIGHTS_FILE)), message: /weights\.bin is missing/ },
    { name: "truncated weights", change: (dir) => truncate(join(dir, WEIGHTS_FILE), 100), message: /hold 100 bytes, but the manifest in model\.json describes \d+/ },
    { name: "extra bytes after the weights", change: (dir) => appendFile(join(dir, WEIGHTS_FILE), Buffer.alloc(4)), message: /hold \d+ bytes, but the manifest/ },
    { name: "missing metadata", change: (dir) => rm(join(dir, METADATA_FILE)), message: /metadata\.json is missing/ },
    { name: "wrong metadata schema", change: (dir) => editJson(join(dir, METADATA_FILE), (json) => ({ ...json, schemaVersion: 2 })), message: /schema version 2, this code reads version 1/ },
    { name: "model.json not JSON", change: (dir) => writeFile(join(dir, MODEL_FILE), '{"modelTopology": '), message: /model\.json is not valid JSON/ },
    { name: "model.json without a weights manifest", change: (dir) => editJson(join(dir, MODEL_FILE), ({ weightsManifest: _, ...rest }) => rest), message: /needs "modelTopology" and "weightsManifest"/ },
    {
      name: "a weight path outside the folder",
      change: (dir) => editJson(join(dir, MODEL_FILE), (json) => ({ ...json, weightsManifest: [{ ...(json.weightsManifest as object[])[0], paths: ["../weights.bin"] }] })),
      message: /only plain file names/,
    },
  ];
  for (const { name, change, message } of invalid) {
    test(`refuses artifacts with ${name}, before any request`, async () => {
      const dir = join(root, `invalid-${name.replaceAll(" ", "-")}`);
      await cp(modelA, dir, { recursive: true });
      await change(dir);
      const mark = standIn.requests.length;
      await assert.rejects(publish(dir, "invalid"), { name: "ArtifactError", message });
      await assert.rejects(publish(dir, "invalid", { dryRun: true }), { name: "ArtifactError", message });
      assert.equal(standIn.requests.length, mark);
    });
  }

  test("without a token it says how to get one; a dry run needs none and sends nothing", async () => {
    const mark = standIn.requests.length;
    await assert.rejects(publishModel(modelA, { prefix: "no-token" }), (error: Error) => {
      assert.equal(error.name, "MissingTokenError");
      assert.match(error.message, /BLOB_READ_WRITE_TOKEN is not set/);
      assert.match(error.message, /Storage -> Create \(or connect\) a Blob store/);
      assert.match(error.message, /vercel env pull \.env\.local/);
      return true;
    });
    const plan = await publishModel(modelA, { prefix: "no-token", dryRun: true });
    assert.equal(plan.version, versionA);
    assert.equal(plan.versionPathname, `no-token/${versionA}/`);
    assert.deepEqual(plan.files.map((file) => file.action), ["planned", "planned", "planned"]);
    assert.equal(standIn.requests.length, mark);
  });
});

describe("findBlobToken", () => {
  const cases: { name: string; env: Record<string, string>; envLocal: string | null; expected: { token: string; source: string } | null }[] = [
    { name: "the environment wins", env: { BLOB_READ_WRITE_TOKEN: "vercel_blob_rw_a_env" }, envLocal: 'BLOB_READ_WRITE_TOKEN="vercel_blob_rw_a_file"\n', expected: { token: "vercel_blob_rw_a_env", source: "the environment" } },
    { name: "else .env.local as vercel env pull writes it", env: {}, envLocal: '# Created by Vercel CLI\nBLOB_READ_WRITE_TOKEN="vercel_blob_rw_a_file"\nVERCEL_OIDC_TOKEN="x"\n', expected: { token: "vercel_blob_rw_a_file", source: ".env.local" } },
    { name: "an empty variable does not count", env: { BLOB_READ_WRITE_TOKEN: " " }, envLocal: null, expected: null },
    { name: "a .env.local without the token", env: {}, envLocal: "OTHER=1\n", expected: null },
  ];
  for (const { name, env, envLocal, expected } of cases) {
    test(name, async () => {
      const dir = await mkdtemp(join(root, "env-"));
      if (envLocal !== null) await writeFile(join(dir, ".env.local"), envLocal);
      const found = await findBlobToken(env, dir);
      assert.deepEqual(found, expected && { ...expected, source: expected.source === ".env.local" ? join(dir, ".env.local") : expected.source });
    });
  }
});

describe("the command-line scripts", () => {
  const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));

  /** Runs a script the way npm does, from an empty folder so no .env.local is picked up. */
  async function run(name: string, args: string[], withToken: boolean) {
    const cwd = await mkdtemp(join(root, "cwd-"));
    const env: NodeJS.ProcessEnv = { ...process.env, VERCEL_BLOB_API_URL: standIn.apiUrl, VERCEL_BLOB_RETRIES: "0" };
    if (withToken) env.BLOB_READ_WRITE_TOKEN = standIn.token;
    const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), script(name), ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    return { code, stdout, stderr };
  }

  test("publish-model prints the URL to build the site with and the redeploy command", async () => {
    const { code, stdout, stderr } = await run("publish-model.ts", ["--dir", modelA, "--prefix", "cli"], true);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`NEXT_PUBLIC_MODEL_URL=${standIn.publicUrl}cli/${versionA}/\n`));
    assert.match(stdout, /vercel deploy --prod/);
    assert.equal((await readPointer("cli")).version, versionA);
  });

  test("publish-model without a token exits 1 with how to get one", async () => {
    const { code, stdout, stderr } = await run("publish-model.ts", ["--dir", modelA], false);
    assert.equal(code, 1, stdout);
    assert.match(stderr, /BLOB_READ_WRITE_TOKEN is not set[\s\S]*vercel env pull/);
  });

  test("publish-model refuses an unknown flag with its help", async () => {
    const { code, stderr } = await run("publish-model.ts", ["--dri-run"], false);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown option '--dri-run'[\s\S]*Usage: npm run publish-model/);
  });

  const trainFlags = (out: string) => [
    "--data", fixture.folder, "--any-size", "--out", out, "--epochs", "1", "--batch-size", "8", "--num-words", "20", "--max-len", "12",
    "--embedding-dim", "4", "--lstm-units", "3", "--backend", "cpu", "--checkpoint-dir", join(root, "retrain-checkpoints"),
  ];

  test("retrain passes its flags to training, evaluates, then publishes the result", async () => {
    const out = join(root, "retrained");
    const { code, stdout, stderr } = await run("retrain.ts", [...trainFlags(out), "--prefix", "retrain", "--seed", "3"], true);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Test evaluation \(12 reviews\)/);
    const { version, metadata } = await readArtifacts(out);
    assert.deepEqual(metadata.model, TINY);
    assert.equal(metadata.training.seed, 3);
    assert.match(stdout, new RegExp(`NEXT_PUBLIC_MODEL_URL=${standIn.publicUrl}retrain/${version}/\n`));
    assert.equal((await readPointer("retrain")).version, version);
  });

  test("retrain without a token trains, saves, and says how to publish later", async () => {
    const out = join(root, "retrained-offline");
    const mark = standIn.requests.length;
    const { code, stdout, stderr } = await run("retrain.ts", [...trainFlags(out), "--prefix", "later"], false);
    assert.equal(code, 0, stderr);
    await readArtifacts(out);
    assert.match(stdout, /not published[\s\S]*BLOB_READ_WRITE_TOKEN is not set[\s\S]*npm run publish-model -- --dir .*retrained-offline --prefix later/);
    assert.equal(standIn.requests.length, mark);
  });
});

async function editJson(path: string, edit: (json: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  await writeFile(path, JSON.stringify(edit(JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>)));
}
