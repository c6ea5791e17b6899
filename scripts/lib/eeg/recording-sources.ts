/**
 * Which recordings `--data` names, and the BIDS `_events.tsv` that goes with each: a file, a
 * comma-separated list, a folder searched recursively, or a BIDS dataset root read by task
 * (`--task foodchoice`: `sub-*[/ses-*]/eeg/*_task-foodchoice[_run-*]_eeg.{set,edf,bdf}`, see bids.ts).
 * A BIDS root is never searched blindly: its `derivatives/` hold processed copies of the same
 * recordings, and its tasks differ, so without `--task` a root with one task uses it and a root
 * with several asks which.
 */
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { type BidsRecording, findBidsRecordings, isBidsRoot, listBidsTasks } from "./bids";
import { RECORDING_FILE } from "./recording-file";

/** One recording to read. */
export interface RecordingSource {
  path: string;
  /** The events table that replaces the file's own markers, or null. */
  eventsTsv: string | null;
  /** Set when the recording was found in a BIDS dataset root (its behaviour table, sidecar, ...). */
  bids: BidsRecording | null;
}

/** The events.tsv beside a recording (`x_eeg.set` → `x_events.tsv`), if there is one. */
export function eventsTsvBeside(path: string): string | null {
  const candidate = path.replace(/(_eeg)?\.(edf|bdf|set)$/i, "_events.tsv");
  return candidate !== path && existsSync(candidate) ? candidate : null;
}

/**
 * The recordings of `data` (already unpacked if it was an archive). `task` selects one task of a
 * BIDS root; with plain files and folders it is an error. `log` hears which task was taken.
 */
export async function recordingSources(
  data: string[],
  task: string | undefined,
  log?: (line: string) => void,
): Promise<RecordingSource[]> {
  const sources: RecordingSource[] = [];
  for (const part of data) {
    const info = await stat(part).catch(() => null);
    if (!info) throw new Error(`cannot read ${part}: no such file or folder`);
    if (info.isDirectory() && (await isBidsRoot(part))) {
      let chosen = task;
      if (chosen === undefined) {
        const tasks = [...(await listBidsTasks(part))];
        if (tasks.length !== 1)
          throw new Error(
            `${part} is a BIDS dataset with ${tasks.length === 0 ? "no EEG recordings" : `the tasks ${tasks.map(([name, n]) => `${name} (${n})`).join(", ")}`}: choose one with --task NAME`,
          );
        chosen = tasks[0][0];
        log?.(`${part}: BIDS dataset, task ${chosen} (the only one)`);
      }
      for (const bids of await findBidsRecordings(part, chosen))
        sources.push({ path: bids.path, eventsTsv: bids.eventsTsv, bids });
      continue;
    }
    if (task !== undefined)
      throw new Error(
        `--task ${task} needs a BIDS dataset root (a folder with dataset_description.json or sub-* folders); ${part} is not one`,
      );
    const files = info.isDirectory()
      ? (await readdir(part, { recursive: true }))
          .map(String)
          .filter((entry) => RECORDING_FILE.test(entry))
          .sort()
          .map((entry) => join(part, entry))
      : [part];
    for (const file of files) sources.push({ path: file, eventsTsv: eventsTsvBeside(file), bids: null });
  }
  if (sources.length === 0) throw new Error(`no .edf, .bdf or .set files in ${data.join(",")}`);
  return sources;
}
