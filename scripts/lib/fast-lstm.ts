/**
 * A faster LSTM for training: the same numbers as `tf.layers.lstm` (sigmoid gates, tanh
 * activation, Keras's gate order i, f, c, o), computed with few, large ops.
 *
 * `tf.layers.lstm` dispatches about 100 kernels per time step (forward and gradient), and on
 * wasm the gradients of its per-step matMuls multiply transposed operands, which wasm runs
 * without XNNPACK, several times slower (npm run bench:train measures both). Here one op
 * covers a whole sequence, and every matMul is untransposed:
 *
 *   forward   per step, one matMul `[input, hiddenState, 1] · [kernel; recurrentKernel; bias]`
 *             gives all four gates' sums, one `sigmoid` activates them all (the candidate
 *             too: tanh(z) = 2·sigmoid(2z) − 1, with its columns doubled, which is exact),
 *             and the cell update runs in plain JavaScript over Float32Arrays
 *   backward  written by hand (backpropagation through time): per step, the gate
 *             derivatives in JavaScript and one matMul `dGates · recurrentKernelᵀ`; at the
 *             end, one matMul gives the kernel, recurrent kernel and bias gradients over all
 *             steps at once, and one more the input gradient
 *
 * Weights stay the layer's own variables, so a model trained with this saves and loads
 * as the standard `tf.layers.lstm` model the browser reads. The proof of sameness
 * (outputs and every gradient) is scripts/lib/fast-lstm.test.ts.
 */
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES } from "../../lib/model-config";
import { predictWithSharedPadding, type SequenceLstm } from "./shared-padding";

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
 * @param firstSteps masking (Keras's `mask_zero`): row b's steps before `firstSteps[b]` are
 *   padding that leaves its state unchanged; every step counts when absent
 * @returns `[hiddenState, cellState]` after the last step, each `[batch, units]` float32
 */
export function lstmSequence(
  inputs: tf.Tensor3D,
  weights: LstmWeights,
  initialState?: [tf.Tensor2D, tf.Tensor2D],
  firstSteps?: readonly number[],
): [tf.Tensor2D, tf.Tensor2D] {
  return tf.tidy(() => {
    const [batch] = inputs.shape;
    const units = weights.recurrentKernel.shape[0];
    const [hidden, cell] = initialState ?? [
      tf.zeros([batch, units]) as tf.Tensor2D,
      tf.zeros([batch, units]) as tf.Tensor2D,
    ];
    if (inputs.shape[1] === 0) return [hidden.clone(), cell.clone()];
    // customGrad ops have one output, so the final state travels as [hiddenState | cellState].
    const starts = firstSteps ?? new Array<number>(batch).fill(0);
    if (starts.length !== batch) throw new RangeError(`firstSteps has ${starts.length} rows, inputs ${batch}`);
    const state = lstmOp(starts)(
      inputs,
      weights.kernel,
      weights.recurrentKernel,
      weights.bias,
      hidden,
      cell,
    ) as tf.Tensor2D;
    return [state.slice([0, 0], [batch, units]), state.slice([0, units], [batch, units])];
  });
}

/** `lstmSequence` with a layer's weights, in the form `predictWithSharedPadding` takes. */
export function fastLstm(layer: tf.layers.Layer): SequenceLstm {
  return (inputs, initialState, firstSteps) => lstmSequence(inputs, lstmWeightsOf(layer), initialState, firstSteps);
}

/**
 * `predictWithSharedPadding` (scripts/lib/shared-padding.ts) with the fast LSTM: the model's own
 * embedding, LSTM and output variables, the same result.
 *
 * @param sequences rows of word indices, each at most `maxLen` long
 * @returns `[batch, 1]` float32 probabilities
 */
export function predictFast(
  model: tf.LayersModel,
  sequences: readonly (readonly number[])[],
  maxLen: number,
): tf.Tensor2D {
  return predictWithSharedPadding(model, sequences, maxLen, fastLstm(model.getLayer(LAYER_NAMES.lstm)));
}

/** `tanh(x)` through one `exp`: faster than Math.tanh in V8, and equal to it within 1e-15. */
const tanh = (x: number): number => 1 - 2 / (Math.exp(2 * x) + 1);

/**
 * Gradients below this are set to 0. Through hundreds of steps the gradient shrinks
 * towards float32's subnormal range (below 1.2e-38), where every multiply in wasm's matMul
 * takes a slow path: a 500-step batch took 8× the time of a 250-step one. TensorFlow's CPU
 * kernels flush subnormals to zero for the same reason. 1e-20 is far below the float32
 * resolution of any gradient these terms are added to, so results do not change.
 */
const NEGLIGIBLE_GRADIENT = 1e-20;
const flushed = (x: number): number => (x > -NEGLIGIBLE_GRADIENT && x < NEGLIGIBLE_GRADIENT ? 0 : x);

/** `rows · matrix` on the active backend, as a new Float32Array. `rows` is `[count, width]`. */
function multiply(rows: Float32Array, count: number, matrix: tf.Tensor2D, activate = false): Float32Array {
  const left = tf.tensor2d(rows, [count, matrix.shape[0]]);
  const product = tf.matMul(left, matrix);
  const result = activate ? tf.sigmoid(product) : product;
  const values = result.dataSync() as Float32Array;
  tf.dispose([left, product, result]);
  return values;
}

/**
 * The op: (inputs, kernel, recurrentKernel, bias, hiddenState, cellState) → final
 * [hiddenState | cellState] `[batch, 2 * units]`. Row b's steps before `firstSteps[b]` are
 * masked: the state passes through them unchanged, and so does its gradient.
 *
 * Arrays are time-major: row `step * batch + b` holds sequence b at that step, so each
 * step is one contiguous block.
 */
const lstmOp = (firstSteps: readonly number[]) =>
  tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [inputs, kernel, recurrentKernel, bias, initialHidden, initialCell, save] = args as [
      tf.Tensor3D,
      tf.Tensor2D,
      tf.Tensor2D,
      tf.Tensor1D,
      tf.Tensor2D,
      tf.Tensor2D,
      tf.GradSaveFunc,
    ];
    // The engine keeps saved tensors alive until the backward pass (callers' tidy scopes may not).
    save([kernel, recurrentKernel]);
    const [batch, steps, inputDim] = inputs.shape;
    const units = recurrentKernel.shape[0];
    const gateWidth = 4 * units;
    const rowWidth = inputDim + units + 1; // [input, hiddenState, 1]

    // [kernel; recurrentKernel; bias] with the candidate's columns doubled (see the file comment).
    const stacked = tf.tidy(() => {
      const doubling = tf.concat([tf.ones([2 * units]), tf.fill([units], 2), tf.ones([units])]);
      return tf.concat([kernel, recurrentKernel, bias.reshape([1, gateWidth])]).mul(doubling) as tf.Tensor2D;
    });

    // Every step's matMul input row [input, hiddenState, 1]; the backward pass reuses them all.
    const stepRows = new Float32Array(steps * batch * rowWidth);
    const inputValues = inputs.dataSync();
    for (let step = 0; step < steps; step++) {
      for (let b = 0; b < batch; b++) {
        const row = (step * batch + b) * rowWidth;
        stepRows.set(inputValues.subarray((b * steps + step) * inputDim, (b * steps + step + 1) * inputDim), row);
        stepRows[row + rowWidth - 1] = 1;
      }
    }
    const hidden0 = initialHidden.dataSync();
    for (let b = 0; b < batch; b++) stepRows.set(hidden0.subarray(b * units, (b + 1) * units), b * rowWidth + inputDim);

    const gates = new Float32Array(steps * batch * gateWidth); // activated: inputGate, forgetGate, candidate, outputGate
    const cellStates = new Float32Array((steps + 1) * batch * units); // entering each step, then the final one
    const tanhCells = new Float32Array(steps * batch * units); // tanh(cellState) after each step
    cellStates.set(initialCell.dataSync());
    const finalState = new Float32Array(batch * 2 * units);

    for (let step = 0; step < steps; step++) {
      const rows = stepRows.subarray(step * batch * rowWidth, (step + 1) * batch * rowWidth);
      const activated = multiply(rows, batch, stacked, true); // [batch, 4 * units]
      for (let b = 0; b < batch; b++) {
        const g = (step * batch + b) * gateWidth;
        const a = b * gateWidth;
        const k = (step * batch + b) * units;
        const next = step + 1 < steps ? ((step + 1) * batch + b) * rowWidth + inputDim : -1;
        if (step < firstSteps[b]) {
          // Padding under the mask: hiddenState and cellState stay as they were.
          const hidden = (step * batch + b) * rowWidth + inputDim;
          for (let unit = 0; unit < units; unit++) {
            cellStates[k + batch * units + unit] = cellStates[k + unit];
            if (next >= 0) stepRows[next + unit] = stepRows[hidden + unit];
            else {
              finalState[b * 2 * units + unit] = stepRows[hidden + unit];
              finalState[b * 2 * units + units + unit] = cellStates[k + unit];
            }
          }
          continue;
        }
        for (let unit = 0; unit < units; unit++) {
          const inputGate = activated[a + unit];
          const forgetGate = activated[a + units + unit];
          const candidate = 2 * activated[a + 2 * units + unit] - 1;
          const outputGate = activated[a + 3 * units + unit];
          gates[g + unit] = inputGate;
          gates[g + units + unit] = forgetGate;
          gates[g + 2 * units + unit] = candidate;
          gates[g + 3 * units + unit] = outputGate;
          const cellState = forgetGate * cellStates[k + unit] + inputGate * candidate;
          const tanhCell = tanh(cellState);
          cellStates[k + batch * units + unit] = cellState;
          tanhCells[k + unit] = tanhCell;
          const hiddenState = outputGate * tanhCell;
          if (next >= 0) stepRows[next + unit] = hiddenState;
          else {
            finalState[b * 2 * units + unit] = hiddenState;
            finalState[b * 2 * units + units + unit] = cellState;
          }
        }
      }
    }
    stacked.dispose();

    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [kernel, recurrentKernel] = saved as [tf.Tensor2D, tf.Tensor2D];
      const upstream = dy.dataSync();
      // Gradients of the loss w.r.t. hiddenState and cellState after the current step.
      let dHidden: Float32Array = new Float32Array(batch * units);
      const dCell = new Float32Array(batch * units);
      for (let b = 0; b < batch; b++) {
        dHidden.set(upstream.subarray(b * 2 * units, b * 2 * units + units), b * units);
        dCell.set(upstream.subarray(b * 2 * units + units, (b + 1) * 2 * units), b * units);
      }
      const dSums = new Float32Array(steps * batch * gateWidth); // w.r.t. each gate's sum (before activation)
      const recurrentKernelT = tf.transpose(recurrentKernel) as tf.Tensor2D; // [4 * units, units]

      for (let step = steps - 1; step >= 0; step--) {
        for (let b = 0; b < batch; b++) {
          if (step < firstSteps[b]) continue; // masked: dSums stay 0, dCell passes through
          const g = (step * batch + b) * gateWidth;
          const k = (step * batch + b) * units;
          for (let unit = 0; unit < units; unit++) {
            const inputGate = gates[g + unit];
            const forgetGate = gates[g + units + unit];
            const candidate = gates[g + 2 * units + unit];
            const outputGate = gates[g + 3 * units + unit];
            const tanhCell = tanhCells[k + unit];
            const dh = flushed(dHidden[b * units + unit]);
            const dc = flushed(dCell[b * units + unit] + dh * outputGate * (1 - tanhCell * tanhCell));
            dSums[g + unit] = flushed(dc * candidate * inputGate * (1 - inputGate));
            dSums[g + units + unit] = flushed(dc * cellStates[k + unit] * forgetGate * (1 - forgetGate));
            dSums[g + 2 * units + unit] = flushed(dc * inputGate * (1 - candidate * candidate));
            dSums[g + 3 * units + unit] = flushed(dh * tanhCell * outputGate * (1 - outputGate));
            dCell[b * units + unit] = dc * forgetGate;
          }
        }
        const dHiddenBefore = multiply(
          dSums.subarray(step * batch * gateWidth, (step + 1) * batch * gateWidth),
          batch,
          recurrentKernelT,
        );
        // Masked rows: the gradient w.r.t. hiddenState passes through unchanged.
        for (let b = 0; b < batch; b++)
          if (step < firstSteps[b]) dHiddenBefore.set(dHidden.subarray(b * units, (b + 1) * units), b * units);
        dHidden = dHiddenBefore;
      }
      recurrentKernelT.dispose();

      return tf.tidy(() => {
        const dSumsTensor = tf.tensor2d(dSums, [steps * batch, gateWidth]);
        // [dKernel; dRecurrentKernel; dBias] = [input, hiddenState, 1]ᵀ · dSums, over all steps.
        // Only untransposed matMuls: wasm's transposeA/transposeB path is several times slower.
        const dStacked = tf
          .matMul(tf.transpose(dSumsTensor), tf.tensor2d(stepRows, [steps * batch, rowWidth]))
          .transpose();
        const dInputs = tf
          .matMul(dSumsTensor, tf.transpose(kernel))
          .reshape([steps, batch, inputDim])
          .transpose([1, 0, 2]);
        return [
          dInputs,
          dStacked.slice([0, 0], [inputDim, gateWidth]),
          dStacked.slice([inputDim, 0], [units, gateWidth]),
          dStacked.slice([inputDim + units, 0], [1, gateWidth]).reshape([gateWidth]),
          tf.tensor2d(dHidden, [batch, units]),
          tf.tensor2d(dCell, [batch, units]),
        ];
      });
    };
    return { value: tf.tensor2d(finalState, [batch, 2 * units]), gradFunc };
  });
