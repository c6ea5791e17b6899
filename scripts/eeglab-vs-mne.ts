/**
 * Checks this project's EEGLAB reader against MNE-Python on your own `.set` files (e.g. the real
 * ds003766): channel names, sampling rate, every sample, the events. Needs MNE on /usr/bin/python3
 * (scripts/ensure-mne.sh). Run `npm run eeglab-vs-mne -- --help`.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { runMain, UsageError } from "./lib/cli";
import { readEeglab } from "./lib/eeg/eeglab";
import { compareWithMne, readWithMne } from "./lib/eeg/mne-agreement";
import { defineCommand, parseFlags } from "./lib/flags";

export const COMMAND = defineCommand({
  name: "eeglab-vs-mne",
  summary: "Compare what this project and MNE-Python read from EEGLAB .set files.",
  flags: {
    data: { type: "string", valueName: "PATHS", help: ".set files or folders (searched recursively), comma-separated" },
    python: { type: "string", default: "/usr/bin/python3", valueName: "PATH", help: "a Python with MNE" },
  },
  epilogue: `For example:
  npm run eeglab-vs-mne -- --data ../shared/data/eeglab-sample
Exits 1 when any file disagrees.`,
});

async function setFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError(`cannot read ${path}: no such file or folder`);
    if (!info.isDirectory()) found.push(path);
    else
      for (const entry of (await readdir(path, { recursive: true })).map(String).sort())
        if (entry.endsWith(".set")) found.push(join(path, entry));
  }
  return found;
}

async function main(argv: string[]): Promise<void> {
  const values = parseFlags(COMMAND, argv);
  if (values === null) return;
  if (values.data === undefined) throw new UsageError("say which files: --data FILE.set,FOLDER");
  const files = await setFiles(values.data.split(","));
  if (files.length === 0) throw new UsageError("give at least one .set file or a folder holding some");
  let disagreeing = 0;
  for (const file of files) {
    const [dump] = readWithMne([file], values.python);
    const agreement = compareWithMne(await readEeglab(file), dump);
    console.log(
      `${file}: ${agreement.kind}, ${agreement.channels} channels, ${agreement.samples} samples, ${agreement.events} events; ` +
        `max relative sample error ${agreement.maxRelativeError.toExponential(2)}; ${agreement.problems.length === 0 ? "agrees" : "DISAGREES"}`,
    );
    for (const problem of agreement.problems.slice(0, 10)) console.log(`  ${problem}`);
    if (agreement.problems.length > 0) disagreeing++;
  }
  if (disagreeing > 0) throw new Error(`${disagreeing} of ${files.length} files disagree with MNE`);
}

runMain(import.meta.url, main);
