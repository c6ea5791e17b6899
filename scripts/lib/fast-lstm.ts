/**
 * A faster LSTM for training: the same numbers as `tf.layers.lstm` (sigmoid gates, tanh
 * activation, Keras's gate order i, f, c, o), computed with few, large kernels.
 *
 * `tf.layers.lstm` dispatches about 100 kernels per time step (forward and gradient), and on
 * wasm the gradients of its per-step matMuls multiply transposed operands, which wasm runs
 * without XNNPACK, several times slower (npm run bench:train measures both). Here one op
 * covers a whole sequence, and every matMul is untransposed:
 *
 *   forward   per step, one matMul `[input, hiddenState, 1] · [kernel; recurrentKernel; bias]`
 *             gives all four gates' sums, one `sigmoid` activates them all (the candidate
 *             too: tanh(z) = 2·sigmoid(2z) − 1, with its columns doubled, which is exact),
 *             the cell update is a loop over the units, and one more `sigmoid` gives
 *             tanh(cellState) the same way
 *   backward  written by hand (backpropagation through time): per step, the gate
 *             derivatives (a loop) and one matMul `dGates · recurrentKernelᵀ`; every few
 *             steps, one matMul `dGatesᵀ · [input, hiddenState, 1]` adds those steps' share
 *             of the kernel, recurrent kernel and bias gradients; at the end, one matMul
 *             gives the input gradient
 *
 * The per-step kernels are scripts/lib/lstm-step-kernels.ts: on wasm they run the backend's
 * XNNPACK kernels in place on its memory, with no tensor made or copied per step (npm run
 * bench:train prints how close a training step comes to the time of its matMuls alone). The
 * loops between them are scripts/lib/lstm-step-loops.ts, on wasm in SIMD
 * (scripts/lib/simd-step-loops.ts).
 *
 * Weights stay the layer's own variables, so a model trained with this saves and loads
 * as the standard `tf.layers.lstm` model the browser reads. The proof of sameness
 * (outputs and every gradient) is scripts/lib/fast-lstm.test.ts.
 */
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES } from "../../lib/model-config";
import { type KernelBuffer, type StepKernels, TensorStepKernels } from "./lstm-step-kernels";
import {
  finalStateOf,
  passMaskedRows,
  type SequenceShape,
  setInitialHidden,
  weightGradientChunks,
} from "./lstm-step-loops";
import { predictWithSharedPadding, type SequenceLstm } from "./shared-padding";
import { wasmStepKernels } from "./wasm-step-kernels";

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

/** The fastest step kernels for the active backend: in place on wasm, tfjs ops elsewhere. */
export function stepKernelsFor(): StepKernels {
  return wasmStepKernels() ?? new TensorStepKernels();
}

/**
 * The op: (inputs, kernel, recurrentKernel, bias, hiddenState, cellState) → final
 * [hiddenState | cellState] `[batch, 2 * units]`. Row b's steps before `firstSteps[b]` are
 * masked: the state passes through them unchanged, and so does its gradient.
 *
 * Buffers are time-major: row `step * batch + b` holds sequence b at that step, so each
 * step is one contiguous block of `batch` rows, which a kernel takes as one matrix.
 */
