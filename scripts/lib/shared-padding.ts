/**
 * Shared padding: a fast, exact way to run the padded model on a batch.
 *
 * With pre-padding, a review of L tokens is `maxLen - L` zeros and then its words.
 * The zeros are the same for every review, so the LSTM's `hiddenState` and
 * `cellState` after those zeros are the same for every review too. We compute them
 * once with a batch of one, copy them to every row, and run the LSTM only over the
 * last `L` steps. The result equals running all `maxLen` steps, and gradients flow
 * back through the copy (tile sums them), so training with it is exact as well.
 *
 * It pays when the batch's reviews have similar lengths (see `lengthBuckets`).
 *
 * With masking (`maskZero`), padding leaves the state unchanged, so there is nothing to
 * share: each row is read from the zero state starting at its first word.
 */
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES } from "../../lib/model-config";
import { PAD_INDEX } from "../../lib/vocabulary";

/**
 * Another way to run the model's LSTM layer over a sequence, with the same result
 * (training uses a faster one: scripts/lib/fast-lstm.ts).
 *
 * @param inputs `[batch, steps, inputDim]` float32
 * @param initialState `[hiddenState, cellState]`, each `[batch, units]`; zeros when absent
 * @param firstSteps masking: row b's steps before `firstSteps[b]` are padding that leaves
 *   its state unchanged; every step counts when absent
 * @returns `[hiddenState, cellState]` after the last step, each `[batch, units]`
 */
export type SequenceLstm = (
  inputs: tf.Tensor3D,
  initialState?: [tf.Tensor2D, tf.Tensor2D],
  firstSteps?: readonly number[],
) => [tf.Tensor2D, tf.Tensor2D];

/** Whether the model's embedding masks index 0 (Keras's `mask_zero`, `ModelConfig.maskZero`). */
export function masksPadding(model: tf.LayersModel): boolean {
  return Boolean((model.getLayer(LAYER_NAMES.embedding).getConfig() as { maskZero?: boolean }).maskZero);
}

/**
 * Probability that each review is positive, computed as if every row were
 * pre-padded to `maxLen` with PAD_INDEX.
 *
 * @param sequences rows of word indices, each at most `maxLen` long (already truncated)
 * @param sequenceLstm runs the LSTM instead of the layer's own step loop
 * @param dropout training only: zero this share of each review's word-vector components
 *   (one mask per review for all its steps, as Keras's `LSTM(dropout=...)` drops the
 *   LSTM's inputs) and scale the rest up; the padding shared by every row is not dropped
 * @returns `[batch, 1]` float32 probabilities
 */
