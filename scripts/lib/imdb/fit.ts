/**
 * The training loop: Keras's `model.fit` for this model, with length-bucketed batches
 * (see scripts/lib/length-buckets.ts), a progress bar per epoch and a checkpoint after every
 * epoch so a killed run resumes where it stopped.
 */

import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import type { EpochRecord, ModelMetadata } from "../../../lib/metadata";
import { binaryMetrics } from "../../../lib/metrics";
import { LAYER_NAMES } from "../../../lib/model-config";
import { seededRandom } from "../../../lib/random";
import { fastLstm } from "../fast-lstm";
import { lengthBuckets } from "../length-buckets";
import type { LstmImplementation } from "../lstm-implementation";
import { fileSystemHandler, readMetadata, saveModelDir } from "../model-files";
import { formatSeconds, ProgressBar } from "../progress-bar";
import { predictAll, predictWithSharedPadding, type SequenceLstm } from "../shared-padding";

export interface Examples {
  /** Word indices, truncated to at most maxLen, not padded. */
  sequences: number[][];
  labels: (0 | 1)[];
}

/** What training reads: labels may also be 0.5, a neutral phrase's "no opinion" target. */
export interface TrainingExamples {
  sequences: number[][];
  labels: number[];
}

export interface FitOptions {
  epochs: number;
  batchSize: number;
  seed: number;
  maxLen: number;
  validation?: Examples;
  /**
   * More validation sets (e.g. short reviews, treebank sentences). With them, an epoch's
   * validation loss and accuracy are the means over all sets, each set weighing the same,
   * so early stopping does not favour the set with the most examples.
   */
  moreValidation?: { name: string; examples: Examples }[];
  /** Folder for per-epoch checkpoints of this run. */
  checkpointDir: string;
  /** Continue from the newest checkpoint in checkpointDir. */
  resume: boolean;
  /** Metadata to store with each checkpoint (history and timing are filled in). */
  metadata: ModelMetadata;
  /** Default `fast`. */
  lstm?: LstmImplementation;
  /** Share of the LSTM's inputs dropped while training (`predictWithSharedPadding`'s dropout); 0 = none. */
  dropout?: number;
  /**
   * Early stopping: stop when validation loss has not improved for this many epochs
   * (needs `validation`). The caller restores the best epoch with `restoreEpoch`.
   */
  patience?: number;
}

/** The epoch with the lowest validation loss, or the last epoch without validation. */
export function bestEpoch(history: readonly EpochRecord[]): number {
  let best = history.at(-1)?.epoch ?? 0;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const record of history) {
    if (record.valLoss !== undefined && record.valLoss < bestLoss) {
      bestLoss = record.valLoss;
      best = record.epoch;
    }
  }
  return best;
}

export interface FitResult {
  model: tf.LayersModel;
  history: EpochRecord[];
  trainingSeconds: number;
}

const OPTIMIZER_FILE = "optimizer.bin";
const OPTIMIZER_SPECS_FILE = "optimizer.json";

export async function fit(
  initialModel: tf.LayersModel,
  train: TrainingExamples,
  options: FitOptions,
): Promise<FitResult> {
  let model = initialModel;
  let history: EpochRecord[] = [];
  let trainingSeconds = 0;
  if (options.resume) {
    const resumed = await loadLatestCheckpoint(options.checkpointDir, initialModel);
    if (resumed) {
      ({ model, history } = resumed);
      trainingSeconds = resumed.metadata.trainingSeconds;
      console.log(`resuming after epoch ${history.length} from ${options.checkpointDir}`);
    } else {
      console.log(`no checkpoint in ${options.checkpointDir}; starting from scratch`);
    }
  } else {
    await rm(options.checkpointDir, { recursive: true, force: true });
  }

  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const lengths = train.sequences.map((sequence) => sequence.length);
  const sequenceLstm = sequenceLstmFor(model, options.lstm ?? "fast");

  const stopEarly = () =>
    options.patience !== undefined &&
    options.validation !== undefined &&
    history.length - bestEpoch(history) >= options.patience;
  // A resumed run that had already stopped early stays stopped.
  for (let epoch = history.length + 1; epoch <= options.epochs && !stopEarly(); epoch++) {
    const startedAt = Date.now();
    // Seeded per epoch, so a resumed run shuffles exactly as an uninterrupted one.
    const batches = lengthBuckets(lengths, options.batchSize, seededRandom(options.seed * 7919 + epoch));
    const bar = new ProgressBar(`epoch ${epoch}/${options.epochs}`, batches.length, "batches");
    let lossSum = 0,
      correct = 0,
      seen = 0;
    for (const [index, batch] of batches.entries()) {
      const { loss, correct: batchCorrect } = trainingStep(
        model,
        variables,
        batch.map((i) => train.sequences[i]),
        batch.map((i) => train.labels[i]),
        options.maxLen,
        sequenceLstm,
        // Seeded per epoch and batch, so a resumed run drops exactly what an uninterrupted one does.
        options.dropout
          ? { rate: options.dropout, seed: options.seed * 1_000_003 + epoch * 100_003 + index }
          : undefined,
      );
      lossSum += (await loss.data())[0] * batch.length;
      correct += (await batchCorrect.data())[0];
      seen += batch.length;
      tf.dispose([loss, batchCorrect]);
      bar.advance(1, `loss ${(lossSum / seen).toFixed(4)} accuracy ${(correct / seen).toFixed(4)}`);
    }
    const record: EpochRecord = { epoch, loss: lossSum / seen, accuracy: correct / seen, seconds: 0 };
    if (options.validation) {
      const sets = [{ name: "validation", examples: options.validation }, ...(options.moreValidation ?? [])];
      const results = [];
      for (const set of sets) {
        const probabilities = await predictAll(
          model,
          set.examples.sequences,
          options.maxLen,
          options.batchSize * 2,
          undefined,
          sequenceLstm,
        );
        const metrics = binaryMetrics(set.examples.labels, Array.from(probabilities));
        results.push({ name: set.name, loss: metrics.logLoss, accuracy: metrics.accuracy });
      }
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      record.valLoss = mean(results.map((r) => r.loss));
      record.valAccuracy = mean(results.map((r) => r.accuracy));
      if (results.length > 1) record.validationSets = results;
    }
    record.seconds = (Date.now() - startedAt) / 1000;
    trainingSeconds += record.seconds;
    history = [...history, record];
    const validation =
      record.valAccuracy === undefined
        ? ""
        : `, val loss ${record.valLoss!.toFixed(4)} val accuracy ${record.valAccuracy.toFixed(4)}` +
          (record.validationSets ?? [])
            .map((r) => ` [${r.name} ${r.loss.toFixed(4)} / ${r.accuracy.toFixed(4)}]`)
            .join("");
    bar.finish(
      `loss ${record.loss.toFixed(4)} accuracy ${record.accuracy.toFixed(4)}${validation} (${formatSeconds(record.seconds)})`,
    );
    await saveCheckpoint(options.checkpointDir, epoch, model, { ...options.metadata, history, trainingSeconds });
    if (stopEarly()) console.log(`early stopping: validation loss has not improved since epoch ${bestEpoch(history)}`);
  }
  return { model, history, trainingSeconds };
}

