/**
 * How long training takes, and where the time goes: the measurements behind
 * `npm run bench:train` (README, "Training speed").
 *
 *   profileStep   one training step on a synthetic batch of one length, under tf.profile:
 *                 time per kernel kind, number of kernels, time in matMul
 *   estimateEpoch a stratified sample of the real length-bucketed batches of an epoch,
 *                 each timed as one training step, scaled up to the whole epoch
 */
import * as tf from "@tensorflow/tfjs";
import type { ModelConfig } from "../../../lib/model-config";
import { seededRandom } from "../../../lib/random";
import { stepKernelsFor } from "../fast-lstm";
import { lengthBuckets } from "../length-buckets";
import type { LstmImplementation } from "../lstm-implementation";
import { buildModel } from "../model";
import { type Examples, sequenceLstmFor, trainingStep } from "./fit";

/** Wall-clock and process CPU time of one piece of work, in seconds. */
export interface Timing {
  wallSeconds: number;
  /** User + system CPU time of this process: less sensitive than wall time to other processes. */
  cpuSeconds: number;
}

export interface KernelTotal {
  /** tfjs's kernel name; `fast LSTM op` for the fast LSTM's forward pass (its time includes its matMuls). */
  name: string;
  count: number;
  milliseconds: number;
}

export interface StepProfile extends Timing {
  lstm: LstmImplementation;
  /** Tokens per review in the batch (all rows alike). */
  length: number;
  kernelCount: number;
  /** Kernels by total time, longest first. */
  kernels: KernelTotal[];
  /** Time inside BatchMatMul / _FusedMatMul kernels, in the profiled step. */
  matMulMilliseconds: number;
  /** Wall time of the profiled step (profiling slows it a little). */
  profiledMilliseconds: number;
}

export interface EpochEstimate {
  lstm: LstmImplementation;
  /** Multiply-adds in the fast LSTM's matMuls over the whole epoch (see `epochMultiplyAdds`). */
  multiplyAdds: number;
  batchesInEpoch: number;
  sampledBatches: number;
  /** Sum of the sampled steps' times. */
  sampled: Timing;
  /** Extrapolated to every batch of the epoch. */
  epoch: Timing;
}

