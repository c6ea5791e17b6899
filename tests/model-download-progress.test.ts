/**
 * The box's loading progress counts every file it fetches (issue 30): model.json and
 * reading.json (the vocabulary, a large part of the download) as well as the weights, so a
 * slow network never shows "0 kB" while the JSON files arrive.
 */
import assert from "node:assert/strict";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { diskFolder } from "../lib/disk-folder";
import { modelFolder } from "../lib/model-hosting";
import { type FolderSource, MODEL_FILES, openModelFolder } from "../lib/open-model-folder";

/** The shipped tutorial model on disk, reporting each file's bytes in two halves, as a network would. */
function arrivingInParts(dir: string): FolderSource {
  const disk = diskFolder(dir);
  return {
    where: dir,
    async read(name, options) {
      const bytes = await disk.read(name);
      if (bytes !== null) {
        options?.onBytes?.(Math.floor(bytes.byteLength / 2));
        options?.onBytes?.(bytes.byteLength);
      }
      return bytes;
    },
  };
}

test("progress covers model.json, reading.json and the weights, and ends at their sum", async () => {
  const dir = join("public", modelFolder("tutorial"));
  const progress: { loadedBytes: number; totalBytes: number | null }[] = [];
  const { manifest } = await openModelFolder(arrivingInParts(dir), { onProgress: (p) => progress.push(p) });
  const size = async (name: string) => (await stat(join(dir, name))).size;
  const json = (await size(MODEL_FILES.model)) + (await size(MODEL_FILES.reading));
  // Before model.json is parsed the total is unknown, yet the JSON bytes already count.
  const early = progress.filter((p) => p.totalBytes === null);
  assert.ok(early.length > 0 && early.some((p) => p.loadedBytes > 0), "JSON bytes reported before the weights");
  assert.equal(early.at(-1)?.loadedBytes, json);
  const last = progress.at(-1);
  assert.deepEqual(last, { loadedBytes: json + manifest.totalBytes, totalBytes: json + manifest.totalBytes });
  // Never backwards.
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i].loadedBytes >= progress[i - 1].loadedBytes);
});