export function predictWithSharedPadding(
  model: tf.LayersModel,
  sequences: readonly (readonly number[])[],
  maxLen: number,
  sequenceLstm?: SequenceLstm,
  dropout?: { rate: number; seed: number },
): tf.Tensor2D {
  return tf.tidy(() => {
    const embeddings = model.getLayer(LAYER_NAMES.embedding).getWeights()[0] as tf.Tensor2D;
    const lstm = model.getLayer(LAYER_NAMES.lstm);
    const output = model.getLayer(LAYER_NAMES.output);
    const longest = Math.max(1, ...sequences.map((s) => s.length));
    if (longest > maxLen) throw new RangeError(`a sequence is longer than maxLen (${longest} > ${maxLen})`);
    const paddingSteps = maxLen - longest;
    const batch = sequences.length;

    // Each row is padded to the batch's longest row; those few extra zeros run per row.
    const words = tf.tensor2d(
      sequences.map((s) => [...new Array<number>(longest - s.length).fill(PAD_INDEX), ...s]),
      [batch, longest],
      "int32",
    );
    let wordVectors = tf.gather(embeddings as tf.Tensor, words) as tf.Tensor3D; // [batch, longest, embeddingDim]
    if (dropout && dropout.rate > 0) {
      const embeddingDim = embeddings.shape[1];
      wordVectors = tf.dropout(wordVectors, dropout.rate, [batch, 1, embeddingDim], dropout.seed) as tf.Tensor3D;
    }

    let hiddenState: tf.Tensor;
    if (masksPadding(model)) {
      // Masked padding changes nothing: each row starts from the zero state at its first word.
      const firstSteps = sequences.map((s) => longest - s.length);
      hiddenState = sequenceLstm
        ? sequenceLstm(wordVectors, undefined, firstSteps)[0]
        : (lstm.apply(wordVectors, { mask: tf.notEqual(words, PAD_INDEX) }) as tf.Tensor);
    } else if (sequenceLstm && paddingSteps === 0) {
      [hiddenState] = sequenceLstm(wordVectors);
    } else if (sequenceLstm) {
      // One row of `paddingSteps` PAD vectors. gather and broadcastTo, unlike tile, have
      // one-kernel gradients (tile's is a slice and an add per copy).
      const padding = tf.gather(embeddings as tf.Tensor, tf.fill([1, paddingSteps], PAD_INDEX, "int32")) as tf.Tensor3D;
      const [sharedHidden, sharedCell] = sequenceLstm(padding);
      const units = sharedHidden.shape[1];
      [hiddenState] = sequenceLstm(wordVectors, [
        tf.broadcastTo(sharedHidden, [batch, units]),
        tf.broadcastTo(sharedCell, [batch, units]),
      ]);
    } else if (paddingSteps === 0) {
      hiddenState = lstm.apply(wordVectors) as tf.Tensor;
    } else {
      const [sharedHidden, sharedCell] = paddingStates(embeddings, lstm, paddingSteps);
      hiddenState = lstm.apply(wordVectors, {
        initialState: [tf.tile(sharedHidden, [batch, 1]), tf.tile(sharedCell, [batch, 1])],
      }) as tf.Tensor;
    }
    return output.apply(hiddenState) as tf.Tensor2D;
  });
}

/** The part of tfjs's LSTM layer we step by hand: its cell, `[x, h, c] -> [h, h, c]`. */
interface SteppableRecurrentLayer {
  cell: { call(inputs: tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor[] };
}

/**
 * `[hiddenState, cellState]`, each `[1, units]`, after the LSTM has read `steps`
 * padding tokens from its zero start state. Runs with a batch of one.
 */
function paddingStates(embeddings: tf.Tensor2D, lstm: tf.layers.Layer, steps: number): tf.Tensor[] {
  const { cell } = lstm as unknown as SteppableRecurrentLayer;
  const padVector = tf.gather(embeddings, tf.tensor1d([PAD_INDEX], "int32")); // [1, embeddingDim]
  const units = lstm.getWeights()[1].shape[0]; // recurrent kernel: [units, 4 * units]
  let hiddenState: tf.Tensor = tf.zeros([1, units]);
  let cellState: tf.Tensor = tf.zeros([1, units]);
  for (let step = 0; step < steps; step++) {
    [, hiddenState, cellState] = cell.call([padVector, hiddenState, cellState], {});
  }
  return [hiddenState, cellState];
}

/**
 * Probabilities for many sequences, in their original order. Sequences are run in
 * batches of similar length so the shared padding saves the most work.
 *
 * @param onBatch called after each batch with the number of sequences done in it
 * @param sequenceLstm as in `predictWithSharedPadding`
 */
export async function predictAll(
  model: tf.LayersModel,
  sequences: readonly (readonly number[])[],
  maxLen: number,
  batchSize: number,
  onBatch?: (done: number) => void,
  sequenceLstm?: SequenceLstm,
): Promise<Float32Array> {
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const order = sequences.map((_, index) => index).sort((a, b) => sequences[a].length - sequences[b].length);
  const probabilities = new Float32Array(sequences.length);
  for (let start = 0; start < order.length; start += batchSize) {
    const batch = order.slice(start, start + batchSize);
    const output = predictWithSharedPadding(
      model,
      batch.map((i) => sequences[i]),
      maxLen,
      sequenceLstm,
    );
    const values = await output.data();
    output.dispose();
    batch.forEach((index, row) => (probabilities[index] = values[row]));
    onBatch?.(batch.length);
  }
  return probabilities;
}
