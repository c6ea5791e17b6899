/** latest.json is read through its schema (scripts/lib/publish/pointer.ts): what this tool wrote, and only that. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { type ModelPointer, readPointer } from "../scripts/lib/publish/pointer";
import type { BlobStore } from "../scripts/lib/publish/store";

/** A store holding one blob, `latest.json`, with `content`. */
function storeHolding(content: unknown): BlobStore {
  const unused = () => Promise.reject(new Error("not used by readPointer"));
  return {
    head: unused,
    put: unused,
    del: unused,
    download: unused,
    readFresh: async () => ({
      content: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
      head: { etag: '"e1"', url: "https://store.example/p/latest.json" },
    }),
  } as unknown as BlobStore;
}

const pointer: ModelPointer = {
  version: "0123456789abcdef",
  baseUrl: "https://store.example/p/0123456789abcdef/",
  createdAt: "2026-01-01T00:00:00.000Z",
  files: [{ name: "model.json", bytes: 10, sha256: "ab" }],
  model: {
    trainedAt: "2026-01-01T00:00:00.000Z",
    config: { numWords: 20, maxLen: 12, embeddingDim: 4, lstmUnits: 3 },
    trainExamples: 24,
    epochs: 2,
    testAccuracy: 0.5,
  },
  previous: { version: "fedcba9876543210", baseUrl: "https://store.example/p/fedcba9876543210/" },
  history: [{ version: "fedcba9876543210", baseUrl: "https://store.example/p/fedcba9876543210/", createdAt: "" }],
};

test("a pointer this tool wrote reads back as written; one from before the history gets it from `previous`", async () => {
  assert.deepEqual((await readPointer(storeHolding(pointer), "p/latest.json"))?.pointer, pointer);
  const { history: _, ...older } = pointer;
  assert.deepEqual((await readPointer(storeHolding(older), "p/latest.json"))?.pointer, pointer);
});

const REFUSED: { name: string; content: unknown; message: RegExp }[] = [
  { name: "not JSON", content: "<html>", message: /p\/latest\.json is not JSON/ },
  { name: "no version", content: { baseUrl: "https://x/" }, message: /p\/latest\.json has no version and baseUrl/ },
  {
    name: "a base URL without its final slash",
    content: { ...pointer, baseUrl: "https://store.example/p/0123456789abcdef" },
    message: /baseUrl: /,
  },
  {
    name: "a model config with a word count that is not whole",
    content: { ...pointer, model: { ...pointer.model, config: { ...pointer.model.config, numWords: 2.5 } } },
    message: /model\.config\.numWords/,
  },
  { name: "a field this tool never writes", content: { ...pointer, note: "hand-edited" }, message: /note: / },
];
for (const { name, content, message } of REFUSED) {
  test(`readPointer refuses ${name}, saying it was not written by this tool`, async () => {
    await assert.rejects(readPointer(storeHolding(content), "p/latest.json"), (error: Error) => {
      assert.equal(error.name, "StoreStateError");
      assert.match(error.message, message);
      assert.match(error.message, /it was not written by this tool/);
      return true;
    });
  });
}
