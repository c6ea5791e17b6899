/**
 * A faster LSTM for training: the same numbers as `tf.layers.lstm` (sigmoid gates, tanh
 * activation, Keras's gate order i, f, c, o), computed with few, large ops.
 *
 * `tf.layers.lstm` dispatches about a dozen small kernels per time step forward, and as
 * many again for their gradients; on the wasm and cpu backends that dispatch, not the
 * arithmetic, is most of a training step. Here one op covers a whole sequence:
 *
 *   forward   one matMul projects every step's input: [batch·steps, inputDim] × kernel;
 *             per step, one matMul `hiddenState · recurrentKernel` and the gate update in
 *             plain JavaScript over Float32Arrays
 *   backward  written by hand (backpropagation through time); per step one matMul
 *             `dGates · recurrentKernelᵀ`; the kernel, recurrent kernel and input
 *             gradients are one matMul each at the end, over all steps at once
 *
 * Weights stay the layer's own variables, so a model trained with this saves and loads
 * as the standard `tf.layers.lstm` model the browser reads. The proof of sameness
 * (outputs and every gradient) is scripts/lib/fast-lstm.test.ts.
 */
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES } from "../../lib/model-config";
import { predictWithSharedPadding, type SequenceLstm } from "../../lib/shared-padding";

/** An LSTM layer's weights, Keras layout (gates side by side in the order i, f, c, o). */
export interface LstmWeights {
  /** `[inputDim, 4 * units]` */
  kernel: tf.Tensor2D;
  /** `[units, 4 * units]` */
  recurrentKernel: tf.Tensor2D;
  /** `[4 * units]` */
  bias: tf.Tensor1D;
}

/**
 * The weights of a `tf.layers.lstm` layer (not copies: its variables, so gradients
 * taken through `lstmSequence` reach them).
 */
export function lstmWeightsOf(layer: tf.layers.Layer): LstmWeights {
  const [kernel, recurrentKernel, bias] = layer.getWeights();
  return { kernel: kernel as tf.Tensor2D, recurrentKernel: recurrentKernel as tf.Tensor2D, bias: bias as tf.Tensor1D };
}

/**
 * Reads a whole sequence with the LSTM, as `tf.layers.lstm` does, and returns its final
 * state. Differentiable with respect to every argument, the initial state included.
 *
 * @param inputs `[batch, steps, inputDim]` float32 (word vectors, EEG samples, …)
 * @param initialState `[hiddenState, cellState]`, each `[batch, units]`; zeros when absent
 * @returns `[hiddenState, cellState]` after the last step, each `[batch, units]` float32
 */
export function lstmSequence(
  inputs: tf.Tensor3D,
  weights: LstmWeights,
  initialState?: [tf.Tensor2D, tf.Tensor2D],
): [tf.Tensor2D, tf.Tensor2D] {
  return tf.tidy(() => {
    const [batch] = inputs.shape;
    const units = weights.recurrentKernel.shape[0];
    const [hidden, cell] = initialState ?? [tf.zeros([batch, units]) as tf.Tensor2D, tf.zeros([batch, units]) as tf.Tensor2D];
    if (inputs.shape[1] === 0) return [hidden.clone(), cell.clone()];
    // customGrad ops have one output, so the final state travels as [hiddenState | cellState].
    const state = lstmOp(inputs, weights.kernel, weights.recurrentKernel, weights.bias, hidden, cell) as tf.Tensor2D;
    return [state.slice([0, 0], [batch, units]), state.slice([0, units], [batch, units])];
  });
}

/** `lstmSequence` with a layer's weights, in the form `predictWithSharedPadding` takes. */
export function fastLstm(layer: tf.layers.Layer): SequenceLstm {
  return (inputs, initialState) => lstmSequence(inputs, lstmWeightsOf(layer), initialState);
}

/**
 * `predictWithSharedPadding` (lib/shared-padding.ts) with the fast LSTM: the model's own
 * embedding, LSTM and output variables, the same result.
 *
 * @param sequences rows of word indices, each at most `maxLen` long
 * @returns `[batch, 1]` float32 probabilities
 */
