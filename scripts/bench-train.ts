/**
 * npm run bench:train: how fast the model trains with the fast LSTM
 * (scripts/lib/fast-lstm.ts) and with tf.layers.lstm, per backend, in one run.
 * Prints markdown tables for the README's "Training speed" section.
 */
import { cpus, loadavg } from "node:os";
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
} from "./lib/imdb/training-benchmark";
import { LSTM_IMPLEMENTATIONS, type LstmImplementation } from "./lib/lstm-implementation";

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
  },
  epilogue:
    "Without --data only the per-step profile runs. Example:\n  npm run bench:train -- --data /work/shared/data/aclImdb_v1-labeled.tar.gz",
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

function profileRow(backend: string, p: StepProfile): string {
  const top = p.kernels
    .slice(0, 4)
    .map((k) => `${k.name} ×${k.count} ${Math.round(k.milliseconds)} ms`)
    .join(", ");
  const perStep = (p.kernelCount / TUTORIAL_MODEL_CONFIG.maxLen).toFixed(1);
  return `| ${backend} | ${p.lstm} | ${p.length} | ${seconds(p.wallSeconds)} | ${seconds(p.cpuSeconds)} | ${p.kernelCount} | ${perStep} | ${Math.round(p.matMulMilliseconds)} ms of ${Math.round(p.profiledMilliseconds)} (${Math.round((100 * p.matMulMilliseconds) / p.profiledMilliseconds)}%) | ${top} |`;
}

function epochRow(backend: string, e: EpochEstimate, layers: EpochEstimate | undefined, rate: number): string {
  const speedUp =
    layers && e !== layers
      ? `${(layers.epoch.wallSeconds / e.epoch.wallSeconds).toFixed(1)}× (CPU ${(layers.epoch.cpuSeconds / e.epoch.cpuSeconds).toFixed(1)}×)`
      : "";
  const floor = `${(e.multiplyAdds / 1e12).toFixed(2)} T at ${(rate / 1e9).toFixed(1)} G/s: ${(e.multiplyAdds / rate / 60).toFixed(1)}`;
  return `| ${backend} | ${e.lstm} | ${e.sampledBatches} of ${e.batchesInEpoch} | ${seconds(e.sampled.wallSeconds)} | ${(e.epoch.wallSeconds / 60).toFixed(1)} | ${(e.epoch.cpuSeconds / 60).toFixed(1)} | ${speedUp} | ${floor} |`;
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

  const profiles: string[] = [];
  const epochs: string[] = [];
  for (const backend of backends) {
    await setUpBackend(backend);
    for (const lstm of implementations) {
      for (const length of lengths) {
        const profile = await profileStep(TUTORIAL_MODEL_CONFIG, BATCH_SIZE, length, lstm);
        profiles.push(profileRow(backend, profile));
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
    const rate = await matMulRate(TUTORIAL_MODEL_CONFIG, BATCH_SIZE);
    for (const estimate of estimates.values()) {
      epochs.push(epochRow(backend, estimate, estimates.get("layers"), rate));
      console.log(epochs.at(-1));
    }
  }

  console.log(
    `\nOne training step, batch ${BATCH_SIZE}, reviews of one length pre-padded to ${TUTORIAL_MODEL_CONFIG.maxLen} (shared padding):\n`,
  );
  console.log(
    "| backend | LSTM | length | wall s | CPU s | kernels | kernels per step | matMul time (profiled step) | longest kernels and op scopes (profiled step) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  profiles.forEach((row) => console.log(row));
  if (epochs.length > 0) {
    console.log(
      `\nOne epoch of the ${train!.sequences.length} training reviews (length-bucketed batches of ${BATCH_SIZE}), extrapolated from a stratified sample of its batches:\n`,
    );
    console.log(
      "| backend | LSTM | batches timed | their wall s | epoch wall min (est.) | epoch CPU min (est.) | faster than layers | LSTM matMul multiply-adds at the measured matMul rate: CPU min |",
    );
    console.log("|---|---|---|---|---|---|---|---|");
    epochs.forEach((row) => console.log(row));
  }
  console.log(`\nload average (1/5/15 min) at end: ${load()}`);
}

runMain(import.meta.url, main);
