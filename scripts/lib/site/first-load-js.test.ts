import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { firstLoadJs, scriptChunks } from "./first-load-js";

test("scriptChunks: the page's script chunks in order, each once, without noModule polyfills or other URLs", () => {
  const html =
    '<script src="/_next/static/chunks/a.js" async=""></script><link rel="stylesheet" href="/_next/static/chunks/x.css">' +
    '<script src="/_next/static/chunks/poly.js" noModule=""></script><script src="/_next/static/chunks/b.js?dpl=1"></script>' +
    '<script src="/_next/static/chunks/a.js"></script><script>self.__next_f.push([1,"static/chunks/c.js"])</script>' +
    '<script src="https://elsewhere.example/d.js"></script>';
  assert.deepEqual(scriptChunks(html), ["static/chunks/a.js", "static/chunks/b.js"]);
});

test("firstLoadJs: every prerendered page with the summed size of its chunks, a shared chunk counted in each page", () => {
  const dir = mkdtempSync(join(tmpdir(), "first-load-"));
  try {
    mkdirSync(join(dir, "static", "chunks"), { recursive: true });
    mkdirSync(join(dir, "server", "app", "en", "learn"), { recursive: true });
    writeFileSync(join(dir, "static", "chunks", "a.js"), "a".repeat(1000));
    writeFileSync(join(dir, "static", "chunks", "b.js"), "b".repeat(250));
    const page = (chunks: string[]) => chunks.map((c) => `<script src="/_next/static/chunks/${c}"></script>`).join("");
    writeFileSync(join(dir, "server", "app", "en.html"), page(["a.js"]));
    writeFileSync(join(dir, "server", "app", "en", "learn", "lstm.html"), page(["a.js", "b.js"]));
    writeFileSync(join(dir, "server", "app", "_not-found.html"), page(["b.js"]));
    const routes = firstLoadJs(dir);
    assert.deepEqual(
      routes.map(({ route, chunks, bytes }) => ({ route, chunks, bytes })),
      [
        { route: "/en", chunks: ["static/chunks/a.js"], bytes: 1000 },
        { route: "/en/learn/lstm", chunks: ["static/chunks/a.js", "static/chunks/b.js"], bytes: 1250 },
      ],
    );
    assert.ok(routes[0].gzipBytes > 0 && routes[0].gzipBytes < 100, "1,000 equal bytes gzip to a few dozen");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
