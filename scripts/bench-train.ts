/**
 * npm run bench:train: how fast the model trains with the fast LSTM
 * (scripts/lib/fast-lstm.ts) and with tf.layers.lstm, per backend, in one run.
 * Prints markdown tables for the README's "Training speed" section.
 */
import { cpus, loadavg } from "node:os";
import { MEASURED_FILES, parseTrainingSpeed, type TrainingSpeed } from "../lib/measured-speed";
import { TUTORIAL_MODEL_CONFIG } from "../lib/model-config";
import { truncateSequence } from "../lib/padding";
import { tokenize } from "../lib/tokenizer";
import { buildVocabulary, wordsToIndices } from "../lib/vocabulary";
import { type BackendChoice, setUpBackend } from "./lib/backend";
import { runMain, UsageError } from "./lib/cli";
import { defineCommand, parseFlags } from "./lib/flags";
import type { Examples } from "./lib/imdb/fit";
import { loadImdb } from "./lib/imdb/imdb-dataset";
import {
  type EpochEstimate,
  estimateEpoch,
  matMulRate,
  profileStep,
  type StepProfile,
  stepMultiplyAdds,
} from "./lib/imdb/training-benchmark";
import { LSTM_IMPLEMENTATIONS, type LstmImplementation } from "./lib/lstm-implementation";
import { saveMeasured } from "./lib/save-measured";

const command = defineCommand({
  name: "bench:train",
  summary:
    "Time training steps and estimate an epoch, fast LSTM vs tf.layers.lstm, per backend (tutorial model, batch 64).",
  flags: {
    data: {
      type: "string",
      valueName: "PATH",
      help: "aclImdb_v1.tar.gz, the labeled tarball, or an aclImdb/ folder (needed for the epoch estimate)",
    },
    backends: {
      type: "string",
      default: "wasm,cpu",
      valueName: "LIST",
      help: "comma-separated backends: wasm, cpu, node",
    },
    lstm: {
      type: "string",
      default: "fast,layers",
      valueName: "LIST",
      help: "comma-separated LSTM code: fast, layers",
    },
    lengths: {
      type: "string",
      default: "100,250,500",
      valueName: "LIST",
      help: "review lengths to profile one step at",
    },
    "sample-batches": { type: "integer", default: 6, min: 1, help: "real batches timed per epoch estimate" },
    seed: { type: "integer", default: 7, min: 0, help: "seed of the model and of the epoch's batches" },
    save: {
      type: "boolean",
      help: `also write the fast LSTM's epoch on the first backend (not cpu) to public/${MEASURED_FILES.training}, which the model card shows`,
    },
  },
  epilogue: [
    "Without --data only the per-step profile runs. The epoch is extrapolated from --sample-batches",
    "measured batches (a stratified sample by length), not trained in full. Paths are relative to the",
    "repository. Examples:",
    "  npm run bench:train -- --data ../shared/data/aclImdb_v1-labeled.tar.gz",
    "  npm run bench:train -- --data ../shared/data/aclImdb_v1-labeled.tar.gz --backends wasm --lstm fast --lengths 250",
  ].join("\n"),
});
const BATCH_SIZE = 64;

function list<T extends string>(flag: string, text: string, allowed: readonly T[]): T[] {
  const items = text.split(",").map((item) => item.trim());
  const wrong = items.find((item) => !allowed.includes(item as T));
  if (wrong !== undefined) throw new UsageError(`--${flag}: "${wrong}" is not one of ${allowed.join(", ")}`);
  return items as T[];
}

