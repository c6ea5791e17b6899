/**
 * A published model folder in the Vercel Blob store (`<prefix>/<version>/`) as a
 * `FolderSource` for lib/open-model-folder.ts: each file read fresh (never a stale CDN copy).
 */
import { type FolderSource, MODEL_FILES } from "../../../lib/open-model-folder";
import type { BlobStore } from "./store";

/**
 * @param folder the folder's pathname in the store, without a trailing "/"
 * @param whenMissing the error for a file the folder must have (every file but test-predictions.bin);
 *   without it, a missing file reads as null and the opener says which is missing
 */
export function storeFolder(store: BlobStore, folder: string, whenMissing?: (pathname: string) => Error): FolderSource {
  return {
    where: folder,
    async read(name: string): Promise<Uint8Array | null> {
      const pathname = `${folder}/${name}`;
      const fresh = await store.readFresh(pathname);
      if (fresh === null && whenMissing && name !== MODEL_FILES.testPredictions) throw whenMissing(pathname);
      return fresh?.content ?? null;
    },
  };
}
