/**
 * Puts one file of a version into the store, or proves it is already there: a file
 * counts as present only when a fresh download has the local SHA-256. Version files are
 * never overwritten; `repair` deletes a damaged one and uploads it again.
 */
import { sha256Hex } from "../../../lib/sha256";
import type { BundleFile } from "./bundle";
import { DamagedCopyError } from "./errors";
import { type BlobStore, ConflictError } from "./store";

/** Version files never change, so browsers and the CDN may keep them for a year. */
const VERSION_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export type FileAction = "uploaded" | "reused" | "repaired";

export interface UploadOptions {
  repair: boolean;
  /** Downloads of a file whose bytes do not match before calling the stored copy damaged. */
  downloads: number;
  log: (line: string) => void;
  /** The flag to add for a repair, as the user typed the command. */
  repairHint: string;
}

/** Makes `pathname` hold `file`; returns what it had to do and the file's URL. */
export async function ensureFile(
  store: BlobStore,
  pathname: string,
  file: BundleFile,
  options: UploadOptions,
): Promise<{ action: FileAction; url: string }> {
  let action: FileAction = "uploaded";
  const found = await store.head(pathname);
  if (found !== null) {
    const stored = await storedSha256(store, pathname, file, options);
    if (stored === file.sha256) return { action: "reused", url: found.url };
    if (!options.repair) {
      throw new DamagedCopyError(
        `${pathname} is in the store but damaged: it downloads with SHA-256 ${stored ?? "(gone)"}, the local ${file.name} has ${file.sha256}. Versions are never overwritten; run the command again with ${options.repairHint} to delete it and upload it again.`,
      );
    }
    options.log(`${file.name} in the store is damaged; deleting it and uploading it again (--repair)`);
    await store.del(found.url);
    action = "repaired";
  }
  options.log(`uploading ${file.name} (${file.content.length.toLocaleString("en-US")} bytes)`);
  let url: string;
  try {
    url = (
      await store.put(pathname, file.content, {
        contentType: file.contentType,
        cacheControlMaxAge: VERSION_MAX_AGE_SECONDS,
        label: file.name,
      })
    ).url;
  } catch (error) {
    // "Already exists" after a retry: an earlier attempt stored it and lost the answer. The check below decides.
    if (!(error instanceof ConflictError)) throw error;
    url = (await store.head(pathname))?.url ?? "";
  }
  const stored = await storedSha256(store, pathname, file, options);
  if (stored !== file.sha256) {
    throw new DamagedCopyError(
      `${pathname} was uploaded but downloads with SHA-256 ${stored ?? "(gone)"}, not ${file.sha256} like the local ${file.name}. Run the command again with ${options.repairHint}.`,
    );
  }
  options.log(`verified ${file.name}`);
  return { action, url };
}

/**
 * The SHA-256 of the store's current copy, downloading again when it does not match
 * (a download corrupted on the way is not a damaged copy). Null if the blob is gone.
 */
async function storedSha256(
  store: BlobStore,
  pathname: string,
  file: BundleFile,
  options: UploadOptions,
): Promise<string | null> {
  let last: string | null = null;
  for (let attempt = 1; attempt <= options.downloads; attempt++) {
    const fresh = await store.readFresh(pathname);
    if (fresh === null) return null;
    last = await sha256Hex(fresh.content);
    if (last === file.sha256) return last;
    if (attempt < options.downloads)
      options.log(
        `${file.name} downloaded with the wrong SHA-256; downloading it again to tell a bad download from a damaged copy`,
      );
  }
  return last;
}