/** The training reviews as fit sees them: vocabulary from the training reviews, truncated to maxLen. */
async function trainingExamples(path: string): Promise<Examples> {
  const { numWords, maxLen } = TUTORIAL_MODEL_CONFIG;
  const dataset = await loadImdb(path, { showProgress: true });
  const tokens = dataset.train.map((review) => tokenize(review.text));
  const vocabulary = buildVocabulary(tokens, numWords);
  return {
    sequences: tokens.map((words) => truncateSequence(wordsToIndices(words, vocabulary, numWords), maxLen, "pre")),
    labels: dataset.train.map((review) => review.label),
  };
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ");
const seconds = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

/** Issue 27's targets for the tutorial recipe's epoch (wasm, fast LSTM). */
const EPOCH_TARGET_MINUTES = 2;
const EPOCH_STRETCH_MINUTES = 1.5;
const FLOOR_SHARE_TARGET = 0.6;

const percent = (x: number) => `${Math.round(100 * x)}%`;

function profileRow(backend: string, p: StepProfile, rate: number): string {
  const top = p.kernels
    .slice(0, 4)
    .map((k) => `${k.name} ×${k.count} ${Math.round(k.milliseconds)} ms`)
    .join(", ");
  const perStep = (p.kernelCount / TUTORIAL_MODEL_CONFIG.maxLen).toFixed(1);
  const floor = stepMultiplyAdds(TUTORIAL_MODEL_CONFIG, BATCH_SIZE, p.length) / rate;
  return `| ${backend} | ${p.lstm} | ${p.length} | ${seconds(p.wallSeconds)} | ${seconds(p.cpuSeconds)} | ${seconds(floor)} (${percent(floor / p.cpuSeconds)}) | ${p.kernelCount} | ${perStep} | ${Math.round(p.matMulMilliseconds)} ms of ${Math.round(p.profiledMilliseconds)} (${Math.round((100 * p.matMulMilliseconds) / p.profiledMilliseconds)}%) | ${top} |`;
}

function epochRow(backend: string, e: EpochEstimate, layers: EpochEstimate | undefined, rate: number): string {
  const speedUp =
    layers && e !== layers
      ? `${(layers.epoch.wallSeconds / e.epoch.wallSeconds).toFixed(1)}× (CPU ${(layers.epoch.cpuSeconds / e.epoch.cpuSeconds).toFixed(1)}×)`
      : "";
  const floorSeconds = e.multiplyAdds / rate;
  const floor = `${(e.multiplyAdds / 1e12).toFixed(2)} T at ${(rate / 1e9).toFixed(1)} G/s: ${(floorSeconds / 60).toFixed(2)}`;
  return `| ${backend} | ${e.lstm} | ${e.sampledBatches} of ${e.batchesInEpoch} | ${seconds(e.sampled.wallSeconds)} | ${(e.epoch.wallSeconds / 60).toFixed(2)} | ${(e.epoch.cpuSeconds / 60).toFixed(2)} | ${speedUp} | ${floor} | ${percent(floorSeconds / e.epoch.cpuSeconds)} |`;
}

/** The targets, judged on the fast LSTM's epoch estimate; CPU time stands for wall time on a free core. */
function targetLines(e: EpochEstimate, rate: number): string[] {
  const cpuMinutes = e.epoch.cpuSeconds / 60;
  const share = e.multiplyAdds / rate / e.epoch.cpuSeconds;
  const verdict = (met: boolean) => (met ? "met" : "missed");
  return [
    `Targets (issue 27), tutorial recipe, fast LSTM, epoch extrapolated from ${e.sampledBatches} measured batches of ${e.batchesInEpoch}:`,
    `- epoch ≤ ${EPOCH_TARGET_MINUTES} min wall on a free core (stretch ≤ ${EPOCH_STRETCH_MINUTES}): ${cpuMinutes.toFixed(2)} min of CPU time ` +
      `(what a free core takes; ${(e.epoch.wallSeconds / 60).toFixed(2)} min wall in this run, load average ${load()}): ` +
      `${verdict(cpuMinutes <= EPOCH_TARGET_MINUTES)}; stretch ${verdict(cpuMinutes <= EPOCH_STRETCH_MINUTES)}`,
    `- LSTM at ≥ ${percent(FLOOR_SHARE_TARGET)} of the matMul floor (the epoch's LSTM multiply-adds at the matMul rate ÷ the epoch's CPU time, whole training step): ` +
      `${percent(share)}: ${verdict(share >= FLOOR_SHARE_TARGET)}`,
  ];
}

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const backends = list<BackendChoice>("backends", flags.backends, ["wasm", "cpu", "node"]);
  const implementations = list<LstmImplementation>("lstm", flags.lstm, LSTM_IMPLEMENTATIONS);
  const lengths = flags.lengths.split(",").map(Number);
  if (lengths.some((n) => !Number.isInteger(n) || n < 1 || n > TUTORIAL_MODEL_CONFIG.maxLen)) {
    throw new UsageError(
      `--lengths must be integers from 1 to ${TUTORIAL_MODEL_CONFIG.maxLen}, got "${flags.lengths}"`,
    );
  }
  const train = flags.data === undefined ? null : await trainingExamples(flags.data);
  console.log(`${cpus().length} CPUs (${cpus()[0]?.model}), load average (1/5/15 min) at start: ${load()}`);

  const startLoad = loadavg()[0];
  let saved: string | null = null;
  const profiles: string[] = [];
  const epochs: string[] = [];
  const targets: string[] = [];
  for (const backend of backends) {
    await setUpBackend(backend);
    const rate = await matMulRate(TUTORIAL_MODEL_CONFIG, BATCH_SIZE);
    console.log(
      `${backend}: matMul rate at the LSTM's per-step shapes ${(rate / 1e9).toFixed(1)} G multiply-adds per CPU second`,
    );
    for (const lstm of implementations) {
      for (const length of lengths) {
        const profile = await profileStep(TUTORIAL_MODEL_CONFIG, BATCH_SIZE, length, lstm);
        profiles.push(profileRow(backend, profile, rate));
        console.log(profiles.at(-1));
      }
    }
    if (train === null) continue;
    const estimates = new Map<LstmImplementation, EpochEstimate>();
    for (const lstm of implementations) {
      estimates.set(
        lstm,
        await estimateEpoch(TUTORIAL_MODEL_CONFIG, train, {
          batchSize: BATCH_SIZE,
          seed: flags.seed,
          epoch: 1,
          sampleSize: flags.sampleBatches,
          lstm,
        }),
      );
    }
    for (const estimate of estimates.values()) {
      epochs.push(epochRow(backend, estimate, estimates.get("layers"), rate));
      console.log(epochs.at(-1));
    }
    const fast = estimates.get("fast");
    if (fast !== undefined && targets.length === 0 && backend !== "cpu") {
      targets.push(...targetLines(fast, rate));
      if (flags.save) saved = await saveFigures(fast, rate, backend, startLoad, argv);
    }
  }

  console.log(
    `\nOne training step, batch ${BATCH_SIZE}, reviews of one length pre-padded to ${TUTORIAL_MODEL_CONFIG.maxLen} (shared padding):\n`,
  );
  console.log(
    "| backend | LSTM | length | wall s | CPU s | matMul floor s (share) | kernels | kernels per step | matMul time (profiled step) | longest kernels and op scopes (profiled step) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  profiles.forEach((row) => console.log(row));
  if (epochs.length > 0) {
    console.log(
      `\nOne epoch of the ${train!.sequences.length} training reviews (length-bucketed batches of ${BATCH_SIZE}), extrapolated from ${flags.sampleBatches} measured batches (a stratified sample by length), not trained in full:\n`,
    );
    console.log(
      "| backend | LSTM | batches timed | their wall s | epoch wall min (est.) | epoch CPU min (est.) | faster than layers | matMul floor: LSTM multiply-adds at the measured matMul rate, CPU min | share of the floor |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|");
    epochs.forEach((row) => console.log(row));
  }
  if (targets.length > 0) console.log(`\n${targets.join("\n")}`);
  console.log(`\nload average (1/5/15 min) at end: ${load()}`);
  if (flags.save)
    console.log(
      saved
        ? `Saved for the model card: ${saved}`
        : "Nothing saved: --save needs --data and --lstm fast on wasm or node",
    );
}

/** The epoch's figures and their targets as the model card reads them (lib/measured-speed.ts); returns the file. */
async function saveFigures(
  e: EpochEstimate,
  rate: number,
  backend: string,
  startLoad: number,
  argv: string[],
): Promise<string> {
  const floorSeconds = e.multiplyAdds / rate;
  const figures: TrainingSpeed = {
    measuredAt: new Date().toISOString(),
    command: ["npm run bench:train --", ...argv].join(" "),
    machine: { cores: cpus().length, cpuModel: cpus()[0]?.model ?? "", loadAverages: [startLoad] },
    backend,
    epochCpuMinutes: e.epoch.cpuSeconds / 60,
    epochWallMinutes: e.epoch.wallSeconds / 60,
    floorCpuMinutes: floorSeconds / 60,
    floorShare: floorSeconds / e.epoch.cpuSeconds,
    sampledBatches: e.sampledBatches,
    batchesInEpoch: e.batchesInEpoch,
    targets: {
      epochMinutes: EPOCH_TARGET_MINUTES,
      stretchEpochMinutes: EPOCH_STRETCH_MINUTES,
      floorShare: FLOOR_SHARE_TARGET,
    },
  };
  return saveMeasured(MEASURED_FILES.training, figures, parseTrainingSpeed);
}

runMain(import.meta.url, main);
