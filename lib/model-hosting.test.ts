import assert from "node:assert/strict";
import { test } from "node:test";
import { folderFileUrl, modelBaseUrl, modelOrigin } from "./model-hosting";
import { sha256Hex } from "./sha256";

test("modelBaseUrl: the default model follows NEXT_PUBLIC_MODEL_URL, the tutorial's is always the site's", () => {
  const saved = process.env.NEXT_PUBLIC_MODEL_URL;
  try {
    delete process.env.NEXT_PUBLIC_MODEL_URL;
    assert.equal(modelBaseUrl(), "/models/default/");
    assert.equal(modelOrigin(), "");
    process.env.NEXT_PUBLIC_MODEL_URL = "https://store.example/models/abc/";
    assert.equal(modelBaseUrl("default"), "https://store.example/models/abc/");
    assert.equal(modelBaseUrl("tutorial"), "/models/tutorial/");
    assert.equal(modelOrigin(), "https://store.example");
    process.env.NEXT_PUBLIC_MODEL_URL = "https://store.example/models/abc";
    assert.throws(() => modelBaseUrl(), /must end with "\/"/);
  } finally {
    if (saved === undefined) delete process.env.NEXT_PUBLIC_MODEL_URL;
    else process.env.NEXT_PUBLIC_MODEL_URL = saved;
  }
});

const FILE_URL_CASES: { name: string; file: string; sha256: string | null; url: string }[] = [
  {
    name: "a recorded hash versions the URL with its first 16 digits",
    file: "weights.bin",
    sha256: `0123456789abcdef${"f".repeat(48)}`,
    url: "/models/default/weights.bin?v=0123456789abcdef",
  },
  {
    name: "each weight file of a sharded folder carries the version",
    file: "group1-shard2of2.bin",
    sha256: `fedcba9876543210${"0".repeat(48)}`,
    url: "/models/default/group1-shard2of2.bin?v=fedcba9876543210",
  },
  {
    name: "without a hash (saved before hashes were recorded, or nothing can check it) the plain URL",
    file: "weights.bin",
    sha256: null,
    url: "/models/default/weights.bin",
  },
];
for (const { name, file, sha256, url } of FILE_URL_CASES) {
  test(`folderFileUrl: ${name}`, () => {
    assert.equal(folderFileUrl("/models/default/", file, sha256), url);
  });
}

test("folderFileUrl: new weights get a new URL", async () => {
  const weightData = new Uint8Array([1, 2, 3, 4]).buffer;
  const other = new Uint8Array([0, 2, 3, 4]);
  const urlOf = async (data: ArrayBuffer) =>
    folderFileUrl("https://store.example/models/abc/", "weights.bin", await sha256Hex(data));
  assert.notEqual(await urlOf(weightData), await urlOf(other.buffer));
  assert.match(await urlOf(weightData), /^https:\/\/store\.example\/models\/abc\/weights\.bin\?v=[0-9a-f]{16}$/);
});
