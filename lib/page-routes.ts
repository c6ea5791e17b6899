/**
 * The site's page URLs, read from the one route tree `app/[lang]/`: every `page.tsx` under it
 * is a page, `[param]` folders are URL parameters. next.config.ts serves each at the root in
 * English (rewritten to `/en/...`), so a new page works in both languages without a list to
 * keep in step. Node only (it reads the folder), for next.config.ts and its test.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The folder holding both languages' pages. */
export const LANGUAGE_ROUTE_DIR = join("app", "[lang]");

/** Page paths in Next's rewrite syntax (`/`, `/learn`, `/learn/:slug`), sorted. */
export function pageRoutes(dir: string = LANGUAGE_ROUTE_DIR): string[] {
  const routes: string[] = [];
  const walk = (folder: string, segments: string[]) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile() && /^page\.(tsx|ts|jsx|js)$/.test(entry.name)) routes.push(`/${segments.join("/")}`);
      else if (entry.isDirectory() && !entry.name.startsWith("_")) {
        const segment = urlSegment(entry.name);
        walk(join(folder, entry.name), segment === null ? segments : [...segments, segment]);
      }
    }
  };
  walk(dir, []);
  return routes.sort();
}

/** A folder's part of the URL: `[slug]` -> `:slug`; a `(group)` folder adds none (null). `_private` folders are skipped. */
function urlSegment(folder: string): string | null {
  if (/^\(.+\)$/.test(folder)) return null;
  const parameter = /^\[(\w+)\]$/.exec(folder);
  if (parameter) return `:${parameter[1]}`;
  if (/^\[\[?\.\.\./.test(folder)) throw new Error(`catch-all route "${folder}": give it an explicit rewrite`);
  return folder;
}