async function timed(work: () => Promise<void>): Promise<Timing> {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const cpu = process.cpuUsage(startCpu);
  return { wallSeconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** One training step, waiting for its loss. */
async function step(
  model: tf.LayersModel,
  examples: Examples,
  batch: readonly number[],
  maxLen: number,
  lstm: LstmImplementation,
): Promise<void> {
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const { loss, correct } = trainingStep(
    model,
    variables,
    batch.map((i) => examples.sequences[i]),
    batch.map((i) => examples.labels[i]),
    maxLen,
    sequenceLstmFor(model, lstm),
  );
  await loss.data();
  tf.dispose([loss, correct]);
}

/**
 * Matrix products. (Names ending in `__op`, such as `fusedMatMul__op`, are op scopes
 * whose time includes the kernels inside them.)
 */
const MATMUL_KERNELS = ["BatchMatMul", "_FusedMatMul"];

/** `batchSize` random reviews of exactly `length` word indices, and random labels. */
function syntheticBatch(config: ModelConfig, batchSize: number, length: number, seed: number): Examples {
  const random = seededRandom(seed);
  return {
    sequences: Array.from({ length: batchSize }, () =>
      Array.from({ length }, () => 4 + Math.floor(random() * (config.numWords - 4))),
    ),
    labels: Array.from({ length: batchSize }, () => (random() < 0.5 ? 0 : 1)),
  };
}

/**
 * One training step on a batch of reviews of one length, after warm-up steps (a short one, and
 * one at this length).
 * Time comes from an unprofiled step; the kernel table from a profiled one.
 */
export async function profileStep(
  config: ModelConfig,
  batchSize: number,
  length: number,
  lstm: LstmImplementation,
): Promise<StepProfile> {
  const model = buildModel(config, 7);
  const examples = syntheticBatch(config, batchSize, length, length);
  const batch = examples.sequences.map((_, i) => i);
  const short = syntheticBatch(config, batchSize, Math.min(length, 20), 1);
  await step(model, short, batch, config.maxLen, lstm); // warm-up: kernels set up, JIT compiled
  // And one at this length: a step's first call at a new length costs more than a steady one
  // (buffers sized, the matMuls' shapes met for the first time; measured here 0.19 s of wall
  // time against 0.12 s at length 100), which an epoch pays once per length.
  await step(model, examples, batch, config.maxLen, lstm);
  const timing = await timed(() => step(model, examples, batch, config.maxLen, lstm));
  const profiledStart = performance.now();
  const info = await tf.profile(() => step(model, examples, batch, config.maxLen, lstm));
  const profiledMilliseconds = performance.now() - profiledStart;
  model.dispose();
  const totals = new Map<string, KernelTotal>();
  for (const kernel of info.kernels) {
    // tf.customGrad ops have no kernel name; in these models only the fast LSTM's is one.
    const name = kernel.name === "unnamed scope" ? "fast LSTM op" : kernel.name;
    const total = totals.get(name) ?? { name, count: 0, milliseconds: 0 };
    total.count++;
    total.milliseconds += kernel.kernelTimeMs as number;
    totals.set(name, total);
  }
  const kernels = [...totals.values()].sort((a, b) => b.milliseconds - a.milliseconds);
  const matMulMilliseconds = kernels
    .filter((k) => MATMUL_KERNELS.includes(k.name))
    .reduce((sum, k) => sum + k.milliseconds, 0);
  return {
    ...timing,
    lstm,
    length,
    kernelCount: info.kernels.length,
    kernels,
    matMulMilliseconds,
    profiledMilliseconds,
  };
}

/**
 * Multiply-adds in the fast LSTM's matMuls for one training step: per step of each row,
 * forward `[input, h, 1]·[W; U; b]`, backward `dGates·Uᵀ`, and at the end the weight
 * gradients `[input, h, 1]ᵀ·dGates` and the input gradient `dGates·Wᵀ`. The padding
 * steps run once, at batch 1. (tf.layers.lstm does the same arithmetic in smaller pieces.)
 */
export function stepMultiplyAdds(config: ModelConfig, batchSize: number, longest: number): number {
  const { embeddingDim: inputDim, lstmUnits: units, maxLen } = config;
  const perRowStep = (inputDim + units + 1) * 4 * units * 2 + 4 * units * units + 4 * units * inputDim;
  return perRowStep * (batchSize * longest + (maxLen - longest));
}

/**
 * The machine's matMul rate, in multiply-adds per CPU second: the backend's matMul kernel
 * at the fast LSTM's two per-step shapes, forward `[batchSize, inputDim + units + 1] ×
 * [inputDim + units + 1, 4·units]` and backward `[batchSize, 4·units] × [4·units, units]`,
 * called as the fast LSTM calls it (scripts/lib/lstm-step-kernels.ts: in place on wasm, so
 * no copies or tensor bookkeeping are counted), weighted by their multiply-adds. Dividing
 * a step's multiply-adds by it gives the "matMul floor": the time of the arithmetic alone.
 */
export async function matMulRate(config: ModelConfig, batchSize: number): Promise<number> {
  const { embeddingDim, lstmUnits: units } = config;
  const shapes: [number, number][] = [
    [embeddingDim + units + 1, 4 * units],
    [4 * units, units],
  ];
  const kernels = stepKernelsFor();
  const repeats = 200;
  let multiplyAdds = 0;
  let cpuSeconds = 0;
  for (const [inner, outer] of shapes) {
    const right = tf.randomNormal([inner, outer]) as tf.Tensor2D;
    const left = kernels.fromTensor(tf.randomNormal([batchSize, inner]) as tf.Tensor2D);
    const out = kernels.empty(batchSize, outer);
    const run = () =>
      timed(async () => {
        for (let i = 0; i < repeats; i++) kernels.matMul(left, 0, batchSize, right, out, 0);
      });
    // Warm-up: XNNPACK packs `right` once, and V8 compiles the hot wasm code with its
    // optimizing tier only after a while (the first calls run up to 30% slower).
    await run();
    // The best of three: the rate the machine can reach, not a moment of contention.
    const best = Math.min(...[await run(), await run(), await run()].map((timing) => timing.cpuSeconds));
    multiplyAdds += repeats * batchSize * inner * outer;
    cpuSeconds += best;
    tf.dispose([right, kernels.tensor(left), kernels.tensor(out)]);
  }
  kernels.release();
  return multiplyAdds / cpuSeconds;
}

/**
 * Times `sampleSize` of the epoch's batches, chosen evenly across the batches sorted by
 * length (each stands for the `batches / sampleSize` batches of similar length), and
 * scales their sum to the whole epoch. An extrapolation, not a full epoch.
 *
 * @param epoch which epoch's shuffle (fit seeds epoch e with `seed * 7919 + e`)
 */
export async function estimateEpoch(
  config: ModelConfig,
  train: Examples,
  options: { batchSize: number; seed: number; epoch: number; sampleSize: number; lstm: LstmImplementation },
): Promise<EpochEstimate> {
  const lengths = train.sequences.map((sequence) => sequence.length);
  const batches = lengthBuckets(lengths, options.batchSize, seededRandom(options.seed * 7919 + options.epoch));
  const longest = (batch: number[]) => Math.max(...batch.map((i) => lengths[i]));
  const sorted = [...batches].sort((a, b) => longest(a) - longest(b));
  const sampleSize = Math.min(options.sampleSize, sorted.length);
  const sample = Array.from(
    { length: sampleSize },
    (_, j) => sorted[Math.floor(((j + 0.5) * sorted.length) / sampleSize)],
  );

  const model = buildModel(config, options.seed);
  await step(model, train, sample[0], config.maxLen, options.lstm); // warm-up
  let sampled: Timing = { wallSeconds: 0, cpuSeconds: 0 };
  for (const batch of sample) {
    const t = await timed(() => step(model, train, batch, config.maxLen, options.lstm));
    sampled = { wallSeconds: sampled.wallSeconds + t.wallSeconds, cpuSeconds: sampled.cpuSeconds + t.cpuSeconds };
  }
  model.dispose();
  const scale = batches.length / sampleSize;
  return {
    lstm: options.lstm,
    multiplyAdds: batches.reduce((sum, batch) => sum + stepMultiplyAdds(config, batch.length, longest(batch)), 0),
    batchesInEpoch: batches.length,
    sampledBatches: sampleSize,
    sampled,
    epoch: { wallSeconds: sampled.wallSeconds * scale, cpuSeconds: sampled.cpuSeconds * scale },
  };
}
