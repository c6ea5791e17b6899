/**
 * Applies a saved sequence model to new trials with its saved preprocessing and prints
 * (or writes as CSV) each trial's probability. Run `npm run predict-sequences -- --help`.
 */
import { writeFile } from "node:fs/promises";
import { type BackendChoice, setUpBackend } from "./lib/backend";
import { runMain, UsageError } from "./lib/cli";
import { csvLine } from "./lib/csv";
import { parseEventMapping } from "./lib/eeg/events";
import { SOURCE_FLAGS, sourceOptions } from "./lib/eeg/flags";
import { loadSequenceModelDir, predictionAccuracy, predictSequences, sourceForModel } from "./lib/eeg/prediction";
import { formatProportion } from "./lib/eeg/proportion";
import { BACKEND_FLAG, defineCommand, parseFlags } from "./lib/flags";

const { events, margin: _margin, ...sourceFlags } = SOURCE_FLAGS; // the model's metadata fixes the margins

const command = defineCommand({
  name: "predict-sequences",
  summary: "Apply a saved sequence model to new EEG trials, prepared exactly as its training prepared its own.",
  flags: {
    model: {
      type: "string",
      default: "models/eeg",
      valueName: "DIR",
      help: "model folder from train-sequences (the demo: public/eeg-model)",
    },
    data: {
      type: "string",
      valueName: "PATH",
      help: "trial file (.json, .csv) or recordings (.edf/.bdf/.set file, folder, list a,b, or a BIDS root with --task)",
    },
    ...sourceFlags,
    events: { ...events, help: "recordings: markers and labels (default: the model's own, from its metadata)" },
    out: { type: "string", valueName: "FILE", help: "also write id,subject,label,probability as CSV" },
    backend: BACKEND_FLAG,
  },
  epilogue:
    "Recordings are cut with the model's window and margins; the labels in the data (if any) are only used to report accuracy.",
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  if (flags.data === undefined) throw new UsageError("give --data: the trials or recordings to predict");
  const backend = await setUpBackend(flags.backend as BackendChoice);
  console.log(`backend: ${backend.name}`);
  const { model, metadata } = await loadSequenceModelDir(flags.model);
  const log = (line: string) => console.log(line);
  const base = sourceOptions({ ...flags, events: undefined, margin: 0 }, null, log);
  const predictions = await predictSequences(
    model,
    metadata,
    flags.data,
    sourceForModel(metadata, base, flags.events ? parseEventMapping(flags.events) : undefined),
  );
  for (const p of predictions)
    console.log(
      `${p.id.padEnd(28)} ${p.subject.padEnd(8)} P(1) ${p.probability.toFixed(3)}  predicted ${p.probability >= 0.5 ? 1 : 0}  label ${p.label}`,
    );
  console.log(
    `${predictions.length} trials; accuracy against the labels in the data: ${formatProportion(predictionAccuracy(predictions))}`,
  );
  if (flags.out) {
    await writeFile(
      flags.out,
      `id,subject,label,probability\n${predictions.map((p) => csvLine([p.id, p.subject, p.label, p.probability])).join("\n")}\n`,
    );
    console.log(`wrote ${flags.out}`);
  }
}

runMain(import.meta.url, main);
