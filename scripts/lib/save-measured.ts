/**
 * Writes a bench's figures where the model card reads them (public/, lib/measured-speed.ts),
 * checked first against the schema the card reads them with.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Saves `figures` as `public/<name>` and returns that path. */
export async function saveMeasured<T>(
  name: string,
  figures: T,
  parse: (value: unknown, where: string) => T,
): Promise<string> {
  const file = join("public", name);
  parse(figures, file);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}
