/**
 * The IMDB dataset (Maas et al., 2011) as Node reads it: from the official
 * `aclImdb_v1.tar.gz`, the labeled-only tarball, or an extracted `aclImdb/` folder.
 * With no local source it downloads the official tarball into a cache, checks its
 * SHA-256, and only then moves it into place.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Parser, type ReadEntry } from "tar";
import { IMDB_BYTES, IMDB_SHA256, IMDB_URL } from "../../../lib/imdb-source";
import { ProgressBar } from "../progress-bar";

export { IMDB_BYTES, IMDB_SHA256, IMDB_URL } from "../../../lib/imdb-source";
/** Reviews per class per split in the official dataset. */
export const IMDB_REVIEWS_PER_CLASS = 12_500;

export type Split = "train" | "test";

export interface Review {
  text: string;
  /** 1 = positive, 0 = negative. */
  label: 0 | 1;
  /** File name in the official layout, e.g. `train/pos/0_9.txt`. */
  id: string;
}

export interface ImdbDataset {
  train: Review[];
  test: Review[];
  /** Where the reviews came from: a path or the download URL. */
  source: string;
  /** SHA-256 of the tarball, or null for an extracted folder. */
  sha256: string | null;
}

export interface LoadOptions {
  /**
   * Reviews each class must have in each split. Defaults to the official 12,500;
   * null accepts any non-empty count (for test fixtures).
   */
  reviewsPerClass?: number | null;
  /** Where downloads are kept. Defaults to `$XDG_CACHE_HOME/lstm-reads-reviews`. */
  cacheDir?: string;
  /** Shows download and reading progress on stderr. */
  showProgress?: boolean;
}

/** A problem with the data the user can fix; the message says how. */
export class DatasetError extends Error {
  override name = "DatasetError";
}

/** `aclImdb/train/pos/123_9.txt` -> split, label, id. Anything else (unsup, .feat, urls) -> null. */
export function parseReviewPath(path: string): { split: Split; label: 0 | 1; id: string } | null {
  const match = /(?:^|\/)aclImdb\/(train|test)\/(pos|neg)\/(\d+_\d+\.txt)$/.exec(path);
  if (!match) return null;
  const [, split, polarity, file] = match;
  return { split: split as Split, label: polarity === "pos" ? 1 : 0, id: `${split}/${polarity}/${file}` };
}

/**
 * Loads the labeled reviews. `source` is a `.tar.gz`, an `aclImdb/` folder (or its
 * parent), or undefined to download the official tarball into the cache.
 */
export async function loadImdb(source: string | undefined, options: LoadOptions = {}): Promise<ImdbDataset> {
  const { reviewsPerClass = IMDB_REVIEWS_PER_CLASS, showProgress = false } = options;
  const path = source ?? (await downloadImdb(options.cacheDir ?? defaultCacheDir(), showProgress));
  if (!existsSync(path)) {
    throw new DatasetError(
      `${path} does not exist: pass --data with the IMDB .tar.gz or aclImdb/ folder, or leave --data out to download it`,
    );
  }
  const isFolder = (await stat(path)).isDirectory();
  // Sorted by id, so a tarball and its extracted folder give the same order (and the same shuffles).
  const reviews = (isFolder ? await readFolder(path) : await readTarball(path, showProgress)).sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  const dataset: ImdbDataset = {
    train: reviews.filter((r) => r.id.startsWith("train/")),
    test: reviews.filter((r) => r.id.startsWith("test/")),
    source: source ?? IMDB_URL,
    sha256: isFolder ? null : await sha256OfFile(path),
  };
  checkCounts(dataset, path, reviewsPerClass);
  return dataset;
}

