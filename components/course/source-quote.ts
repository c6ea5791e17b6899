/**
 * Quotes this project's own source at build time, so a page's TypeScript is always the
 * code that runs. The build fails when a quoted line is gone: update the page then.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface SourceQuote {
  file: string;
  /** 1-based line number of the first quoted line. */
  line: number;
  code: string;
}

/**
 * The lines of `file` from the first one containing `from` through the first one at or
 * after it that starts with `to`, ignoring indentation (just the `from` line without `to`),
 * with common indentation removed. "}" thus ends the quote at the block's closing brace.
 */
export async function quoteSource(file: string, from: string, to?: string): Promise<SourceQuote> {
  // Read while the page is built; no need to trace (and deploy) the source files.
  const lines = (await readFile(join(/*turbopackIgnore: true*/ process.cwd(), file), "utf8")).split("\n");
  const start = lines.findIndex((line) => line.includes(from));
  if (start < 0) throw new Error(`${file} no longer contains "${from}"; update the learn page that quotes it`);
  const end = to === undefined ? start : lines.findIndex((line, i) => i >= start && line.trim().startsWith(to));
  if (end < 0)
    throw new Error(`${file} has no line starting with "${to}" after "${from}"; update the learn page that quotes it`);
  const quoted = lines.slice(start, end + 1);
  const indent = Math.min(...quoted.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  return { file, line: start + 1, code: quoted.map((line) => line.slice(indent)).join("\n") };
}
