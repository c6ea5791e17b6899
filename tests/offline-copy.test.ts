/**
 * The service worker's answers (components/offline/offline-copy.ts), with a stand-in cache and
 * network: online, the network's answer wins and is kept; offline, the kept copy; unchanging
 * files from the copy without asking the network.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type CopyCache,
  copyFirst,
  isKeepMessage,
  isKeptMessage,
  isUnchanging,
  networkFirst,
  trimCache,
} from "../components/offline/offline-copy";

const URL_OF = "https://site.example/models/default/model.json";

/** A response as fetch gives one: same-origin ("basic"). */
function served(body: string, status = 200): Response {
  const response = new Response(body, { status });
  Object.defineProperty(response, "type", { value: "basic" });
  return response;
}

function standInCache(): CopyCache & { kept: Map<string, string> } {
  const kept = new Map<string, string>();
  return {
    kept,
    async keys() {
      return [...kept.keys()].map((url) => new Request(url));
    },
    async delete(request) {
      return kept.delete(request.url);
    },
    async match(request) {
      const body = kept.get(request.url);
      return body === undefined ? undefined : served(body);
    },
    async put(request, response) {
      kept.set(request.url, await response.text());
    },
  };
}

const online = (body: string, status = 200) => (async () => served(body, status)) as unknown as typeof fetch;
const offline = (async () => {
  throw new TypeError("Failed to fetch");
}) as unknown as typeof fetch;

test("online: the network's answer, and the copy is refreshed with it", async () => {
  const cache = standInCache();
  cache.kept.set(URL_OF, "old");
  const response = await networkFirst(new Request(URL_OF), cache, online("new"));
  assert.equal(await response.text(), "new");
  assert.equal(cache.kept.get(URL_OF), "new");
});

test("offline: the kept copy; without one, the network's error", async () => {
  const cache = standInCache();
  await assert.rejects(networkFirst(new Request(URL_OF), cache, offline), /Failed to fetch/);
  cache.kept.set(URL_OF, "kept");
  assert.equal(await (await networkFirst(new Request(URL_OF), cache, offline)).text(), "kept");
});

test("an error answer is passed on and not kept over a good copy", async () => {
  const cache = standInCache();
  cache.kept.set(URL_OF, "good");
  const response = await networkFirst(new Request(URL_OF), cache, online("broken", 500));
  assert.equal(response.status, 500);
  assert.equal(cache.kept.get(URL_OF), "good");
});

test("a navigation's preloaded answer is used instead of asking again", async () => {
  const cache = standInCache();
  let asked = 0;
  const network = (async () => {
    asked++;
    return served("fetched");
  }) as unknown as typeof fetch;
  const response = await networkFirst(new Request(URL_OF), cache, network, Promise.resolve(served("preloaded")));
  assert.equal(await response.text(), "preloaded");
  assert.equal(asked, 0);
});

test("unchanging files (build chunks, versioned weights) come from the copy without the network", async () => {
  assert.equal(isUnchanging(new URL("https://site.example/_next/static/chunks/a1b2.js")), true);
  assert.equal(isUnchanging(new URL("https://site.example/models/default/weights.bin?v=07ff07f5b27a2085")), true);
  assert.equal(isUnchanging(new URL("https://site.example/models/default/weights.bin")), false);
  assert.equal(isUnchanging(new URL(URL_OF)), false);
  const cache = standInCache();
  const weights = "https://site.example/models/default/weights.bin?v=07ff07f5b27a2085";
  assert.equal(await (await copyFirst(new Request(weights), cache, online("first"))).text(), "first");
  assert.equal(await (await copyFirst(new Request(weights), cache, offline)).text(), "first");
});

test("the page's list of what it fetched is the only message the worker acts on", async () => {
  assert.equal(isKeepMessage({ type: "keep", urls: ["/", "/_next/static/chunks/a.js"] }), true);
  assert.equal(isKeepMessage({ type: "keep", urls: [1] }), false);
  assert.equal(isKeepMessage({ type: "other", urls: [] }), false);
  assert.equal(isKeepMessage(null), false);
});

test("beyond the limit the oldest copies go, the newest stay", async () => {
  const cache = standInCache();
  for (let i = 1; i <= 5; i++) cache.kept.set(`https://site.example/_next/static/chunks/${i}.js`, String(i));
  await trimCache(cache, 3);
  assert.deepEqual([...cache.kept.values()], ["3", "4", "5"]);
  await trimCache(cache, 10);
  assert.equal(cache.kept.size, 3);
});

test("the worker's answer to a keep message is told from other messages", async () => {
  assert.equal(isKeptMessage({ type: "kept" }), true);
  assert.equal(isKeptMessage({ type: "keep", urls: [] }), false);
  assert.equal(isKeptMessage("kept"), false);
  assert.equal(isKeptMessage(null), false);
});
