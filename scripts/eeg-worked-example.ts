/**
 * `npm run eeg-worked-example`: one recording of the shipped EEG data, from raw EDF to
 * labelled trials, with what each preprocessing step removed, as the recorded real run
 * (public/eeg-real/metadata.json) preprocesses it. Writes the JSON the questions page shows.
 */
import { createReadStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Parser, type ReadEntry } from "tar";
import { diskFolder } from "../lib/disk-folder";
import { parseSequenceMetadata } from "../lib/eeg/metadata";
import { openSequenceMetadata } from "../lib/open-model-folder";
import { runMain } from "./lib/cli";
import { readEdf } from "./lib/eeg/edf";
import { workedExample } from "./lib/eeg/worked-example";
import { defineCommand, parseFlags } from "./lib/flags";
import { loadImdb } from "./lib/imdb/imdb-dataset";

export const WORKED_EXAMPLE_JSON = "components/eeg/worked-example.json";

const command = defineCommand({
  name: "eeg-worked-example",
  summary: "Take one EDF recording from raw file to labelled trials, measuring what each preprocessing step removes.",
  flags: {
    data: { type: "string", valueName: "PATH", help: "eegmmidb-mi-lr.tar.gz, or one .edf file" },
    file: {
      type: "string",
      valueName: "NAME",
      help: "the recording inside the tarball (default: eegmmidb-mi-lr/S001/S001R04.edf)",
    },
    run: {
      type: "string",
      valueName: "DIR",
      help: "the recorded run whose settings to use (default: public/eeg-real)",
    },
    imdb: {
      type: "string",
      valueName: "PATH",
      help: "the IMDB tarball too: record the first training labels beside the EEG ones (y_train)",
    },
    out: { type: "string", valueName: "PATH", help: `where to write the JSON (default: ${WORKED_EXAMPLE_JSON})` },
  },
  epilogue:
    "Example: npm run eeg-worked-example -- --data ../shared/data/eegmmidb-mi-lr.tar.gz --imdb ../shared/data/aclImdb_v1-labeled.tar.gz",
});

async function readMember(tarball: string, name: string): Promise<Uint8Array> {
  let found: Buffer | null = null;
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      if (entry.path !== name) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      entry.on("end", () => {
        found = Buffer.concat(chunks);
      });
    },
  });
  await pipeline(createReadStream(tarball), parser);
  if (!found) throw new Error(`${tarball} has no ${name}`);
  return found;
}

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const data = flags.data;
  if (typeof data !== "string") throw new Error("--data is required: the EEG tarball or one .edf file");
  const file = flags.file ?? "eegmmidb-mi-lr/S001/S001R04.edf";
  const run = flags.run ?? "public/eeg-real";
  const metadata = await openSequenceMetadata(diskFolder(run), parseSequenceMetadata);
  const mapping = metadata.dataset.events;
  if (!mapping) throw new Error(`${run}/metadata.json records no event mapping (dataset.events)`);
  const { rejectUv } = metadata.preprocessing;
  const bytes = data.endsWith(".edf") ? await readFile(data) : await readMember(data, file);
  const shown = data.endsWith(".edf") ? data.split("/").at(-1)! : file;
  const example = workedExample(
    readEdf(bytes, shown),
    shown,
    mapping,
    metadata.preprocessing,
    rejectUv ?? Number.POSITIVE_INFINITY,
    metadata.preprocessing.droppedChannels,
  );
  const imdb = typeof flags.imdb === "string" ? (await loadImdb(flags.imdb)).train : null;
  const yTrain = imdb && {
    reviews: imdb.length,
    positives: imdb.filter((review) => review.label === 1).length,
    // The first three reviews of each folder, as the reader meets them in the tarball.
    first: ([0, 1] as const).flatMap((label) =>
      imdb
        .filter((review) => review.label === label)
        .slice(0, 3)
        .map((review) => ({ file: review.id, label })),
    ),
  };
  const commandLine = `npm run eeg-worked-example -- ${argv.join(" ")}`.trim();
  const out = flags.out ?? WORKED_EXAMPLE_JSON;
  await writeFile(
    out,
    `${JSON.stringify({ command: commandLine, run, settings: { ...metadata.preprocessing, normalization: undefined }, ...example, yTrain }, null, 2)}\n`,
  );
  console.log(
    `${out}: ${example.y.length} trials, ${example.yKept.length} kept; steps ${example.steps.map((s) => s.step).join(", ")}`,
  );
}

runMain(import.meta.url, main);