/** Loads the weights saved after `epoch` into `model` (its optimizer state is left alone). */
export async function restoreEpoch(checkpointDir: string, epoch: number, model: tf.LayersModel): Promise<void> {
  const saved = await tf.loadLayersModel(fileSystemHandler(join(checkpointDir, `epoch-${epoch}`)));
  model.setWeights(saved.getWeights());
  saved.dispose();
}

/** The `SequenceLstm` that `predictWithSharedPadding` should use: none means the layer's own. */
export function sequenceLstmFor(model: tf.LayersModel, lstm: LstmImplementation): SequenceLstm | undefined {
  return lstm === "fast" ? fastLstm(model.getLayer(LAYER_NAMES.lstm)) : undefined;
}

/**
 * One gradient step (Adam, binary cross-entropy) on one batch.
 *
 * @param sequences the batch's word indices, unpadded, each at most `maxLen` long
 * @param dropout dropout on the LSTM's inputs for this step (see `predictWithSharedPadding`)
 * @returns the batch's mean loss and its number of correct predictions, both scalars the caller disposes
 */
export function trainingStep(
  model: tf.LayersModel,
  variables: tf.Variable[],
  sequences: readonly (readonly number[])[],
  labels: readonly number[],
  maxLen: number,
  sequenceLstm?: SequenceLstm,
  dropout?: { rate: number; seed: number },
): { loss: tf.Scalar; correct: tf.Scalar } {
  const truth = tf.tensor2d(Float32Array.from(labels), [labels.length, 1]);
  let correct: tf.Scalar | undefined;
  const loss = model.optimizer.minimize(
    () => {
      const probability = predictWithSharedPadding(model, sequences, maxLen, sequenceLstm, dropout);
      correct = tf.keep(tf.metrics.binaryAccuracy(truth, probability).sum());
      return tf.metrics.binaryCrossentropy(truth, probability).mean() as tf.Scalar;
    },
    true,
    variables,
  ) as tf.Scalar;
  truth.dispose();
  return { loss, correct: correct! };
}

async function saveCheckpoint(
  dir: string,
  epoch: number,
  model: tf.LayersModel,
  metadata: ModelMetadata,
): Promise<void> {
  const named = await model.optimizer.getWeights();
  const { data, specs } = await tf.io.encodeWeights(named);
  await saveModelDir(join(dir, `epoch-${epoch}`), model, metadata, {
    [OPTIMIZER_FILE]: new Uint8Array(data as ArrayBuffer),
    [OPTIMIZER_SPECS_FILE]: JSON.stringify(specs),
  });
}

async function loadLatestCheckpoint(dir: string, freshModel: tf.LayersModel) {
  if (!existsSync(dir)) return null;
  const epochs = (await readdir(dir))
    .map((name) => /^epoch-(\d+)$/.exec(name))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));
  if (epochs.length === 0) return null;
  const folder = join(dir, `epoch-${Math.max(...epochs)}`);
  const metadata = await readMetadata(folder);
  // Load the weights into the freshly compiled model, so it keeps its optimizer.
  const saved = await tf.loadLayersModel(fileSystemHandler(folder));
  freshModel.setWeights(saved.getWeights());
  saved.dispose();
  const specs = JSON.parse(await readFile(join(folder, OPTIMIZER_SPECS_FILE), "utf8")) as tf.io.WeightsManifestEntry[];
  const buffer = await readFile(join(folder, OPTIMIZER_FILE));
  const named = tf.io.decodeWeights(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
    specs,
  );
  await freshModel.optimizer.setWeights(Object.entries(named).map(([name, tensor]) => ({ name, tensor })));
  return { model: freshModel, history: metadata.history, metadata };
}
