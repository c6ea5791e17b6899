/**
 * Publishing end to end without the internet: the real `@vercel/blob` client against the
 * local stand-in (tests/blob-stand-in.ts), which imitates the CDN's stale copies and
 * injects the faults seen against the real service. Each fault test names the bug it
 * guards against; tiny models are trained on the IMDB fixture.
 */

import assert from "node:assert/strict";
import { appendFile, cp, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { BlobNotFoundError, del, head, list } from "@vercel/blob";
import { MODEL_FILES } from "../lib/open-model-folder";
import { loadModelDir } from "../scripts/lib/open-saved-model";
import { networkPolicyWith } from "../scripts/lib/publish/network";
import type { ModelPointer } from "../scripts/lib/publish/pointer";
import { type PublishOptions, pointToVersion, publishModel } from "../scripts/lib/publish/publish";
import { blobStore } from "../scripts/lib/publish/store";
import { findBlobToken } from "../scripts/lib/publish/token";
import { type BlobStandIn, type Fault, type FaultRule, startBlobStandIn } from "./blob-stand-in";
import { editJson, FAST, SAMPLE_TEXTS, TINY, type TwoModels, trainTwoModels, variant } from "./publish-fixture";

const ONE_YEAR = "public, max-age=31536000";
/** Training writes test-predictions.bin too; model.json goes last. */
const { model: MODEL_FILE, weights: WEIGHTS_FILE, reading: READING_FILE, card: CARD_FILE } = MODEL_FILES;
const UPLOAD_ORDER = [WEIGHTS_FILE, MODEL_FILES.testPredictions, CARD_FILE, READING_FILE, MODEL_FILE];
const all = (action: string) => UPLOAD_ORDER.map(() => action);

let models: TwoModels;
let root: string;
let standIn: BlobStandIn;
let modelA: string;
let modelB: string;
let versionA: string;
let versionB: string;

before(async () => {
  models = await trainTwoModels("publish-model-test");
  ({ root, modelA, modelB, versionA, versionB } = models);
  standIn = await startBlobStandIn({ dir: join(root, "store") });
  process.env.VERCEL_BLOB_API_URL = standIn.apiUrl;
  delete process.env.BLOB_READ_WRITE_TOKEN;
});

after(async () => {
  await standIn.close();
  await models.remove();
});

const publish = (dir: string, prefix: string, options: PublishOptions = {}) =>
  publishModel(dir, {
    token: standIn.token,
    prefix,
    policy: FAST,
    resumeCommand: ({ repair }) =>
      `npm run publish-model -- --dir ${dir} --prefix ${prefix}${repair ? " --repair" : ""}`,
    ...options,
  });

/** The pointer as the store holds it, not as the CDN may still serve it. */
async function readPointer(prefix: string): Promise<ModelPointer> {
  const stored = await standIn.stored(`${prefix}/latest.json`);
  assert.ok(stored, `${prefix}/latest.json exists`);
  return JSON.parse(stored.toString("utf8")) as ModelPointer;
}

const pointerEtag = async (prefix: string) => (await head(`${prefix}/latest.json`, { token: standIn.token })).etag;
const putsSince = (mark: number) => standIn.requests.slice(mark).filter((request) => request.method === "PUT");

/** Runs `work` with faults injected, always clearing them after. */
async function withFaults<T>(rules: FaultRule[], work: () => Promise<T>): Promise<T> {
  for (const rule of rules) standIn.inject(rule);
  try {
    return await work();
  } finally {
    standIn.clearFaults();
  }
}

describe("publishModel", () => {
  test("publishes a model that loads back from its URL and predicts exactly as the local files", async () => {
    const result = await publish(modelA, "loads");
    assert.equal(result.version, versionA);
    assert.equal(result.baseUrl, `${standIn.publicUrl}loads/${versionA}/`);
    assert.deepEqual(
      result.files.map((file) => [file.name, file.action]),
      UPLOAD_ORDER.map((name) => [name, "uploaded"]),
    );
    assert.equal(result.pointerMoved, true);

    const pointer = await readPointer("loads");
    const metadata = JSON.parse(await readFile(join(modelA, READING_FILE), "utf8")) as { createdAt: string };
    assert.equal(pointer.version, versionA);
    assert.equal(pointer.baseUrl, result.baseUrl);
    assert.equal(pointer.previous, null);
    assert.deepEqual(pointer.history, []);
    assert.equal(pointer.model.trainedAt, metadata.createdAt);
    assert.deepEqual(pointer.model.config, TINY);

    const expectedHeaders = {
      [MODEL_FILE]: "application/json",
      [READING_FILE]: "application/json",
      [CARD_FILE]: "application/json",
      [WEIGHTS_FILE]: "application/octet-stream",
    };
    for (const [name, contentType] of Object.entries(expectedHeaders)) {
      const response: Response = await fetch(`${result.baseUrl}${name}`);
      assert.equal(response.headers.get("content-type"), contentType, name);
      assert.equal(response.headers.get("cache-control"), ONE_YEAR, name);
      assert.equal(response.headers.get("access-control-allow-origin"), "*", name);
      assert.deepEqual(Buffer.from(await response.arrayBuffer()), await readFile(join(modelA, name)), name);
    }
    const pointerResponse = await fetch(result.pointerUrl ?? "");
    assert.equal(pointerResponse.headers.get("cache-control"), "public, max-age=60");

    const reviews = tf.tensor2d(
      [
        [0, 0, 0, 0, 0, 0, 1, 4, 5, 6, 7, 8],
        [1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
      ],
      [2, TINY.maxLen],
      "int32",
    );
    const hosted = await tf.loadLayersModel(`${result.baseUrl}${MODEL_FILE}`);
    const { model: local } = await loadModelDir(modelA);
    const { model: other } = await loadModelDir(modelB);
    const predict = (model: tf.LayersModel) => Array.from((model.predict(reviews) as tf.Tensor).dataSync());
    const hostedProbabilities = predict(hosted);
    assert.deepEqual(hostedProbabilities, predict(local));
    assert.notDeepEqual(hostedProbabilities, predict(other), "the comparison must be able to tell models apart");
    for (const model of [hosted, local, other]) model.dispose();
    reviews.dispose();
  });

  test("republishing the same artifacts uploads nothing and leaves the pointer alone", async () => {
    await publish(modelA, "again");
    const etag = await pointerEtag("again");
    const mark = standIn.requests.length;
    const result = await publish(modelA, "again");
    assert.equal(result.pointerMoved, false);
    assert.deepEqual(
      result.files.map((file) => file.action),
      all("reused"),
    );
    assert.deepEqual(putsSince(mark), []);
    assert.equal(await pointerEtag("again"), etag);
  });

  test("publishing a new version moves the pointer and records the one before in previous and history", async () => {
    const first = await publish(modelA, "moves");
    const second = await publish(modelB, "moves");
    assert.notEqual(second.baseUrl, first.baseUrl);
    const pointer = await readPointer("moves");
    assert.equal(pointer.version, versionB);
    assert.deepEqual(pointer.previous, { version: versionA, baseUrl: first.baseUrl });
    assert.deepEqual(
      pointer.history.map((entry) => entry.version),
      [versionA],
    );
    // The old version stays valid for pages that loaded it.
    assert.equal((await fetch(`${first.baseUrl}${WEIGHTS_FILE}`)).status, 200);
  });

  test("republishing repairs a version whose file went missing, and keeps its predecessor", async () => {
    await publish(modelA, "missing");
    const published = await publish(modelB, "missing");
    await del(`${published.versionPathname}${WEIGHTS_FILE}`, { token: standIn.token });
    await assert.rejects(
      head(`${published.versionPathname}${WEIGHTS_FILE}`, { token: standIn.token }),
      BlobNotFoundError,
    );
    const repaired = await publish(modelB, "missing");
    assert.deepEqual(
      repaired.files.map((file) => file.action),
      ["uploaded", ...all("reused").slice(1)],
    );
    const pointer = await readPointer("missing");
    assert.equal(pointer.version, versionB);
    assert.equal(pointer.previous?.version, versionA);
  });

  test("rolling back points at an earlier version after downloading and re-hashing it", async () => {
    await publish(modelA, "rollback");
    await publish(modelB, "rollback");
    const rolled = await pointToVersion(versionA, { token: standIn.token, prefix: "rollback", policy: FAST });
    assert.equal(rolled.pointerMoved, true);
    assert.deepEqual(
      rolled.files.map((file) => file.action),
      all("reused"),
    );
    const pointer = await readPointer("rollback");
    assert.equal(pointer.version, versionA);
    assert.equal(pointer.previous?.version, versionB);
    assert.deepEqual(
      pointer.history.map((entry) => entry.version),
      [versionB],
    );
    await assert.rejects(
      pointToVersion("0123456789abcdef", { token: standIn.token, prefix: "rollback", policy: FAST }),
      /rollback\/0123456789abcdef\/model\.json is not in the store[\s\S]*The pointer was not touched/,
    );
  });
});

describe("publishModel against a failing store", () => {
  // Puts go in UPLOAD_ORDER, then the pointer: after = 4 hits the pointer write.
  const failing: Fault[] = ["cut", "503", "500", "html", "stall"];
  for (const afterPuts of [0, 1, 2, 3, 4]) {
    for (const fault of failing) {
      if (fault === "stall" && afterPuts % 4 !== 0) continue; // each stall costs (1 + retries) timeouts
      test(`a put failing with "${fault}" on every attempt after ${afterPuts} puts: one message naming the file, pointer unchanged, resume command; the rerun finishes`, async () => {
        const prefix = `fail-${fault}-${afterPuts}`;
        await publish(modelA, prefix);
        const etag = await pointerEtag(prefix);
        const mark = standIn.requests.length;
        await withFaults([{ on: "put", fault, after: afterPuts }], () =>
          assert.rejects(publish(modelB, prefix), (error: Error) => {
            assert.equal(error.name, "PublishFailure");
            const file = afterPuts < UPLOAD_ORDER.length ? UPLOAD_ORDER[afterPuts] : `${prefix}/latest.json`;
            assert.ok(error.message.includes(file), error.message);
            assert.match(error.message, /failed 3 times/);
            assert.match(
              error.message,
              new RegExp(`pointer is unchanged: ${prefix}/latest\\.json still names ${versionA}`),
            );
            assert.match(
              error.message,
              new RegExp(`Resume with:\\n  npm run publish-model -- --dir ${modelB} --prefix ${prefix}$`),
            );
            assert.doesNotMatch(error.message, /allowOverwrite|Unknown error|^error: fetch failed/);
            return true;
          }),
        );
        // Bounded: exactly 1 + retries attempts at the failing put.
        assert.equal(putsSince(mark).length, afterPuts + 3);
        assert.equal(await pointerEtag(prefix), etag);
        assert.equal((await readPointer(prefix)).version, versionA);
        const arrived = await list({ prefix: `${prefix}/${versionB}/`, token: standIn.token });
        assert.deepEqual(
          arrived.blobs.map((blob) => blob.pathname).sort(),
          UPLOAD_ORDER.slice(0, afterPuts)
            .map((name) => `${prefix}/${versionB}/${name}`)
            .sort(),
        );

        const retry = await publish(modelB, prefix);
        assert.deepEqual(
          retry.files.map((file) => file.action),
          UPLOAD_ORDER.map((_, i) => (i < afterPuts ? "reused" : "uploaded")),
        );
        assert.equal((await readPointer(prefix)).version, versionB);
      });
    }
  }

  for (const fault of ["cut", "503", "500", "html", "stall"] satisfies Fault[]) {
    for (const on of ["put", "head", "download"] as const) {
      test(`one "${fault}" on a ${on} is retried and the publish succeeds`, async () => {
        const prefix = `transient-${fault}-${on}`;
        const result = await withFaults([{ on, fault, times: 1, match: WEIGHTS_FILE }], () => publish(modelA, prefix));
        assert.equal(result.pointerMoved, true);
        assert.equal((await readPointer(prefix)).version, versionA);
      });
    }
  }

  test("a weights.bin stored but whose answer was lost counts as uploaded (the retry's 'already exists' is checked by SHA-256)", async () => {
    const result = await withFaults([{ on: "put", fault: "lost-answer", times: 1, match: WEIGHTS_FILE }], () =>
      publish(modelA, "lost-file"),
    );
    assert.deepEqual(
      result.files.map((file) => file.action),
      all("uploaded"),
    );
    assert.equal((await readPointer("lost-file")).version, versionA);
  });

  for (const first of [true, false]) {
    test(`a pointer write stored but whose answer was lost is a success (${first ? "first publish: 'already exists'" : "conditional write: 412"})`, async () => {
      const prefix = `lost-pointer-${first}`;
      if (!first) await publish(modelA, prefix);
      const result = await withFaults([{ on: "put", fault: "lost-answer", times: 1, match: "latest.json" }], () =>
        publish(modelB, prefix),
      );
      assert.equal(result.pointerMoved, true);
      const pointer = await readPointer(prefix);
      assert.equal(pointer.version, versionB);
      assert.equal(pointer.previous?.version, first ? undefined : versionA);
    });
  }

  test("a lost answer whose retry is refused in other words is still recognised as 'already exists' (by the store's state, not the English wording)", async () => {
    standIn.setAlreadyExistsMessage("Ce blob existe déjà.");
    try {
      for (const match of [WEIGHTS_FILE, "latest.json"]) {
        const prefix = `reworded-${match}`;
        const result = await withFaults([{ on: "put", fault: "lost-answer", times: 1, match }], () =>
          publish(modelA, prefix),
        );
        assert.equal(result.pointerMoved, true);
        assert.equal((await readPointer(prefix)).version, versionA);
      }
    } finally {
      standIn.setAlreadyExistsMessage(null);
    }
  });

  test("when the store cannot be asked whether the blob exists, the English 'already exists' still decides (the fallback)", async () => {
    // The put's answer is lost; its retry hears "already exists"; every head of the file after the first fails until the rule is used up.
    const result = await withFaults(
      [
        { on: "put", fault: "lost-answer", times: 1, match: WEIGHTS_FILE },
        { on: "head", fault: "503", after: 1, times: 3, match: WEIGHTS_FILE },
      ],
      () => publish(modelA, "wording-fallback"),
    );
    assert.equal(result.files[0].action, "uploaded");
    assert.equal((await readPointer("wording-fallback")).version, versionA);
  });

  test("a pointer that cannot be read (503s) is reported as unknown, not as 'nothing published yet'", async () => {
    await publish(modelA, "unreadable");
    await withFaults([{ on: "head", fault: "503", match: "unreadable/latest.json" }], () =>
      assert.rejects(publish(modelB, "unreadable"), (error: Error) => {
        assert.match(error.message, /^reading the pointer unreadable\/latest\.json failed/);
        assert.doesNotMatch(error.message, /nothing was published/);
        assert.match(
          error.message,
          /The pointer unreadable\/latest\.json is unknown: could not read it \(checking unreadable\/latest\.json failed \d+ times, last with: the Blob service answered 503/,
        );
        return true;
      }),
    );
    assert.equal((await readPointer("unreadable")).version, versionA);
  });

  test("a pointer moved by someone else meanwhile is not overwritten: the message says so", async () => {
    await publish(modelA, "raced");
    const other = await variant(modelA, root, "raced");
    // Someone else's publish lands between our read of the pointer and our write.
    const racing = withFaults([{ on: "put", fault: "stall", times: 1, match: "raced/latest.json" }], async () => {
      const ours = publish(modelB, "raced", { policy: { ...FAST, timeoutMs: 3000 } });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await publish(other, "raced", { policy: { ...FAST, retries: 0 } }).catch(() => undefined);
      return ours;
    });
    await assert.rejects(racing, (error: Error) => {
      const named = /it now names ([0-9a-f]{16})/.exec(error.message)?.[1];
      assert.ok(named, error.message);
      // The state line agrees with the store now, not with what this run read before.
      assert.match(
        error.message,
        new RegExp(
          `The pointer raced/latest\\.json now names ${named} \\(it named ${versionA} when this run read it\\)`,
        ),
      );
      assert.doesNotMatch(error.message, /still names/);
      return true;
    });
  });

  test("outages are bounded: constant 503s fail after 1 + 3 attempts by default, not 11 with minutes of silence", async () => {
    const lines: string[] = [];
    const started = Date.now();
    await withFaults([{ on: "put", fault: "503" }], () =>
      assert.rejects(
        publish(modelA, "outage", { policy: { ...FAST, retries: undefined }, log: (line) => lines.push(line) }),
        /uploading weights\.bin failed 4 times, last with: the Blob service answered 503/,
      ),
    );
    assert.ok(Date.now() - started < 10_000);
    assert.equal(lines.filter((line) => /trying again/.test(line)).length, 3, lines.join("\n"));
  });

  test("a stalled connection is abandoned after the timeout, each attempt", async () => {
    const started = Date.now();
    await withFaults([{ on: "put", fault: "stall" }], () =>
      assert.rejects(publish(modelA, "stalled"), /failed 3 times, last with: no progress for 0\.6 s/),
    );
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 6, `took ${seconds} s`);
  });
});

describe("blobStore", () => {
  test("a big upload reports its progress", async () => {
    const lines: string[] = [];
    const store = blobStore(standIn.token, networkPolicyWith(FAST), (line) => lines.push(line));
    await store.put("progress/big.bin", Buffer.alloc(3_000_000, 7), {
      contentType: "application/octet-stream",
      cacheControlMaxAge: 60,
      label: "big.bin",
    });
    // The client throttles its progress events, so a fast local upload may skip some quarters; 100% comes once.
    assert.ok(
      lines.every((line) => /^ {2}big\.bin: (25|50|75|100)% of 3\.0 MB$/.test(line)),
      lines.join("\n"),
    );
    assert.equal(lines.at(-1), "  big.bin: 100% of 3.0 MB");
    assert.equal(lines.filter((line) => line.endsWith("100% of 3.0 MB")).length, 1);
    const percents = lines.map((line) => Number(/(\d+)%/.exec(line)?.[1]));
    assert.deepEqual(
      percents,
      [...percents].sort((a, b) => a - b),
    );
  });
});

describe("publishModel and the CDN", () => {
  test("a just-moved pointer is read through the stale CDN copy: republishing B right after C moves the pointer back", async () => {
    const modelC = await variant(modelA, root, "c");
    standIn.setCdnStaleness(400);
    try {
      await publish(modelB, "stale");
      await publish(modelC, "stale");
      const again = await publish(modelB, "stale");
      assert.equal(again.pointerMoved, true, "B is not current: C is");
      assert.equal((await readPointer("stale")).version, versionB);
    } finally {
      standIn.setCdnStaleness(0);
    }
  });

  test("a quick chain B -> C -> D records C, not B, as D's previous", async () => {
    const modelC = await variant(modelA, root, "chain-c");
    const modelD = await variant(modelA, root, "chain-d");
    standIn.setCdnStaleness(400);
    try {
      await publish(modelB, "chain");
      const c = await publish(modelC, "chain");
      await publish(modelD, "chain");
      const pointer = await readPointer("chain");
      assert.equal(pointer.previous?.version, c.version);
      assert.deepEqual(
        pointer.history.map((entry) => entry.version),
        [c.version, versionB],
      );
    } finally {
      standIn.setCdnStaleness(0);
    }
  });

  test("a CDN that stays stale longer than the wait fails saying so, and moves nothing", async () => {
    await publish(modelA, "too-stale");
    await publish(modelB, "too-stale");
    standIn.setCdnStaleness(60_000);
    try {
      const modelC = await variant(modelA, root, "too-stale");
      // The pointer was just rewritten by the rollback below: the CDN keeps the copy naming B.
      await pointToVersion(versionA, { token: standIn.token, prefix: "too-stale", policy: FAST }).catch(
        () => undefined,
      );
      await assert.rejects(publish(modelC, "too-stale", { policy: { ...FAST, freshnessMs: 200 } }), (error: Error) => {
        assert.match(error.message, /the CDN still serves an older copy of too-stale\/latest\.json/);
        assert.doesNotMatch(error.message, /nothing was published/);
        assert.match(
          error.message,
          /The pointer too-stale\/latest\.json is unknown: could not read it \(the CDN still serves/,
        );
        return true;
      });
    } finally {
      standIn.setCdnStaleness(0);
    }
  });
});

describe("publishModel and damaged copies", () => {
  test("a corrupted stored copy of the same size is found by SHA-256 and refused, naming --repair", async () => {
    const published = await publish(modelB, "damaged");
    await standIn.corruptStored(`${published.versionPathname}${WEIGHTS_FILE}`);
    const mark = standIn.requests.length;
    await assert.rejects(publish(modelB, "damaged"), (error: Error) => {
      assert.match(
        error.message,
        /damaged\/[0-9a-f]{16}\/weights\.bin is in the store but damaged: it downloads with SHA-256 [0-9a-f]{64}, the local weights\.bin has [0-9a-f]{64}/,
      );
      assert.match(error.message, /--repair/);
      assert.match(error.message, /pointer is unchanged/);
      return true;
    });
    assert.deepEqual(putsSince(mark), []);

    const repaired = await publish(modelB, "damaged", { repair: true });
    assert.deepEqual(
      repaired.files.map((file) => file.action),
      ["repaired", ...all("reused").slice(1)],
    );
    const served = Buffer.from(await (await fetch(`${published.baseUrl}${WEIGHTS_FILE}`)).arrayBuffer());
    assert.deepEqual(served, await readFile(join(modelB, WEIGHTS_FILE)));
  });

  test("--repair waits out the CDN's cached copy of the damaged file", async () => {
    const published = await publish(modelA, "repair-stale");
    await fetch(`${published.baseUrl}${WEIGHTS_FILE}`); // the CDN now holds the good copy
    await standIn.corruptStored(`${published.versionPathname}${WEIGHTS_FILE}`);
    standIn.setCdnStaleness(300);
    try {
      const repaired = await publish(modelA, "repair-stale", { repair: true });
      assert.deepEqual(
        repaired.files.map((file) => file.action),
        ["repaired", ...all("reused").slice(1)],
      );
    } finally {
      standIn.setCdnStaleness(0);
    }
  });

  test("a download corrupted on the way (stored copy fine) is downloaded again, not called damaged", async () => {
    const lines: string[] = [];
    const result = await withFaults([{ on: "download", fault: "corrupt", times: 1, match: WEIGHTS_FILE }], () =>
      publish(modelA, "bad-download", { log: (line) => lines.push(line) }),
    );
    assert.equal(result.pointerMoved, true);
    assert.ok(
      lines.some((line) => /downloading it again/.test(line)),
      lines.join("\n"),
    );
  });
});

describe("publishModel refuses broken folders before any request", () => {
  const invalid: { name: string; change: (dir: string) => Promise<void>; message: RegExp }[] = [
    { name: "missing weights", change: (dir) => rm(join(dir, WEIGHTS_FILE)), message: /weights\.bin is missing/ },
    {
      name: "truncated weights",
      change: (dir) => truncate(join(dir, WEIGHTS_FILE), 100),
      message: /hold 100 bytes, but the manifest in model\.json describes \d+/,
    },
    {
      name: "extra bytes after the weights",
      change: (dir) => appendFile(join(dir, WEIGHTS_FILE), Buffer.alloc(4)),
      message: /hold \d+ bytes, but the manifest/,
    },
    {
      name: "weights of the same size from another save",
      change: (dir) => cp(join(modelB, WEIGHTS_FILE), join(dir, WEIGHTS_FILE)),
      message:
        /the weights have SHA-256 [0-9a-f]{64}, but model\.json records [0-9a-f]{64}: the weights and model\.json come from different saves/,
    },
    { name: "missing reading.json", change: (dir) => rm(join(dir, READING_FILE)), message: /reading\.json is missing/ },
    { name: "missing card.json", change: (dir) => rm(join(dir, CARD_FILE)), message: /card\.json is missing/ },
    {
      name: "wrong metadata schema",
      change: (dir) => editJson(join(dir, READING_FILE), (json) => ({ ...json, schemaVersion: 99 })),
      message: /schema version 99/,
    },
    {
      name: "card.json from another save",
      change: (dir) => editJson(join(dir, CARD_FILE), (json) => ({ ...json, createdAt: "2030-01-01T00:00:00.000Z" })),
      message: /card\.json was written for the model saved at 2030-01-01/,
    },
    {
      name: "model.json not JSON",
      change: (dir) => writeFile(join(dir, MODEL_FILE), '{"modelTopology": '),
      message: /model\.json is not valid JSON/,
    },
    {
      name: "model.json without a weights manifest",
      change: (dir) => editJson(join(dir, MODEL_FILE), ({ weightsManifest: _, ...rest }) => rest),
      message: /model\.json has no weightsManifest/,
    },
    {
      name: "a weight path outside the folder",
      change: (dir) =>
        editJson(join(dir, MODEL_FILE), (json) => ({
          ...json,
          weightsManifest: [{ ...(json.weightsManifest as object[])[0], paths: ["../weights.bin"] }],
        })),
      message: /only plain file names/,
    },
    // The three broken models that were once uploaded and served (issue 12).
    {
      name: "maxLen 50 beside a model.json for another input length",
      change: (dir) => editMetadataModel(dir, { maxLen: 50 }),
      message: /metadata maxLen 50, but model\.json's input length is 12/,
    },
    {
      name: "an empty vocabulary",
      change: (dir) => editJson(join(dir, READING_FILE), (json) => ({ ...json, words: "" })),
      message: /the vocabulary is empty/,
    },
    {
      name: "lstmUnits 64 for a 3-unit model",
      change: (dir) => editMetadataModel(dir, { lstmUnits: 64 }),
      message: /metadata lstmUnits 64, but the LSTM has 3 units/,
    },
    {
      name: "no recorded samples",
      change: (dir) => editJson(join(dir, CARD_FILE), ({ samples: _, ...rest }) => rest),
      message: /records no samples/,
    },
    {
      name: "a recorded sample the browser's predictor does not reproduce",
      change: (dir) =>
        editJson(join(dir, CARD_FILE), (json) => ({
          ...json,
          samples: [{ text: "a wonderful film, I loved it", probability: 0.5 }],
        })),
      message:
        /records P\(positive\) = 0\.500000 for the sample "a wonderful film, I loved it", but the browser's predictor computes 0\.\d+/,
    },
    {
      // The recorded samples never read these two words, so only the fingerprint can tell.
      name: "two words' indices swapped that the recorded samples do not use",
      change: (dir) =>
        editJson(join(dir, READING_FILE), (json) => {
          const words = (json.words as string).split("\n");
          const sampleWords = new Set(SAMPLE_TEXTS.join(" ").toLowerCase().split(/\W+/));
          const [a, b] = words.flatMap((word, i) => (sampleWords.has(word) ? [] : [i]));
          [words[a], words[b]] = [words[b], words[a]];
          return { ...json, words: words.join("\n") };
        }),
      message:
        /reading\.json's vocabulary has SHA-256 [0-9a-f]{64}, but model\.json records [0-9a-f]{64}: the vocabulary \(its words or their indices\) is not the one/,
    },
    {
      name: "no vocabulary fingerprint in model.json (a folder saved before it was recorded)",
      change: (dir) => editJson(join(dir, MODEL_FILE), ({ vocabularySha256: _, ...rest }) => rest),
      message: /model\.json records no vocabularySha256[\s\S]*npm run rehash-model -- --model [\s\S]*--allow-unhashed/,
    },
    {
      name: "another model's vocabulary",
      change: (dir) =>
        editJson(join(dir, READING_FILE), (json) => {
          const words = (json.words as string).split("\n");
          return { ...json, words: [...words.slice(1), words[0]].join("\n") };
        }),
      message: /reading\.json's vocabulary has SHA-256 [0-9a-f]{64}, but model\.json records/,
    },
  ];
  for (const { name, change, message } of invalid) {
    test(name, async () => {
      const dir = join(root, `invalid-${name.replaceAll(" ", "-").replaceAll("'", "")}`);
      await cp(modelA, dir, { recursive: true });
      await change(dir);
      const mark = standIn.requests.length;
      await assert.rejects(publish(dir, "invalid"), { name: "ArtifactError", message });
      await assert.rejects(publish(dir, "invalid", { dryRun: true }), { name: "ArtifactError", message });
      assert.equal(standIn.requests.length, mark);
    });
  }

  test("--allow-unhashed publishes a folder saved before the fingerprints were recorded", async () => {
    const dir = join(root, "unhashed");
    await cp(modelA, dir, { recursive: true });
    await editJson(join(dir, MODEL_FILE), ({ vocabularySha256: _, weightsSha256: __, ...rest }) => rest);
    await assert.rejects(publish(dir, "unhashed"), /records no weightsSha256 and no vocabularySha256/);
    const result = await publish(dir, "unhashed", { allowUnhashed: true });
    assert.equal(result.pointerMoved, true);
  });

  test("without a token it says how to get one (a public store); a dry run needs none and sends nothing", async () => {
    const mark = standIn.requests.length;
    await assert.rejects(publishModel(modelA, { prefix: "no-token" }), (error: Error) => {
      assert.equal(error.name, "MissingTokenError");
      assert.match(error.message, /BLOB_READ_WRITE_TOKEN is not set/);
      assert.match(error.message, /PUBLIC access \(access is fixed when the store is created\)/);
      assert.match(error.message, /vercel env pull \.env\.local/);
      return true;
    });
    const plan = await publishModel(modelA, { prefix: "no-token", dryRun: true });
    assert.equal(plan.version, versionA);
    assert.equal(plan.versionPathname, `no-token/${versionA}/`);
    assert.deepEqual(
      plan.files.map((file) => file.action),
      all("planned"),
    );
    assert.equal(standIn.requests.length, mark);
  });
});

function editMetadataModel(dir: string, change: Record<string, number>): Promise<void> {
  return editJson(join(dir, READING_FILE), (json) => ({ ...json, model: { ...(json.model as object), ...change } }));
}

describe("findBlobToken", () => {
  const cases: {
    name: string;
    env: Record<string, string>;
    envLocal: string | null;
    expected: { token: string; source: string } | null;
  }[] = [
    {
      name: "the environment wins",
      env: { BLOB_READ_WRITE_TOKEN: "vercel_blob_rw_a_env" },
      envLocal: 'BLOB_READ_WRITE_TOKEN="vercel_blob_rw_a_file"\n',
      expected: { token: "vercel_blob_rw_a_env", source: "the environment" },
    },
    {
      name: "else .env.local as vercel env pull writes it",
      env: {},
      envLocal: '# Created by Vercel CLI\nBLOB_READ_WRITE_TOKEN="vercel_blob_rw_a_file"\nVERCEL_OIDC_TOKEN="x"\n',
      expected: { token: "vercel_blob_rw_a_file", source: ".env.local" },
    },
    { name: "an empty variable does not count", env: { BLOB_READ_WRITE_TOKEN: " " }, envLocal: null, expected: null },
    { name: "a .env.local without the token", env: {}, envLocal: "OTHER=1\n", expected: null },
  ];
  for (const { name, env, envLocal, expected } of cases) {
    test(name, async () => {
      const dir = await mkdtemp(join(root, "env-"));
      if (envLocal !== null) await writeFile(join(dir, ".env.local"), envLocal);
      const found = await findBlobToken(env, dir);
      assert.deepEqual(
        found,
        expected && {
          ...expected,
          source: expected.source === ".env.local" ? join(dir, ".env.local") : expected.source,
        },
      );
    });
  }
});
