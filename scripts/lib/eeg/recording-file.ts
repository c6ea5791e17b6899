/**
 * One entry point for continuous recordings, whatever their format, chosen by extension:
 * `.edf` / `.bdf` (edf.ts) and EEGLAB `.set` (eeglab.ts, with its `.fdt`). Everything that
 * reads recordings goes through here, so a new format is added in one place.
 */
import { readFile } from "node:fs/promises";
import { type Recording, RecordingFormatError, readEdf } from "./edf";
import { readEeglab } from "./eeglab";

/** File names this module reads. */
export const RECORDING_FILE = /\.(edf|bdf|set)$/i;

/** Reads a recording; throws for other extensions, naming the ones it reads. */
export async function readRecordingFile(path: string): Promise<Recording> {
  if (/\.set$/i.test(path)) return readEeglab(path);
  if (/\.(edf|bdf)$/i.test(path)) return readEdf(await readFile(path), path);
  throw new RecordingFormatError(
    `${path}: not a recording this project reads (.edf, .bdf or EEGLAB .set); other formats: python/export_trials.py`,
  );
}
