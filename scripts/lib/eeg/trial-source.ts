/**
 * Where trials come from: a trial file (.json, .csv) or continuous recordings (.edf, .bdf, EEGLAB
 * .set: one file, a folder searched recursively, a .tar.gz of them, a comma-separated list, or a
 * BIDS dataset root read by --task, see recording-sources.ts) cut around their events. Recordings are read and cut one file at a time, and each chunk of trials is
 * handed on before the next file is read, so a large dataset never sits in memory raw.
 */
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "tar";
import { cutEpochs, type EpochSettings } from "./epochs";
import { describeMarkers, parseEventsTsv } from "./events";
import { RECORDING_FILE, readRecordingFile } from "./recording-file";
import { recordingName } from "./recording-name";
import { recordingSources } from "./recording-sources";
import { type Trial, TrialFormatError, validateTrialFile } from "./trials";
import { type CsvTiming, parseTrialCsv } from "./trials-csv";

/** Trials that share channels, sampling rate and epoch start. */
export interface TrialChunk {
  /** The file they came from. */
  source: string;
  channels: string[];
  samplingRate: number;
  epochStart: number;
  trials: Trial[];
}

export interface SourceOptions {
  /** For CSV trial files. */
  timing?: CsvTiming;
  /** For recordings: which events, labelled how, cut how. */
  epochs?: EpochSettings;
  /** events.tsv column holding the marker (default trial_type). */
  eventsColumn?: string;
  /** For a BIDS dataset root: the task whose recordings to read (`--task foodchoice`). */
  task?: string;
  subjectPattern?: string;
  /** Called with a line for the log (markers found, skipped events). */
  log?: (line: string) => void;
}

/**
 * Node cannot hold a string over 512 MiB, so a JSON or CSV trial file must be smaller;
 * recordings have no such limit (they are read one file at a time).
 */
export const MAX_TEXT_FILE_BYTES = 512 * 1024 * 1024;

const ARCHIVE = /\.(tar\.gz|tgz|tar)$/i;

/** Archives already unpacked in this process, by path. */
const unpacked = new Map<string, string>();

/**
 * A .tar.gz (or .tar) of recordings is unpacked once into a temporary folder (removed when
 * the process exits), which is then read like any folder; other paths are returned as they are.
 */
export async function unpackedPath(path: string): Promise<string> {
  if (!ARCHIVE.test(path)) return path;
  const known = unpacked.get(path);
  if (known) return known;
  const folder = await mkdtemp(join(tmpdir(), "eeg-recordings-"));
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  await extract({ file: path, cwd: folder });
  unpacked.set(path, folder);
  return folder;
}

/**
 * The recording files `path` names: a file, a folder (searched recursively), a BIDS root (with
 * `task`), or a comma-separated list.
 */
export async function recordingFiles(path: string, task?: string): Promise<string[]> {
  return (await recordingSources(await Promise.all(path.split(",").map(unpackedPath)), task)).map((s) => s.path);
}

/** True when `path` names recordings rather than a trial file. */
export async function isRecordingSource(path: string): Promise<boolean> {
  const first = path.split(",")[0];
  if (RECORDING_FILE.test(first) || ARCHIVE.test(first)) return true;
  return (await stat(first).catch(() => null))?.isDirectory() ?? false;
}

/** Yields the trials of `path` chunk by chunk, with a SHA-256 of all bytes read at the end. */
export async function* readTrialChunks(
  path: string,
  options: SourceOptions,
  hash = createHash("sha256"),
): AsyncGenerator<TrialChunk> {
  if (await isRecordingSource(path)) {
    if (!options.epochs)
      throw new Error(`${path} holds recordings: say which events become trials, e.g. --events T1=0,T2=1 --window 0,3`);
    const parts = await Promise.all(path.split(",").map(unpackedPath));
    for (const { path: file, eventsTsv } of await recordingSources(parts, options.task, options.log)) {
      const recording = await readRecordingFile(file, { onBytes: (chunk) => hash.update(chunk) });
      const name = recordingName(file, options.subjectPattern);
      if (eventsTsv) {
        const text = await readFile(eventsTsv, "utf8");
        hash.update(text);
        recording.events = parseEventsTsv(text, eventsTsv, options.eventsColumn);
      }
      const epochs = cutEpochs(recording, name, options.epochs);
      options.log?.(
        `${file}: subject ${name.subject}${name.session ? ` session ${name.session}` : ""}, ${recording.channels.length} channels at ${recording.samplingRate} Hz; ` +
          `markers ${describeMarkers(recording.events)}; ${epochs.trials.length} trials${epochs.skipped.length ? `, ${epochs.skipped.length} events too near the recording's ends skipped` : ""}`,
      );
      if (epochs.trials.length === 0) {
        options.log?.(
          `  no trials: none of the markers ${Object.keys(options.epochs.mapping).join(", ")} is in this file (found: ${describeMarkers(recording.events)})`,
        );
        continue;
      }
      yield {
        source: file,
        channels: recording.channels,
        samplingRate: recording.samplingRate,
        epochStart: epochs.epochStart,
        trials: epochs.trials,
      };
    }
    return;
  }
  const size = (
    await stat(path).catch((error: Error) => {
      throw new Error(`cannot read ${path} (${error.message.split(":")[0]})`);
    })
  ).size;
  if (size > MAX_TEXT_FILE_BYTES) {
    throw new Error(
      `${path} is ${(size / 2 ** 20).toFixed(0)} MiB; trial files (.json, .csv) are read whole and must be under ${MAX_TEXT_FILE_BYTES / 2 ** 20} MiB. ` +
        `Split it into several files by subject, or give the recordings (.edf/.bdf/.set) with --events, which are read one at a time`,
    );
  }
  const text = await readFile(path, "utf8");
  hash.update(text);
  if (text.trim() === "") throw new TrialFormatError(`${path}: the file is empty`);
  if (path.endsWith(".csv")) {
    if (!options.timing)
      throw new Error("CSV files do not say their sampling rate: pass --sampling-rate HZ --epoch-start=SECONDS");
    const file = withSource(path, () => parseTrialCsv(text, options.timing!));
    yield { source: path, ...file };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const hint = /\b(NaN|-?Infinity)\b/.test(text)
      ? ": it contains NaN or Infinity, which JSON does not allow (Python's json.dump writes them for missing values); replace them or drop those trials, e.g. json.dump(data, f, allow_nan=False) finds them"
      : "";
    throw new TrialFormatError(`${path}: not valid JSON (${(error as Error).message})${hint}`);
  }
  const file = withSource(path, () => validateTrialFile(value));
  yield {
    source: path,
    channels: file.channels,
    samplingRate: file.samplingRate,
    epochStart: file.epochStart,
    trials: file.trials,
  };
}

/** Runs `parse`, prefixing the file's name to a TrialFormatError. */
function withSource<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof TrialFormatError) throw new TrialFormatError(`${path}: ${error.message}`);
    throw error;
  }
}
