/**
 * Training and prediction for the sequence model: Keras's `fit` and `predict`, with the
 * batch order drawn from a seeded generator so the same seed gives the same run (tfjs's
 * own `fit` shuffles with Math.random).
 */
import * as tf from "@tensorflow/tfjs";
import type { EpochRecord } from "../metadata";
import { seededRandom, shuffled } from "../random";

export interface SequenceFitOptions {
  epochs: number;
  batchSize: number;
  seed: number;
  /** Called after every batch, e.g. to move a progress bar. */
  onBatch?: (epoch: number, batch: number, batches: number) => void;
  /** Called after every epoch with its record. */
  onEpoch?: (record: EpochRecord) => void;
}

/**
 * Trains `model` in place on `inputs` (`[trials, timeSteps, channels]` float32) and
 * `labels` (0/1 per trial). Returns the mean training loss and accuracy of every epoch.
 */
export async function fitSequences(model: tf.LayersModel, inputs: tf.Tensor3D, labels: readonly number[], options: SequenceFitOptions): Promise<EpochRecord[]> {
  if (inputs.shape[0] !== labels.length) throw new RangeError(`${inputs.shape[0]} trials but ${labels.length} labels`);
  const history: EpochRecord[] = [];
  const indices = labels.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const startedAt = Date.now();
    const order = shuffled(indices, seededRandom(options.seed * 7919 + epoch));
    const batches = Math.ceil(order.length / options.batchSize);
    let lossSum = 0, accuracySum = 0;
    for (let b = 0; b < batches; b++) {
      const batch = order.slice(b * options.batchSize, (b + 1) * options.batchSize);
      const x = tf.gather(inputs, batch);
      const y = tf.tensor2d(batch.map((i) => labels[i]), [batch.length, 1]);
      const [loss, accuracy] = (await model.trainOnBatch(x, y)) as number[];
      tf.dispose([x, y]);
      lossSum += loss * batch.length;
      accuracySum += accuracy * batch.length;
      options.onBatch?.(epoch, b + 1, batches);
    }
    const record: EpochRecord = { epoch, loss: lossSum / order.length, accuracy: accuracySum / order.length, seconds: (Date.now() - startedAt) / 1000 };
    history.push(record);
    options.onEpoch?.(record);
  }
  return history;
}

/** P(label = 1) for every trial of `inputs` (`[trials, timeSteps, channels]`), predicted in batches. */
export async function predictProbabilities(model: tf.LayersModel, inputs: tf.Tensor3D, batchSize = 128): Promise<number[]> {
  const probabilities = tf.tidy(() => model.predict(inputs, { batchSize }) as tf.Tensor);
  const values = Array.from(await probabilities.data());
  probabilities.dispose();
  return values;
}
