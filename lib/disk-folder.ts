/**
 * Files on disk, read whole: a model folder as a `FolderSource` for lib/open-model-folder.ts,
 * and a JSON file the build reads. Missing files are null; other errors are thrown. Node only:
 * the commands and the pages' build-time readers (components/course/model-metadata.ts,
 * components/eeg/comparison-report.ts) share it, so it lives in lib/, not scripts/.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FolderSource } from "./open-model-folder";

/** The file's bytes, or null when there is no such file. */
export async function readFileOrNull(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * The file parsed as JSON and not yet checked (the caller's schema does that), or null when
 * there is no such file. A file that is not JSON is an error naming it.
 */
export async function readJsonOrNull(path: string): Promise<unknown> {
  const bytes = await readFileOrNull(path);
  if (bytes === null) return null;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`${path} is not JSON: ${(error as Error).message}`);
  }
}

export function diskFolder(dir: string): FolderSource {
  return { where: dir, read: (name: string) => readFileOrNull(join(dir, name)) };
}
