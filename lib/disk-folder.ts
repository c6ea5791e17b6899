/**
 * A model folder on disk as a `FolderSource` for lib/open-model-folder.ts: each file read
 * whole from `dir`, null when it is not there. Node only: the commands and the pages' build-time
 * reader (components/course/model-metadata.ts) share it, so it lives in lib/, not scripts/.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FolderSource } from "./open-model-folder";

export function diskFolder(dir: string): FolderSource {
  return {
    where: dir,
    async read(name: string): Promise<Uint8Array | null> {
      try {
        return await readFile(join(dir, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}