function checkCounts(dataset: ImdbDataset, path: string, reviewsPerClass: number | null): void {
  for (const split of ["train", "test"] as const) {
    for (const label of [1, 0] as const) {
      const count = dataset[split].filter((r) => r.label === label).length;
      const folder = `aclImdb/${split}/${label === 1 ? "pos" : "neg"}`;
      if (count === 0) {
        throw new DatasetError(
          `${path} has no reviews in ${folder}/: is it the IMDB dataset (aclImdb_v1.tar.gz)? Re-download it or point --data at the right file`,
        );
      }
      if (reviewsPerClass !== null && count !== reviewsPerClass) {
        throw new DatasetError(
          `${path} has ${count} reviews in ${folder}/, expected ${reviewsPerClass}: the archive is incomplete; re-download it`,
        );
      }
    }
  }
}

async function readTarball(path: string, showProgress: boolean): Promise<Review[]> {
  const reviews: Review[] = [];
  const bar = showProgress ? new ProgressBar("reading reviews", (await stat(path)).size, "bytes") : null;
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const parsed = parseReviewPath(entry.path);
      if (!parsed) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      entry.on("end", () =>
        reviews.push({ text: Buffer.concat(chunks).toString("utf8"), label: parsed.label, id: parsed.id }),
      );
    },
  });
  const input = createReadStream(path);
  if (bar) input.on("data", (chunk) => bar.advance(chunk.length));
  try {
    await pipeline(input, parser);
  } catch (error) {
    throw new DatasetError(
      `${path} is not a readable .tar.gz (${(error as Error).message}): the file is corrupt or truncated; delete it and download it again`,
    );
  } finally {
    bar?.finish();
  }
  return reviews;
}

async function readFolder(path: string): Promise<Review[]> {
  const root = existsSync(join(path, "aclImdb")) ? path : join(path, "..");
  const reviews: Review[] = [];
  for (const split of ["train", "test"] as const) {
    for (const polarity of ["pos", "neg"] as const) {
      const folder = join(root, "aclImdb", split, polarity);
      if (!existsSync(folder))
        throw new DatasetError(
          `${folder} is missing: extract the full aclImdb_v1.tar.gz there, or pass the .tar.gz itself with --data`,
        );
      for (const file of (await readdir(folder)).sort()) {
        const parsed = parseReviewPath(`aclImdb/${split}/${polarity}/${file}`);
        if (parsed)
          reviews.push({ text: await readFile(join(folder, file), "utf8"), label: parsed.label, id: parsed.id });
      }
    }
  }
  return reviews;
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "lstm-reads-reviews");
}

/**
 * Downloads the official tarball to `<cacheDir>/aclImdb_v1.tar.gz` unless a verified
 * copy is there. Writes to a `.partial` file and renames it only after the SHA-256
 * matches, so the cache never holds a half-written or wrong file.
 */
export async function downloadImdb(
  cacheDir: string,
  showProgress: boolean,
  url = IMDB_URL,
  expectedSha256 = IMDB_SHA256,
): Promise<string> {
  const target = join(cacheDir, "aclImdb_v1.tar.gz");
  if (existsSync(target)) return target;
  await mkdir(cacheDir, { recursive: true });
  const partial = `${target}.partial`;
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body)
      throw new DatasetError(
        `download of ${url} failed: HTTP ${response.status}; try again later or download it by hand and pass --data`,
      );
    const total = Number(response.headers.get("content-length")) || IMDB_BYTES;
    const bar = showProgress ? new ProgressBar("downloading IMDB", total, "bytes") : null;
    const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>);
    if (bar) body.on("data", (chunk: Buffer) => bar.advance(chunk.length));
    await pipeline(body, createWriteStream(partial));
    bar?.finish();
    const actual = await sha256OfFile(partial);
    if (actual !== expectedSha256) {
      throw new DatasetError(
        `downloaded ${url} has SHA-256 ${actual}, expected ${expectedSha256}: the download is corrupt; run again to retry`,
      );
    }
    await rename(partial, target);
    return target;
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(
      `could not download ${url} (${(error as Error).message}): check your connection, or download it by hand and pass --data`,
    );
  }
}
