/**
 * Trains the tutorial's LSTM template on labelled multichannel sequences (EEG trials),
 * tests it on subjects it never saw, and saves it with its metadata. Run
 * `npm run train-sequences -- --help` for the flags and docs/eeg-template.md for the
 * file format and the preprocessing.
 */
import * as tf from "@tensorflow/tfjs";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeRejections, rejectArtifacts, type RejectionReport } from "../lib/eeg/artifacts";
import { channelStatistics, zScore } from "../lib/eeg/normalization";
import { checkPreprocessing, preprocessTrial, type PreprocessingSettings } from "../lib/eeg/preprocessing";
import { SEQUENCE_METADATA_SCHEMA_VERSION, type SequenceMetadata } from "../lib/eeg/sequence-metadata";
import { buildSequenceModel, toInputTensor } from "../lib/eeg/sequence-model";
import { fitSequences, predictProbabilities } from "../lib/eeg/sequence-training";
import { splitBySubject } from "../lib/eeg/subject-split";
import { subjectsOf, validateTrialFile, type Trial, type TrialFile } from "../lib/eeg/trials";
import { parseTrialCsv } from "../lib/eeg/trials-csv";
import type { Evaluation } from "../lib/metadata";
import { binaryMetrics } from "../lib/metrics";
import { saveModelDir } from "./lib/artifacts";
import { BACKEND_CHOICES, setUpBackend, type BackendChoice } from "./lib/backend";
import { DEFAULT_DEMO_PATH } from "./make-eeg-demo";
import { formatSeconds, ProgressBar } from "./lib/progress-bar";
import { parseOrHelp, runMain, UsageError } from "./lib/cli";

const HELP = `Train LSTM(units) -> Dense(1, sigmoid) on labelled EEG trials; test on held-out subjects.

Usage: npm run train-sequences -- [flags]

  --data PATH            trial file, .json or .csv (default: ${DEFAULT_DEMO_PATH}, from npm run make-eeg-demo)
  --sampling-rate HZ     for CSV files: samples per second
  --epoch-start S        for CSV files: time of each trial's first row relative to the event
  --out DIR              where the model goes (default: public/eeg-model)
  --epochs N             passes over the training trials (default: 20)
  --batch-size N         trials per gradient step (default: 32)
  --units N              LSTM memory units (default: 32)
  --learning-rate X      Adam's step size (default: 0.001, Keras's default)
  --seed N               seeds the initial weights, the batch order and the subject pick (default: 7)
  --test-subjects S      how many subjects to hold out (picked by seed), or their ids: s01,s07 (default: 3)
  --notch HZ|none        mains frequency to remove, 50 or 60 (default: 50)
  --band LOW,HIGH|none   band-pass, Hz (default: 1,30)
  --filter-order N       Butterworth order of each band edge, even (default: 4)
  --baseline FROM,TO|none  seconds before the event to subtract per channel (default: -0.2,0)
  --window FROM,TO|none  seconds kept after filtering, dropping the margins (default: -0.2,0.8)
  --reference average|as-recorded  re-reference to the channel average (default: average)
  --decimate N           keep every N-th sample after filtering (default: 2)
  --reject-uv UV|none    drop trials with a channel's peak-to-peak above this, µV (default: 100)
  --backend NAME         auto | node | wasm | cpu (default: auto)
  -h, --help             show this text

Write negative numbers with "=": --epoch-start=-0.7 --window=-0.2,0.8
`;

interface SequenceFlags {
  data: string;
  timing?: { samplingRate: number; epochStart: number };
  out: string;
  epochs: number;
  batchSize: number;
  units: number;
  learningRate: number;
  seed: number;
  testSubjects: number | string[];
  preprocessing: Omit<PreprocessingSettings, "samplingRate" | "epochStart">;
  rejectUv: number | null;
  backend: BackendChoice;
}


