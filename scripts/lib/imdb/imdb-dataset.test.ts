import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type ImdbFixture, writeImdbFixture } from "../../../tests/imdb-fixture";
import { DatasetError, downloadImdb, loadImdb, parseReviewPath } from "./imdb-dataset";

let fixture: ImdbFixture;
const anySize = { reviewsPerClass: null };

before(async () => {
  fixture = await writeImdbFixture({ reviewsPerClass: 12 });
});
after(() => fixture.remove());

const reviewPaths: { path: string; expected: ReturnType<typeof parseReviewPath> }[] = [
  { path: "aclImdb/train/pos/0_9.txt", expected: { split: "train", label: 1, id: "train/pos/0_9.txt" } },
  { path: "aclImdb/test/neg/12499_1.txt", expected: { split: "test", label: 0, id: "test/neg/12499_1.txt" } },
  { path: "./aclImdb/train/neg/3_4.txt", expected: { split: "train", label: 0, id: "train/neg/3_4.txt" } },
  { path: "aclImdb/train/unsup/0_0.txt", expected: null },
  { path: "aclImdb/train/labeledBow.feat", expected: null },
  { path: "aclImdb/train/urls_pos.txt", expected: null },
  { path: "aclImdb/imdb.vocab", expected: null },
  { path: "aclImdb/train/pos/", expected: null },
  { path: "aclImdb/train/pos/notes.txt", expected: null },
  { path: "xaclImdb/train/pos/0_9.txt", expected: null },
];

for (const { path, expected } of reviewPaths) {
  test(`parseReviewPath ${path}`, () => {
    assert.deepEqual(parseReviewPath(path), expected);
  });
}

test("loads the tarball: every labeled review with its label, id and text, sorted by id", async () => {
  const dataset = await loadImdb(fixture.tarball, anySize);
  assert.deepEqual(
    [...dataset.train, ...dataset.test].sort((a, b) => (a.id < b.id ? -1 : 1)),
    fixture.reviews,
  );
  assert.equal(dataset.train.length, 24);
  assert.equal(dataset.test.length, 24);
  assert.ok(
    dataset.train.every((r) => r.id.startsWith("train/") && r.label === (r.id.startsWith("train/pos/") ? 1 : 0)),
  );
  assert.ok(dataset.test.every((r) => r.id.startsWith("test/") && r.label === (r.id.startsWith("test/pos/") ? 1 : 0)));
  const cafe = dataset.train.find((r) => r.id === "train/pos/2_9.txt");
  assert.match(cafe?.text ?? "", /Café 電影 ☕$/);
});

test("records the tarball's path and SHA-256", async () => {
  const dataset = await loadImdb(fixture.tarball, anySize);
  assert.equal(dataset.source, fixture.tarball);
  assert.equal(
    dataset.sha256,
    createHash("sha256")
      .update(await readFile(fixture.tarball))
      .digest("hex"),
  );
});

test("reads the extracted folder, or its parent, exactly as the tarball", async () => {
  const fromTarball = await loadImdb(fixture.tarball, anySize);
  for (const folder of [fixture.folder, fixture.dir]) {
    const fromFolder = await loadImdb(folder, anySize);
    assert.deepEqual(fromFolder.train, fromTarball.train, `train from ${folder}`);
    assert.deepEqual(fromFolder.test, fromTarball.test, `test from ${folder}`);
    assert.equal(fromFolder.sha256, null);
  }
});

test("ignores unsup reviews, .feat files, url lists and the vocabulary", async () => {
  const dataset = await loadImdb(fixture.tarball, anySize);
  const ids = [...dataset.train, ...dataset.test].map((r) => r.id);
  assert.equal(ids.length, 48);
  assert.ok(
    ids.every((id) => /^(train|test)\/(pos|neg)\/\d+_\d+\.txt$/.test(id)),
    ids.join(" "),
  );
});

test("checks counts: the official 12,500 per class by default", async () => {
  await assert.rejects(loadImdb(fixture.tarball), {
    name: "DatasetError",
    message: /has 12 reviews in aclImdb\/train\/pos\/, expected 12500: the archive is incomplete; re-download it/,
  });
  await assert.rejects(loadImdb(fixture.folder, { reviewsPerClass: 11 }), {
    name: "DatasetError",
    message: /expected 11/,
  });
  assert.equal((await loadImdb(fixture.folder, { reviewsPerClass: 12 })).train.length, 24);
});

test("a truncated tarball fails with a DatasetError that says to download it again", async () => {
  const bytes = await readFile(fixture.tarball);
  const truncated = join(fixture.dir, "truncated.tar.gz");
  await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const error = await loadImdb(truncated, anySize).then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(error instanceof DatasetError, `expected a DatasetError, got ${String(error)}`);
  assert.match(error.message, /truncated\.tar\.gz/);
  assert.match(error.message, /corrupt or truncated; delete it and download it again/);
  assert.doesNotMatch(error.message, /\n/);
});