const lstmOp = (firstStepList: readonly number[]) =>
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
    const [batch, steps, inputDim] = inputs.shape;
    const units = recurrentKernel.shape[0];
    const shape: SequenceShape = { batch, steps, inputDim, units, firstSteps: Int32Array.from(firstStepList) };
    const gateWidth = 4 * units;
    const rowWidth = inputDim + units + 1; // [input, hiddenState, 1]
    const kernels = stepKernelsFor();

    // [kernel; recurrentKernel; bias] with the candidate's columns doubled (see the file comment).
    const stacked = tf.tidy(() => {
      const doubling = tf.concat([tf.ones([2 * units]), tf.fill([units], 2), tf.ones([units])]);
      return tf.concat([kernel, recurrentKernel, bias.reshape([1, gateWidth])]).mul(doubling) as tf.Tensor2D;
    });
    // Every step's matMul rows [input, hiddenState, 1]; the loop writes each step's
    // hiddenState into the next step's rows (one block more, for the final hiddenState).
    const rows = kernels.empty((steps + 1) * batch, rowWidth);
    kernels.fillRows(rows, kernels.fromTensor(inputs.reshape([batch * steps, inputDim])), shape);
    const initialHiddenValues = initialHidden.dataSync() as Float32Array;
    setInitialHidden(kernels.values(rows), initialHiddenValues, shape);
    const gates = kernels.empty(steps * batch, gateWidth); // activated: inputGate, forgetGate, candidate, outputGate
    const sums = kernels.empty(batch, gateWidth); // one step's gate sums
    const doubledCells = kernels.zeros(batch, units); // 2 · cellState, whose sigmoid gives tanh(cellState)
    const cellSigmoids = kernels.empty(batch, units);
    const cellStates = kernels.empty((steps + 1) * batch, units); // entering each step, then the final one
    const tanhCells = kernels.empty(steps * batch, units); // tanh(cellState) after each step
    const initialCellValues = initialCell.dataSync();
    kernels.values(cellStates).set(initialCellValues);

    for (let step = 0; step < steps; step++) {
      kernels.matMul(rows, step * batch, batch, stacked, sums, 0);
      kernels.sigmoid(sums, 0, batch, gates, step * batch);
      kernels.updateCells(gates, cellStates, doubledCells, step, shape);
      kernels.sigmoid(doubledCells, 0, batch, cellSigmoids, 0);
      kernels.updateHidden(gates, cellSigmoids, tanhCells, rows, step, shape);
    }
    const finalState = finalStateOf(kernels.values(rows), kernels.values(cellStates), shape);
    // Kept only when a gradient will be taken (the engine disposes them after it).
    const kept = [rows, gates, cellStates, tanhCells].map((buffer) => kernels.tensor(buffer));
    save([kernel, ...kept]);
    kernels.release();
    stacked.dispose();

    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [kernel, ...keptTensors] = saved as tf.Tensor2D[];
      const kernels = stepKernelsFor();
      const [rows, gates, cellStates, tanhCells] = keptTensors.map((kept) => kernels.fromTensor(kept));
      const dSums = kernels.empty(steps * batch, gateWidth); // w.r.t. each gate's sum (before activation)
      // [dKernel; dRecurrentKernel; dBias]ᵀ = dSumsᵀ · [input, hiddenState, 1] over all steps,
      // summed chunk by chunk (why this way round: see weightGradientChunks).
      const chunks = weightGradientChunks(steps, batch);
      const dSumsByFeature = new Map(chunks.map(({ count }) => [count, kernels.empty(gateWidth, count * batch)]));
      const chunkProduct = kernels.empty(gateWidth, rowWidth);
      const dStackedT = kernels.zeros(gateWidth, rowWidth);
      // Gradients w.r.t. hiddenState and cellState after the current step; then before it.
      let dHidden = kernels.empty(batch, units);
      let dHiddenBefore = kernels.empty(batch, units);
      const dCell = kernels.empty(batch, units);
      const upstream = dy.dataSync();
      const dHiddenValues = kernels.values(dHidden);
      const dCellValues = kernels.values(dCell);
      for (let b = 0; b < batch; b++) {
        dHiddenValues.set(upstream.subarray(b * 2 * units, b * 2 * units + units), b * units);
        dCellValues.set(upstream.subarray(b * 2 * units + units, (b + 1) * 2 * units), b * units);
      }
      const recurrentKernelT = tf.tidy(() => tf.transpose(recurrentKernel) as tf.Tensor2D); // [4 * units, units]

      for (let chunk = chunks.length - 1; chunk >= 0; chunk--) {
        const { first, count } = chunks[chunk];
        const byFeature = dSumsByFeature.get(count) as KernelBuffer;
        for (let step = first + count - 1; step >= first; step--) {
          kernels.gateGradients(gates, cellStates, tanhCells, dHidden, dCell, dSums, step, shape);
          kernels.transposeRows(dSums, step * batch, batch, byFeature, (step - first) * batch);
          kernels.matMul(dSums, step * batch, batch, recurrentKernelT, dHiddenBefore, 0);
          passMaskedRows(kernels.values(dHidden), kernels.values(dHiddenBefore), step, shape);
          [dHidden, dHiddenBefore] = [dHiddenBefore, dHidden];
        }
        // This chunk's share: its gate gradients, feature by feature, times its rows.
        const block = { buffer: rows, row: first * batch, count: count * batch };
        kernels.matMul(byFeature, 0, gateWidth, block, chunkProduct, 0);
        kernels.addTo(dStackedT, chunkProduct);
      }
      // Copies: making a tensor may grow the wasm memory, which detaches views on it.
      const dInitialHidden = tf.tensor2d(kernels.values(dHidden).slice(), [batch, units]);
      const dInitialCell = tf.tensor2d(kernels.values(dCell).slice(), [batch, units]);
      const dSumsTensor = kernels.tensor(dSums);
      const dStackedTTensor = kernels.tensor(dStackedT);
      kernels.release();
      recurrentKernelT.dispose();

      return tf.tidy(() => {
        // Only untransposed matMuls: wasm's transposeA/transposeB path is several times slower.
        const dInputs = tf
          .matMul(dSumsTensor, tf.transpose(kernel))
          .reshape([steps, batch, inputDim])
          .transpose([1, 0, 2]);
        const dWeights = dStackedTTensor.transpose();
        return [
          dInputs,
          dWeights.slice([0, 0], [inputDim, gateWidth]),
          dWeights.slice([inputDim, 0], [units, gateWidth]),
          dWeights.slice([inputDim + units, 0], [1, gateWidth]).reshape([gateWidth]),
          dInitialHidden,
          dInitialCell,
        ];
      });
    };
    return { value: tf.tensor2d(finalState, [batch, 2 * units]), gradFunc };
  });