function parseFlags(argv: string[]): SequenceFlags | null {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      data: { type: "string", default: DEFAULT_DEMO_PATH },
      "sampling-rate": { type: "string" },
      "epoch-start": { type: "string" },
      out: { type: "string", default: "public/eeg-model" },
      epochs: { type: "string", default: "20" },
      "batch-size": { type: "string", default: "32" },
      units: { type: "string", default: "32" },
      "learning-rate": { type: "string", default: "0.001" },
      seed: { type: "string", default: "7" },
      "test-subjects": { type: "string", default: "3" },
      notch: { type: "string", default: "50" },
      band: { type: "string", default: "1,30" },
      "filter-order": { type: "string", default: "4" },
      baseline: { type: "string", default: "-0.2,0" },
      window: { type: "string", default: "-0.2,0.8" },
      reference: { type: "string", default: "average" },
      decimate: { type: "string", default: "2" },
      "reject-uv": { type: "string", default: "100" },
      backend: { type: "string", default: "auto" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) return null;
  const integer = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${text}"`);
    return n;
  };
  const number = (name: string, text: string) => {
    const x = Number(text);
    if (text.trim() === "" || !Number.isFinite(x)) throw new UsageError(`--${name} must be a number, got "${text}"`);
    return x;
  };
  const orNone = <T>(text: string, parse: (text: string) => T): T | null => (text === "none" ? null : parse(text));
  const pair = (name: string) => (text: string): [number, number] => {
    const parts = text.split(",");
    if (parts.length !== 2) throw new UsageError(`--${name} must be two numbers like 1,30 (or none), got "${text}"`);
    return [number(name, parts[0]), number(name, parts[1])];
  };
  if (!BACKEND_CHOICES.includes(v.backend as BackendChoice)) throw new UsageError(`--backend must be one of ${BACKEND_CHOICES.join(", ")}, got "${v.backend}"`);
  if (v.reference !== "average" && v.reference !== "as-recorded") throw new UsageError(`--reference must be average or as-recorded, got "${v.reference}"`);
  if ((v["sampling-rate"] === undefined) !== (v["epoch-start"] === undefined)) throw new UsageError("give --sampling-rate and --epoch-start together");
  return {
    data: v.data,
    timing: v["sampling-rate"] === undefined ? undefined : { samplingRate: number("sampling-rate", v["sampling-rate"]), epochStart: number("epoch-start", v["epoch-start"]!) },
    out: v.out,
    epochs: integer("epochs", v.epochs, 1),
    batchSize: integer("batch-size", v["batch-size"], 1),
    units: integer("units", v.units, 1),
    learningRate: number("learning-rate", v["learning-rate"]),
    seed: integer("seed", v.seed, 0),
    testSubjects: /^\d+$/.test(v["test-subjects"]) ? Number(v["test-subjects"]) : v["test-subjects"].split(",").map((s) => s.trim()),
    preprocessing: {
      notchHz: orNone(v.notch, (text) => number("notch", text)),
      band: orNone(v.band, pair("band")),
      filterOrder: integer("filter-order", v["filter-order"], 2),
      baseline: orNone(v.baseline, pair("baseline")),
      window: orNone(v.window, pair("window")),
      reference: v.reference,
      decimate: integer("decimate", v.decimate, 1),
    },
    rejectUv: orNone(v["reject-uv"], (text) => number("reject-uv", text)),
    backend: v.backend as BackendChoice,
  };
}

async function loadTrialFile(path: string, timing: SequenceFlags["timing"]): Promise<{ file: TrialFile; sha256: string }> {
  const text = await readFile(path, "utf8").catch((error: Error) => {
    throw new Error(`cannot read ${path} (${error.message.split(":")[0]})${path === DEFAULT_DEMO_PATH ? ": run npm run make-eeg-demo first" : ""}`);
  });
  const sha256 = createHash("sha256").update(text).digest("hex");
  if (path.endsWith(".csv")) {
    if (!timing) throw new UsageError("CSV files do not say their sampling rate: pass --sampling-rate HZ --epoch-start=SECONDS");
    return { file: parseTrialCsv(text, timing), sha256 };
  }
  return { file: validateTrialFile(JSON.parse(text)), sha256 };
}

/** Prints each rejected trial and, when the file says which trials had artefacts, how many were caught. */
function reportRejections(report: RejectionReport<Trial>, trials: readonly Trial[]): SequenceMetadata["rejection"] {
  console.log(describeRejections(report));
  const artifactsOf = new Map(trials.map((trial) => [trial.id, trial.artifacts ?? []]));
  for (const r of report.rejected) {
    const known = artifactsOf.get(r.trialId)!;
    console.log(`  ${r.trialId.padEnd(12)} ${r.channel.padEnd(5)} ${r.peakToPeak.toFixed(1).padStart(7)} µV${known.length > 0 ? `  (${known.join(", ")})` : ""}`);
  }
  const rejected = new Set(report.rejected.map((r) => r.trialId));
  const kinds = [...new Set(trials.flatMap((trial) => trial.artifacts ?? []))].sort();
  if (kinds.length === 0) return { trials: trials.length, rejected: rejected.size };
  const byArtifact: Record<string, { injected: number; caught: number }> = {};
  for (const kind of kinds) {
    const marked = trials.filter((trial) => trial.artifacts?.includes(kind));
    byArtifact[kind] = { injected: marked.length, caught: marked.filter((trial) => rejected.has(trial.id)).length };
  }
  const clean = trials.filter((trial) => !trial.artifacts?.length);
  console.log(`against the file's artefact notes: ${kinds.map((k) => `${byArtifact[k].caught}/${byArtifact[k].injected} ${k}`).join(", ")} caught; ` +
    `${clean.filter((trial) => rejected.has(trial.id)).length}/${clean.length} clean trials rejected`);
  return { trials: trials.length, rejected: rejected.size, byArtifact };
}

function printEvaluation(evaluation: Evaluation, testSubjects: string[], majorityRate: number): void {
  const { truePositive: tp, falseNegative: fn, falsePositive: fp, trueNegative: tn } = evaluation.confusionMatrix;
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`
Held-out subjects ${testSubjects.join(", ")} (${evaluation.examples} trials)
  accuracy    ${percent(evaluation.accuracy)}   (chance: ${percent(majorityRate)}, always guessing the majority label)
  log loss    ${evaluation.logLoss.toFixed(4)}   (chance: 0.6931)
  ROC AUC     ${evaluation.rocAuc.toFixed(4)}
  precision   ${percent(evaluation.precision)}   recall ${percent(evaluation.recall)}   F1 ${percent(evaluation.f1)}

                 predicted 1   predicted 0
  actual 1      ${String(tp).padStart(12)}  ${String(fn).padStart(12)}
  actual 0      ${String(fp).padStart(12)}  ${String(tn).padStart(12)}
`);
}

