/**
 * Training and prediction for the sequence model: Keras's `fit` and `predict`, with the
 * batch order drawn from a seeded generator so the same seed gives the same run (tfjs's
 * own `fit` shuffles with Math.random). The LSTM runs as `scripts/lib/fast-lstm.ts` by
 * default: the same numbers as `tf.layers.lstm` with far fewer kernel calls, on the
 * layer's own variables, so the saved model is the standard one.
 */
import * as tf from "@tensorflow/tfjs";
import type { EpochRecord } from "../../../lib/metadata";
import { seededRandom, shuffled } from "../../../lib/random";
import { lstmSequence, lstmWeightsOf } from "../fast-lstm";
import type { LstmImplementation } from "../lstm-implementation";
import { SEQUENCE_LAYER_NAMES } from "./model";

export interface SequenceFitOptions {
  epochs: number;
  batchSize: number;
  seed: number;
  /** Called after every batch, e.g. to move a progress bar. */
  onBatch?: (epoch: number, batch: number, batches: number) => void;
  /** Called after every epoch with its record. */
  onEpoch?: (record: EpochRecord) => void;
  /**
   * Trials of subjects kept out of training (`inputs` `[trials, timeSteps, channels]`).
   * With them, training stops after `patience` epochs without a lower validation loss and
   * the model is left with the weights of its best epoch (Keras's EarlyStopping with
   * restore_best_weights=True).
   */
  validation?: { inputs: tf.Tensor3D; labels: readonly number[]; patience: number };
  /** Default "fast". */
  lstm?: LstmImplementation;
}

/** What training did: one record per epoch run, and the epoch whose weights the model now holds. */
export interface SequenceFitResult {
  history: EpochRecord[];
  bestEpoch: number;
}

/**
 * Trains `model` in place on `inputs` (`[trials, timeSteps, channels]` float32) and
 * `labels` (0/1 per trial). Returns the mean training loss and accuracy of every epoch.
 */
export async function fitSequences(
  model: tf.LayersModel,
  inputs: tf.Tensor3D,
  labels: readonly number[],
  options: SequenceFitOptions,
): Promise<SequenceFitResult> {
  if (inputs.shape[0] !== labels.length) throw new RangeError(`${inputs.shape[0]} trials but ${labels.length} labels`);
  const history: EpochRecord[] = [];
  const validation = options.validation;
  let best: { epoch: number; loss: number; weights: tf.Tensor[] } | null = null;
  const implementation = options.lstm ?? "fast";
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const indices = labels.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const startedAt = Date.now();
    const order = shuffled(indices, seededRandom(options.seed * 7919 + epoch));
    const batches = Math.ceil(order.length / options.batchSize);
    let lossSum = 0,
      accuracySum = 0;
    for (let b = 0; b < batches; b++) {
      const batch = order.slice(b * options.batchSize, (b + 1) * options.batchSize);
      const x = tf.gather(inputs, batch);
      const y = tf.tensor2d(
        batch.map((i) => labels[i]),
        [batch.length, 1],
      );
      const [loss, accuracy] =
        implementation === "layers"
          ? ((await model.trainOnBatch(x, y)) as number[])
          : await fastTrainStep(model, x, y, variables);
      tf.dispose([x, y]);
      lossSum += loss * batch.length;
      accuracySum += accuracy * batch.length;
      options.onBatch?.(epoch, b + 1, batches);
    }
    const record: EpochRecord = {
      epoch,
      loss: lossSum / order.length,
      accuracy: accuracySum / order.length,
      seconds: 0,
    };
    if (validation) {
      const p = await predictProbabilities(model, validation.inputs, 128, implementation);
      record.valLoss = logLoss(validation.labels, p);
      record.valAccuracy = p.filter((q, i) => (q >= 0.5 ? 1 : 0) === validation.labels[i]).length / p.length;
      if (best === null || record.valLoss < best.loss) {
        tf.dispose(best?.weights ?? []);
        best = { epoch, loss: record.valLoss, weights: model.getWeights().map((w) => w.clone()) };
      }
    }
    record.seconds = (Date.now() - startedAt) / 1000;
    history.push(record);
    options.onEpoch?.(record);
    if (validation && best && epoch - best.epoch >= validation.patience) break;
  }
  if (best) {
    model.setWeights(best.weights);
    tf.dispose(best.weights);
  }
  return { history, bestEpoch: best?.epoch ?? history.length };
}

/** Mean binary cross-entropy of probabilities `p` against 0/1 `labels`. */
export function logLoss(labels: readonly number[], p: readonly number[]): number {
  let sum = 0;
  p.forEach((q, i) => {
    const clipped = Math.min(1 - 1e-7, Math.max(1e-7, q));
    sum -= labels[i] * Math.log(clipped) + (1 - labels[i]) * Math.log(1 - clipped);
  });
  return sum / p.length;
}

/** The model's output for `x` (`[batch, timeSteps, channels]`) through the fast LSTM: `[batch, 1]`. */
function fastForward(model: tf.LayersModel, x: tf.Tensor3D): tf.Tensor2D {
  const [hiddenState] = lstmSequence(x, lstmWeightsOf(model.getLayer(SEQUENCE_LAYER_NAMES.lstm)));
  return model.getLayer(SEQUENCE_LAYER_NAMES.output).apply(hiddenState) as tf.Tensor2D;
}

/** One Adam step on a batch with the fast LSTM; returns [loss, accuracy] like trainOnBatch. */
async function fastTrainStep(
  model: tf.LayersModel,
  x: tf.Tensor3D,
  y: tf.Tensor2D,
  variables: tf.Variable[],
): Promise<[number, number]> {
  let accuracy: tf.Scalar | undefined;
  const loss = model.optimizer.minimize(
    () => {
      const probability = fastForward(model, x);
      accuracy = tf.keep(tf.metrics.binaryAccuracy(y, probability).mean() as tf.Scalar);
      return tf.metrics.binaryCrossentropy(y, probability).mean() as tf.Scalar;
    },
    true,
    variables,
  );
  const values: [number, number] = [(await loss!.data())[0], (await accuracy!.data())[0]];
  tf.dispose([loss!, accuracy!]);
  return values;
}

/** P(label = 1) for every trial of `inputs` (`[trials, timeSteps, channels]`), predicted in batches. */
export async function predictProbabilities(
  model: tf.LayersModel,
  inputs: tf.Tensor3D,
  batchSize = 128,
  lstm: LstmImplementation = "fast",
): Promise<number[]> {
  if (lstm === "layers") {
    const probabilities = tf.tidy(() => model.predict(inputs, { batchSize }) as tf.Tensor);
    const values = Array.from(await probabilities.data());
    probabilities.dispose();
    return values;
  }
  const values: number[] = [];
  for (let start = 0; start < inputs.shape[0]; start += batchSize) {
    const size = Math.min(batchSize, inputs.shape[0] - start);
    const probabilities = tf.tidy(() => fastForward(model, inputs.slice([start, 0, 0], [size, -1, -1])));
    values.push(...(await probabilities.data()));
    probabilities.dispose();
  }
  return values;
}
