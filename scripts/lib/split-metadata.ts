/**
 * Rewrites a model folder saved before its metadata was split (one metadata.json, schema
 * version 1, the vocabulary as word -> index) as reading.json + card.json, the vocabulary
 * as its words in index order. Idempotent: a folder already split is only checked. The new
 * files are checked by the one opener (schemas, model.json's shape and vocabulary
 * fingerprint) before metadata.json is removed; on any failure metadata.json stays.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { diskFolder } from "../../lib/disk-folder";
import { parseMetadataVersion1 } from "../../lib/metadata";
import { filePlace, MODEL_FILES, openWholeModelFolder } from "../../lib/open-model-folder";
import { writeMetadata } from "./save-model-folder";

/** A file's size as stored and as `gzip -9` sends it. */
export interface FileBytes {
  name: string;
  raw: number;
  gzip: number;
}

export interface SplitResult {
  /** False when the folder was split already (then only checked). */
  changed: boolean;
  before: FileBytes[];
  after: FileBytes[];
}

export async function splitMetadataFolder(dir: string): Promise<SplitResult> {
  const source = diskFolder(dir);
  const old = await source.read(MODEL_FILES.metadataBeforeSplit);
  if (old === null) {
    const opened = await openWholeModelFolder(source);
    const after = [MODEL_FILES.reading, MODEL_FILES.card].map((name) => sizes(name, opened.files.get(name)!));
    return { changed: false, before: after, after };
  }
  const place = filePlace(source, MODEL_FILES.metadataBeforeSplit);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(old));
  } catch (error) {
    throw new Error(`${place} is not valid JSON (${(error as Error).message})`);
  }
  await writeMetadata(dir, parseMetadataVersion1(value, place));
  let opened: Awaited<ReturnType<typeof openWholeModelFolder>>;
  try {
    opened = await openWholeModelFolder(source);
  } catch (error) {
    await Promise.all([MODEL_FILES.reading, MODEL_FILES.card].map((name) => rm(join(dir, name), { force: true })));
    throw new Error(
      `${dir}: the split files do not open, so ${MODEL_FILES.metadataBeforeSplit} stays: ${(error as Error).message}`,
    );
  }
  await rm(join(dir, MODEL_FILES.metadataBeforeSplit));
  return {
    changed: true,
    before: [sizes(MODEL_FILES.metadataBeforeSplit, old)],
    after: [MODEL_FILES.reading, MODEL_FILES.card].map((name) => sizes(name, opened.files.get(name)!)),
  };
}

function sizes(name: string, bytes: Uint8Array): FileBytes {
  return { name, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}
