/**
 * One entry point for continuous recordings, whatever their format, chosen by extension:
 * `.edf` / `.bdf` (edf.ts) and EEGLAB `.set` (eeglab.ts, with its `.fdt`). Everything that
 * reads recordings goes through here, so a new format is added in one place.
 */
import { readFile } from "node:fs/promises";
import { type Recording, RecordingFormatError, readEdf } from "./edf";
import { type ReadOptions, readEeglab } from "./eeglab";

/** File names this module reads. */
export const RECORDING_FILE = /\.(edf|bdf|set)$/i;

/**
 * Reads a recording; throws for other extensions, naming the ones it reads. `onBytes` sees
 * every byte read (for an EEGLAB dataset the `.set` and its `.fdt`).
 */
export async function readRecordingFile(path: string, options: ReadOptions = {}): Promise<Recording> {
  if (/\.set$/i.test(path)) return readEeglab(path, options);
  if (/\.(edf|bdf)$/i.test(path)) {
    const bytes = await readFile(path);
    options.onBytes?.(bytes);
    return readEdf(bytes, path);
  }
  throw new RecordingFormatError(
    `${path}: not a recording this project reads (.edf, .bdf or EEGLAB .set); other formats: python/export_trials.py`,
  );
}