test("a file that is not gzip fails with a DatasetError that says what to do", async () => {
  const notGzip = join(fixture.dir, "not-gzip.tar.gz");
  await writeFile(notGzip, "<html>404 Not Found</html>\n".repeat(40));
  await assert.rejects(loadImdb(notGzip, anySize), (error: unknown) => {
    assert.ok(error instanceof DatasetError, `expected a DatasetError, got ${String(error)}`);
    assert.match(error.message, /not-gzip\.tar\.gz/);
    assert.match(error.message, /(download it again|re-download it)/);
    return true;
  });
});

test("a path that does not exist fails with a DatasetError naming --data", async () => {
  await assert.rejects(loadImdb(join(fixture.dir, "nowhere.tar.gz"), anySize), {
    name: "DatasetError",
    message: /does not exist: pass --data/,
  });
});

describe("a missing split folder", () => {
  let partial: ImdbFixture;
  before(async () => {
    partial = await writeImdbFixture({ reviewsPerClass: 3, leaveOut: ["test/neg"] });
  });
  after(() => partial.remove());

  test("in a folder fails and names it", async () => {
    await assert.rejects(loadImdb(partial.folder, anySize), {
      name: "DatasetError",
      message: /aclImdb\/test\/neg is missing: extract the full aclImdb_v1\.tar\.gz there/,
    });
  });

  test("in a tarball fails and names it", async () => {
    await assert.rejects(loadImdb(partial.tarball, anySize), {
      name: "DatasetError",
      message: /has no reviews in aclImdb\/test\/neg\/: is it the IMDB dataset/,
    });
  });

  test("an empty folder in a copy of the dataset fails too", async () => {
    const copy = join(partial.dir, "copy");
    await cp(fixture.folder, join(copy, "aclImdb"), { recursive: true });
    await rm(join(copy, "aclImdb", "train", "pos"), { recursive: true });
    await assert.rejects(loadImdb(copy, anySize), { name: "DatasetError", message: /train\/pos is missing/ });
  });
});

describe("downloadImdb", () => {
  let server: Server;
  let baseUrl: string;
  let tarball: Buffer;
  let sha256: string;
  const requests: string[] = [];

  before(async () => {
    tarball = await readFile(fixture.tarball);
    sha256 = createHash("sha256").update(tarball).digest("hex");
    server = createServer((request, response) => {
      requests.push(request.url ?? "");
      if (request.url === "/aclImdb_v1.tar.gz") {
        response.writeHead(200, { "content-length": tarball.length });
        response.end(tarball);
      } else if (request.url === "/cut-off.tar.gz") {
        // Promises every byte, sends half, then hangs up.
        response.writeHead(200, { "content-length": tarball.length });
        response.write(tarball.subarray(0, tarball.length >> 1), () => response.destroy());
      } else {
        response.writeHead(404).end("not found");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const freshCache = async (name: string) => {
    const dir = join(fixture.dir, "cache", name);
    await rm(dir, { recursive: true, force: true });
    return dir;
  };

  test("with the right SHA-256 the file lands in the cache, and is reused", async () => {
    const cache = await freshCache("right");
    const path = await downloadImdb(cache, false, `${baseUrl}/aclImdb_v1.tar.gz`, sha256);
    assert.equal(path, join(cache, "aclImdb_v1.tar.gz"));
    assert.deepEqual(await readFile(path), tarball);
    assert.deepEqual(await readdir(cache), ["aclImdb_v1.tar.gz"]);
    const before = requests.length;
    assert.equal(await downloadImdb(cache, false, `${baseUrl}/aclImdb_v1.tar.gz`, sha256), path);
    assert.equal(requests.length, before, "a verified copy is not downloaded again");
    assert.equal((await loadImdb(path, anySize)).train.length, 24);
  });

  test("with a wrong SHA-256 it fails and leaves nothing in the cache", async () => {
    const cache = await freshCache("wrong");
    const wrong = "0".repeat(64);
    await assert.rejects(downloadImdb(cache, false, `${baseUrl}/aclImdb_v1.tar.gz`, wrong), {
      name: "DatasetError",
      message: new RegExp(`has SHA-256 ${sha256}, expected ${wrong}: the download is corrupt; run again to retry`),
    });
    assert.deepEqual(await readdir(cache), []);
  });

  test("an HTTP error fails and leaves nothing in the cache", async () => {
    const cache = await freshCache("missing");
    await assert.rejects(downloadImdb(cache, false, `${baseUrl}/gone.tar.gz`, sha256), {
      name: "DatasetError",
      message: /HTTP 404; try again later or download it by hand and pass --data/,
    });
    assert.deepEqual(await readdir(cache), []);
  });

  test("a connection cut off mid-download fails and leaves nothing in the cache", async () => {
    const cache = await freshCache("cut-off");
    await assert.rejects(downloadImdb(cache, false, `${baseUrl}/cut-off.tar.gz`, sha256), { name: "DatasetError" });
    assert.deepEqual(await readdir(cache), []);
  });
});
