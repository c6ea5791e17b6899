/**
 * BIDS dataset folders (Brain Imaging Data Structure, EEG extension), as OpenNeuro ships them:
 *
 *   <root>/dataset_description.json
 *   <root>/sub-01/[ses-1/]eeg/sub-01_[ses-1_]task-foodchoice[_run-1]_eeg.set   (+ .fdt, or .edf, .bdf)
 *                                  ..._events.tsv  ..._channels.tsv  ..._eeg.json
 *   <root>/sub-01/[ses-1/]beh/sub-01_[ses-1_]task-foodchoice[_run-1]_beh.tsv
 *
 * `findBidsRecordings(root, task)` lists one task's recordings with the files that belong to
 * each (same subject, session, task and run); `readBidsRecording` reads them. `derivatives/`
 * and `sourcedata/` are not raw recordings and are not searched.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import {
  type BehaviourTrial,
  type BidsChannel,
  type BidsEvent,
  behaviourTrials,
  bidsChannels,
  bidsEvents,
  parseTsv,
} from "./bids-tables";
import type { Recording } from "./edf";
import { readRecordingFile } from "./recording-file";

/** One recording of a BIDS dataset and the files beside it (null when absent). */
export interface BidsRecording {
  subject: string;
  session: string | null;
  task: string;
  run: string | null;
  /** The `_eeg.set` / `_eeg.edf` / `_eeg.bdf` file. */
  path: string;
  eventsTsv: string | null;
  channelsTsv: string | null;
  /** The `_eeg.json` sidecar (beside the recording, else `task-<task>_eeg.json` at the root). */
  sidecarJson: string | null;
  /** `beh/..._beh.tsv` of the same subject, session, task and run. */
  behaviourTsv: string | null;
}

/** The tables and sidecar of one BIDS recording (each null when the file is absent). */
export interface BidsTables {
  /** The `_events.tsv` rows, with every column in `fields`. */
  events: BidsEvent[] | null;
  channels: BidsChannel[] | null;
  /** The `_beh.tsv` rows, in file order. */
  behaviour: BehaviourTrial[] | null;
  sidecar: Record<string, unknown> | null;
}

/** Everything read for one BIDS recording. */
export interface BidsRecordingData extends BidsTables {
  files: BidsRecording;
  /** The recording; its `events` are the file's own (EEGLAB `EEG.event`, EDF+ annotations). */
  recording: Recording;
}

const RECORDING_NAME =
  /^(sub-[A-Za-z0-9]+)(_ses-[A-Za-z0-9]+)?_task-([A-Za-z0-9]+)((?:_[a-z]+-[A-Za-z0-9]+)*)_eeg\.(set|edf|bdf)$/;
const SKIPPED_FOLDERS = new Set(["derivatives", "sourcedata", "code", "stimuli"]);

/** True when `path` is a folder that looks like a BIDS dataset root. */
export async function isBidsRoot(path: string): Promise<boolean> {
  if (existsSync(join(path, "dataset_description.json"))) return true;
  const entries = await readdir(path).catch(() => [] as string[]);
  return entries.some((entry) => /^sub-[A-Za-z0-9]+$/.test(entry));
}

/** Every file under `root` except in derivatives/, sourcedata/ and dot folders, relative to it. */
async function datasetFiles(root: string): Promise<string[]> {
  const all = (await readdir(root, { recursive: true })).map(String);
  return all
    .filter((file) => {
      const parts = file.split(sep);
      return !parts.some((part) => SKIPPED_FOLDERS.has(part) || part.startsWith("."));
    })
    .sort();
}

/** The tasks of a dataset (from `task-` in recording names) with how many recordings each has. */
export async function listBidsTasks(root: string): Promise<Map<string, number>> {
  const recordings = new Map<string, Set<string>>();
  for (const file of await datasetFiles(root)) {
    const match = RECORDING_NAME.exec(file.split(sep).pop() ?? "");
    if (!match) continue;
    const stems = recordings.get(match[3]) ?? new Set<string>();
    stems.add(file.replace(/_eeg\.(set|edf|bdf)$/, "")); // one recording in two formats counts once
    recordings.set(match[3], stems);
  }
  return new Map([...recordings].map(([task, stems]) => [task, stems.size]));
}