export function predictFast(model: tf.LayersModel, sequences: readonly (readonly number[])[], maxLen: number): tf.Tensor2D {
  return predictWithSharedPadding(model, sequences, maxLen, fastLstm(model.getLayer(LAYER_NAMES.lstm)));
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** `rows · matrix` on the active backend, as a new Float32Array. `rows` is `[count, width]`. */
function multiply(rows: Float32Array, count: number, matrix: tf.Tensor2D): Float32Array {
  const left = tf.tensor2d(rows, [count, matrix.shape[0]]);
  const product = tf.matMul(left, matrix);
  const values = product.dataSync() as Float32Array;
  tf.dispose([left, product]);
  return values;
}

/**
 * The op: (inputs, kernel, recurrentKernel, bias, hiddenState, cellState) → final
 * [hiddenState | cellState] `[batch, 2 * units]`. Arrays are batch-major: entry (row, step)
 * of a `[batch, steps, n]` array starts at `(row * steps + step) * n`.
 */
const lstmOp = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [inputs, kernel, recurrentKernel, bias, initialHidden, initialCell, save] = args as [
    tf.Tensor3D, tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc,
  ];
  // The engine keeps saved tensors alive until the backward pass (callers' tidy scopes may not).
  save([inputs, kernel, recurrentKernel]);
  const [batch, steps, inputDim] = inputs.shape;
  const units = recurrentKernel.shape[0];
  const width = 4 * units;

  // x·W + b for every step at once; overwritten below, gate by gate, with the activated
  // gates [i, f, c̃, o] that the backward pass needs.
  const projection = tf.tidy(() => tf.matMul(inputs.reshape([batch * steps, inputDim]), kernel).add(bias));
  const gates = projection.dataSync() as Float32Array;
  projection.dispose();
  // hiddenState and cellState entering each step (the backward pass needs both).
  const hiddenBefore = new Float32Array(batch * steps * units);
  const cellBefore = new Float32Array(batch * steps * units);
  let hiddenState: Float32Array = Float32Array.from(initialHidden.dataSync());
  let cellState: Float32Array = Float32Array.from(initialCell.dataSync());

  for (let step = 0; step < steps; step++) {
    const recurrent = multiply(hiddenState, batch, recurrentKernel); // [batch, 4 * units]
    const nextHidden = new Float32Array(batch * units);
    const nextCell = new Float32Array(batch * units);
    for (let row = 0; row < batch; row++) {
      const at = (row * steps + step) * width;
      const before = (row * steps + step) * units;
      for (let unit = 0; unit < units; unit++) {
        const k = row * units + unit;
        hiddenBefore[before + unit] = hiddenState[k];
        cellBefore[before + unit] = cellState[k];
        const r = row * width + unit;
        const inputGate = sigmoid(gates[at + unit] + recurrent[r]);
        const forgetGate = sigmoid(gates[at + units + unit] + recurrent[r + units]);
        const candidate = Math.tanh(gates[at + 2 * units + unit] + recurrent[r + 2 * units]);
        const outputGate = sigmoid(gates[at + 3 * units + unit] + recurrent[r + 3 * units]);
        gates[at + unit] = inputGate;
        gates[at + units + unit] = forgetGate;
        gates[at + 2 * units + unit] = candidate;
        gates[at + 3 * units + unit] = outputGate;
        const cell = forgetGate * cellState[k] + inputGate * candidate;
        nextCell[k] = cell;
        nextHidden[k] = outputGate * Math.tanh(cell);
      }
    }
    hiddenState = nextHidden;
    cellState = nextCell;
  }

  const finalState = new Float32Array(batch * 2 * units);
  for (let row = 0; row < batch; row++) {
    finalState.set(hiddenState.subarray(row * units, (row + 1) * units), row * 2 * units);
    finalState.set(cellState.subarray(row * units, (row + 1) * units), row * 2 * units + units);
  }

  const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
    const [inputs, kernel, recurrentKernel] = saved as [tf.Tensor3D, tf.Tensor2D, tf.Tensor2D];
    const upstream = dy.dataSync();
    // Gradients of the loss w.r.t. hiddenState and cellState after the current step.
    let dHidden: Float32Array = new Float32Array(batch * units);
    const dCell = new Float32Array(batch * units);
    for (let row = 0; row < batch; row++) {
      for (let unit = 0; unit < units; unit++) {
        dHidden[row * units + unit] = upstream[row * 2 * units + unit];
        dCell[row * units + unit] = upstream[row * 2 * units + units + unit];
      }
    }
    const dGates = new Float32Array(batch * steps * width); // w.r.t. the pre-activation sums
    const dGatesOfStep = new Float32Array(batch * width);
    const recurrentKernelT = tf.transpose(recurrentKernel) as tf.Tensor2D; // [4 * units, units]

    for (let step = steps - 1; step >= 0; step--) {
      for (let row = 0; row < batch; row++) {
        const at = (row * steps + step) * width;
        const before = (row * steps + step) * units;
        for (let unit = 0; unit < units; unit++) {
          const k = row * units + unit;
          const inputGate = gates[at + unit];
          const forgetGate = gates[at + units + unit];
          const candidate = gates[at + 2 * units + unit];
          const outputGate = gates[at + 3 * units + unit];
          const previousCell = cellBefore[before + unit];
          const tanhCell = Math.tanh(forgetGate * previousCell + inputGate * candidate);
          const dh = dHidden[k];
          const dc = dCell[k] + dh * outputGate * (1 - tanhCell * tanhCell);
          const s = row * width + unit;
          dGatesOfStep[s] = dc * candidate * inputGate * (1 - inputGate);
          dGatesOfStep[s + units] = dc * previousCell * forgetGate * (1 - forgetGate);
          dGatesOfStep[s + 2 * units] = dc * inputGate * (1 - candidate * candidate);
          dGatesOfStep[s + 3 * units] = dh * tanhCell * outputGate * (1 - outputGate);
          dCell[k] = dc * forgetGate;
        }
        dGates.set(dGatesOfStep.subarray(row * width, (row + 1) * width), at);
      }
      dHidden = multiply(dGatesOfStep, batch, recurrentKernelT);
    }
    recurrentKernelT.dispose();

    return tf.tidy(() => {
      const dSums = tf.tensor2d(dGates, [batch * steps, width]);
      const flatInputs = inputs.reshape([batch * steps, inputDim]);
      const flatHidden = tf.tensor2d(hiddenBefore, [batch * steps, units]);
      // Plain (untransposed) matMuls: the fast path of the wasm backend.
      return [
        tf.matMul(dSums, tf.transpose(kernel)).reshape([batch, steps, inputDim]),
        tf.matMul(tf.transpose(flatInputs), dSums),
        tf.matMul(tf.transpose(flatHidden), dSums),
        dSums.sum(0),
        tf.tensor2d(dHidden, [batch, units]),
        tf.tensor2d(dCell, [batch, units]),
      ];
    });
  };
  return { value: tf.tensor2d(finalState, [batch, 2 * units]), gradFunc };
});
