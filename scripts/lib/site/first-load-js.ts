/**
 * The JavaScript a first visit to each prerendered page downloads before the page is
 * interactive: the `<script src>` chunks its HTML names (Next's "First Load JS", which
 * `next build` no longer prints). Chunks loaded later (the model's Web Worker, dynamic
 * imports after a click) are not counted. Sizes are raw and gzip -9, as a CDN would send them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface RouteScripts {
  /** The page's URL under the [lang] tree, e.g. `/en/learn/lstm`. */
  route: string;
  /** Chunk paths under `.next/`, e.g. `static/chunks/3hm01bjiqio97.js`. */
  chunks: string[];
  bytes: number;
  gzipBytes: number;
}

/** Every prerendered HTML page under `<nextDir>/server/app`, as [route, file], sorted by route. */
function prerenderedPages(nextDir: string): [string, string][] {
  const root = join(nextDir, "server", "app");
  const pages: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html") && !entry.name.startsWith("_")) {
        pages.push([`/${relative(root, path).replace(/\.html$/, "")}`, path]);
      }
    }
  };
  walk(root);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The chunks an HTML page loads: `/_next/static/...js` in its script tags, in order, each once.
 * `noModule` scripts (the polyfills) are left out: browsers that run modules skip them.
 */
export function scriptChunks(html: string): string[] {
  const found = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => /\ssrc="\/_next\/(static\/[^"?]+\.js)[^"]*"/.exec(tag)?.[1])
    .filter((chunk): chunk is string => chunk !== undefined);
  return [...new Set(found)];
}

/** First-load JavaScript of every prerendered page in a built `.next/` folder. */
export function firstLoadJs(nextDir = ".next"): RouteScripts[] {
  const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
  const sizeOf = (chunk: string) => {
    let size = sizes.get(chunk);
    if (!size) {
      const bytes = readFileSync(join(nextDir, chunk));
      size = { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
      sizes.set(chunk, size);
    }
    return size;
  };
  return prerenderedPages(nextDir).map(([route, file]) => {
    const chunks = scriptChunks(readFileSync(file, "utf8"));
    const total = chunks
      .map(sizeOf)
      .reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzipBytes: a.gzipBytes + b.gzipBytes }), {
        bytes: 0,
        gzipBytes: 0,
      });
    return { route, chunks, ...total };
  });
}

/** The text of every chunk a route loads first, joined: what a search for a string in "the page's JavaScript" reads. */
export function routeScriptText(nextDir: string, route: RouteScripts): string {
  return route.chunks.map((chunk) => readFileSync(join(nextDir, chunk), "utf8")).join("\n");
}