/**
 * One task's recordings under `root`, sorted by path. Throws, listing the tasks that are
 * there, when none is for `task`. When a recording exists in several formats (.set and .edf),
 * the .set is taken.
 */
export async function findBidsRecordings(root: string, task: string): Promise<BidsRecording[]> {
  const files = await datasetFiles(root);
  const present = new Set(files);
  const found = new Map<string, BidsRecording>();
  for (const file of files) {
    const parts = file.split(sep);
    const match = RECORDING_NAME.exec(parts[parts.length - 1]);
    if (!match || match[3] !== task || parts[parts.length - 2] !== "eeg") continue;
    const [, subject, session, , entities, extension] = match;
    const stem = file.slice(0, file.length - `_eeg.${extension}`.length);
    const known = found.get(stem);
    if (known && (known.path.endsWith(".set") || extension !== "set")) continue; // one per recording, .set first
    const beside = (suffix: string) => (present.has(stem + suffix) ? join(root, stem + suffix) : null);
    const folder = parts.slice(0, -2).join(sep);
    const behaviour = join(folder, "beh", `${parts[parts.length - 1].slice(0, -`_eeg.${extension}`.length)}_beh.tsv`);
    const rootSidecar = `task-${task}_eeg.json`;
    found.set(stem, {
      subject: subject.slice(4),
      session: session ? session.slice(5) : null,
      task,
      run: /_run-([A-Za-z0-9]+)/.exec(entities)?.[1] ?? null,
      path: join(root, file),
      eventsTsv: beside("_events.tsv"),
      channelsTsv: beside("_channels.tsv"),
      sidecarJson: beside("_eeg.json") ?? (present.has(rootSidecar) ? join(root, rootSidecar) : null),
      behaviourTsv: present.has(behaviour) ? join(root, behaviour) : null,
    });
  }
  if (found.size === 0) {
    const tasks = await listBidsTasks(root);
    const listed = [...tasks].map(([name, count]) => `${name} (${count} recording${count === 1 ? "" : "s"})`);
    throw new RangeError(
      `${root} has no sub-*/eeg/*_task-${task}_eeg.set, .edf or .bdf; ` +
        (listed.length
          ? `its tasks: ${listed.join(", ")}`
          : "it has no EEG recordings at all (is it a BIDS dataset root?)"),
    );
  }
  return [...found.values()].sort((a, b) => relative(root, a.path).localeCompare(relative(root, b.path)));
}

/** Reads a recording's tables and sidecar, not the recording. `eventsColumn`: the events.tsv marker column. */
export async function readBidsTables(files: BidsRecording, eventsColumn = "trial_type"): Promise<BidsTables> {
  const table = async (path: string | null) => (path ? parseTsv(await readFile(path, "utf8"), path) : null);
  const [eventsTable, channelsTable, behaviourTable] = await Promise.all([
    table(files.eventsTsv),
    table(files.channelsTsv),
    table(files.behaviourTsv),
  ]);
  let sidecar: Record<string, unknown> | null = null;
  if (files.sidecarJson) {
    try {
      sidecar = JSON.parse((await readFile(files.sidecarJson, "utf8")).replace(/^\uFEFF/, "")) as Record<
        string,
        unknown
      >;
    } catch (error) {
      throw new RangeError(`${files.sidecarJson}: not valid JSON (${(error as Error).message})`);
    }
  }
  return {
    events: eventsTable && files.eventsTsv ? bidsEvents(eventsTable, files.eventsTsv, eventsColumn) : null,
    channels: channelsTable && files.channelsTsv ? bidsChannels(channelsTable, files.channelsTsv) : null,
    behaviour: behaviourTable && files.behaviourTsv ? behaviourTrials(behaviourTable, files.behaviourTsv) : null,
    sidecar,
  };
}

/** Reads a recording and its tables. `eventsColumn` is the events.tsv marker column (default trial_type). */
export async function readBidsRecording(files: BidsRecording, eventsColumn = "trial_type"): Promise<BidsRecordingData> {
  const [tables, recording] = await Promise.all([readBidsTables(files, eventsColumn), readRecordingFile(files.path)]);
  return { files, recording, ...tables };
}