export async function trainSequences(flags: SequenceFlags): Promise<SequenceMetadata> {
  const startedAt = Date.now();
  const backend = await setUpBackend(flags.backend);
  console.log(`backend: ${backend.name} (${backend.reason})`);
  const { file, sha256 } = await loadTrialFile(flags.data, flags.timing);
  const subjects = subjectsOf(file.trials);
  console.log(`data: ${flags.data} (sha256 ${sha256.slice(0, 12)}): ${file.trials.length} trials, ${subjects.length} subjects, ` +
    `${file.trials[0].samples.length} time steps x ${file.channels.length} channels at ${file.samplingRate} Hz`);

  const settings: PreprocessingSettings = { samplingRate: file.samplingRate, epochStart: file.epochStart, ...flags.preprocessing };
  checkPreprocessing(settings, file.trials[0].samples.length);
  const prepared = file.trials.map((trial) => ({ ...trial, samples: preprocessTrial(trial.samples, settings) }));
  const report = rejectArtifacts(prepared, file.channels, flags.rejectUv ?? Infinity);
  const rejection = flags.rejectUv === null ? { trials: file.trials.length, rejected: 0 } : reportRejections(report, file.trials);

  const split = splitBySubject(report.kept, flags.testSubjects, flags.seed);
  const normalization = channelStatistics(split.train.map((trial) => trial.samples));
  const [trainInputs, testInputs] = [split.train, split.test].map((trials) => toInputTensor(trials.map((trial) => zScore(trial.samples, normalization))));
  const [timeSteps, channels] = trainInputs.shape.slice(1);
  console.log(`train: ${split.train.length} trials from ${split.trainSubjects.length} subjects; test: ${split.test.length} trials from ${split.testSubjects.join(", ")}; ` +
    `model input [${timeSteps} time steps, ${channels} channels]`);

  const modelConfig = { timeSteps, channels, lstmUnits: flags.units };
  const model = buildSequenceModel(modelConfig, flags.seed, flags.learningRate);
  let bar: ProgressBar | undefined;
  const history = await fitSequences(model, trainInputs, split.train.map((trial) => trial.label), {
    epochs: flags.epochs,
    batchSize: flags.batchSize,
    seed: flags.seed,
    onBatch: (epoch, batch, batches) => {
      if (batch === 1) bar = new ProgressBar(`epoch ${epoch}/${flags.epochs}`, batches);
      bar!.advance();
    },
    onEpoch: (record) => bar!.finish(`loss ${record.loss.toFixed(4)} accuracy ${record.accuracy.toFixed(4)} (${formatSeconds(record.seconds)})`),
  });
  const trainingSeconds = history.reduce((sum, record) => sum + record.seconds, 0);

  const evaluatedAt = Date.now();
  const testLabels = split.test.map((trial) => trial.label);
  const evaluation: Evaluation = {
    split: "test",
    ...binaryMetrics(testLabels, await predictProbabilities(model, testInputs)),
    seconds: (Date.now() - evaluatedAt) / 1000,
    evaluatedAt: new Date().toISOString(),
  };
  const positiveRate = testLabels.filter((label) => label === 1).length / testLabels.length;
  printEvaluation(evaluation, split.testSubjects, Math.max(positiveRate, 1 - positiveRate));
  tf.dispose([trainInputs, testInputs]);

  const metadata: SequenceMetadata = {
    schemaVersion: SEQUENCE_METADATA_SCHEMA_VERSION,
    kind: "sequence",
    model: modelConfig,
    channels: file.channels,
    preprocessing: { ...settings, rejectUv: flags.rejectUv, normalization },
    training: {
      epochs: flags.epochs,
      batchSize: flags.batchSize,
      seed: flags.seed,
      optimizer: "adam",
      learningRate: flags.learningRate,
      loss: "binaryCrossentropy",
      trainTrials: split.train.length,
      trainSubjects: split.trainSubjects,
    },
    testSubjects: split.testSubjects,
    rejection,
    history,
    backend: backend.name,
    trainingSeconds,
    dataset: { source: flags.data, sha256, trials: file.trials.length, subjects: subjects.length },
    createdAt: new Date().toISOString(),
    tfjsVersion: tf.version.tfjs,
    evaluation,
  };
  await saveModelDir(flags.out, model, metadata);
  console.log(`saved ${flags.out}/model.json, weights.bin, metadata.json (${formatSeconds((Date.now() - startedAt) / 1000)} in all)`);
  return metadata;
}

async function main(argv: string[]): Promise<void> {
  const flags = parseOrHelp(argv, HELP, parseFlags);
  if (flags === null) return;
  await trainSequences(flags);
}

runMain(import.meta.url, main);
