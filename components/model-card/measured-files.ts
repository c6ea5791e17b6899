/**
 * Reads the benches' saved figures (lib/measured-speed.ts) from `public/` when the site is
 * built, for the model card's "Speed" section.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** A saved file, checked by `parse`; null when it was never saved (a fresh clone). */
export async function readMeasured<T>(name: string, parse: (value: unknown, where: string) => T): Promise<T | null> {
  const file = join(process.cwd(), "public", name);
  const text = await readFile(file, "utf8").catch(() => null);
  return text === null ? null : parse(JSON.parse(text), file);
}
