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
 *             the cell update runs in plain JavaScript, and one more `sigmoid` gives
 *             tanh(cellState) the same way
 *   backward  written by hand (backpropagation through time): per step, the gate
 *             derivatives in JavaScript and one matMul `dGates · recurrentKernelᵀ`; at the
 *             end, one matMul `[input, hiddenState, 1]ᵀ · dGates` gives the kernel, recurrent
 *             kernel and bias gradients of all steps at once, and one more the input gradient
 *
 * The per-step kernels are scripts/lib/lstm-step-kernels.ts: on wasm they run the backend's
 * XNNPACK kernels in place on its memory, with no tensor made or copied per step, which
 * brings a training step close to the time of its matMuls alone (npm run bench:train
 * prints the ratio).
 *
 * Weights stay the layer's own variables, so a model trained with this saves and loads
 * as the standard `tf.layers.lstm` model the browser reads. The proof of sameness
 * (outputs and every gradient) is scripts/lib/fast-lstm.test.ts.
 */
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES } from "../../lib/model-config";
import { type StepKernels, TensorStepKernels } from "./lstm-step-kernels";
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

/**
 * Gradients below this are set to 0. Through hundreds of steps the gradient shrinks
 * towards float32's subnormal range (below 1.2e-38), where every multiply in wasm's matMul
 * takes a slow path: a 500-step batch took 8× the time of a 250-step one. TensorFlow's CPU
 * kernels flush subnormals to zero for the same reason. 1e-20 is far below the float32
 * resolution of any gradient these terms are added to, so results do not change.
 */
const NEGLIGIBLE_GRADIENT = 1e-20;
// One comparison through Math.abs: measured 2–3× faster in the backward loop than two.
const flushed = (x: number): number => (Math.abs(x) < NEGLIGIBLE_GRADIENT ? 0 : x);

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
    // hiddenState into the next step's rows.
    const rows = kernels.empty(steps * batch, rowWidth);
    fillRows(kernels.values(rows), inputs.dataSync() as Float32Array, initialHidden.dataSync() as Float32Array, shape);
    // The same rows feature by feature, in chunks of steps, for the weight gradient's matMuls.
    const chunks = weightGradientChunks(steps, batch);
    const rowsByFeature = chunks.map(({ count }) => kernels.empty(rowWidth, count * batch));
    const gates = kernels.empty(steps * batch, gateWidth); // activated: inputGate, forgetGate, candidate, outputGate
    const sums = kernels.empty(batch, gateWidth); // one step's gate sums
    const doubledCells = kernels.zeros(batch, units); // 2 · cellState, whose sigmoid gives tanh(cellState)
    const cellSigmoids = kernels.empty(batch, units);
    const cellStates = new Float32Array((steps + 1) * batch * units); // entering each step, then the final one
    const tanhCells = new Float32Array(steps * batch * units); // tanh(cellState) after each step
    cellStates.set(initialCell.dataSync());
    const finalState = new Float32Array(batch * 2 * units);
    const transposeStep = (step: number) => {
      const chunk = Math.floor(step / chunks[0].count);
      const column = (step - chunks[chunk].first) * batch;
      transposeRows(kernels.values(rows), step * batch, batch, rowWidth, kernels.values(rowsByFeature[chunk]), column);
    };

    transposeStep(0);
    for (let step = 0; step < steps; step++) {
      kernels.matMul(rows, step * batch, batch, stacked, sums, 0);
      kernels.sigmoid(sums, 0, batch, gates, step * batch);
      updateCells(kernels.values(gates), cellStates, kernels.values(doubledCells), step, shape);
      kernels.sigmoid(doubledCells, 0, batch, cellSigmoids, 0);
      updateHidden(
        kernels.values(gates),
        cellStates,
        kernels.values(cellSigmoids),
        tanhCells,
        kernels.values(rows),
        finalState,
        step,
        shape,
      );
      if (step + 1 < steps) transposeStep(step + 1);
    }
    // Kept only when a gradient will be taken (the engine disposes them after it).
    save([kernel, kernels.tensor(gates), ...rowsByFeature.map((chunk) => kernels.tensor(chunk))]);
    kernels.release();
    stacked.dispose();

    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
      const [kernel, gatesTensor, ...chunkTensors] = saved as tf.Tensor2D[];
      const kernels = stepKernelsFor();
      const gates = kernels.fromTensor(gatesTensor);
      const rowsByFeature = chunkTensors.map((chunk) => kernels.fromTensor(chunk));
      const dSums = kernels.empty(steps * batch, gateWidth); // w.r.t. each gate's sum (before activation)
      const chunkProduct = kernels.empty(rowWidth, gateWidth);
      // [dKernel; dRecurrentKernel; dBias] = [input, hiddenState, 1]ᵀ · dSums over all steps,
      // summed chunk by chunk.
      const dStacked = new Float32Array(rowWidth * gateWidth);
      // Gradients w.r.t. hiddenState and cellState after the current step; then before it.
      let dHidden = kernels.empty(batch, units);
      let dHiddenBefore = kernels.empty(batch, units);
      const dCell = new Float32Array(batch * units);
      const upstream = dy.dataSync();
      const dHiddenValues = kernels.values(dHidden);
      for (let b = 0; b < batch; b++) {
        dHiddenValues.set(upstream.subarray(b * 2 * units, b * 2 * units + units), b * units);
        dCell.set(upstream.subarray(b * 2 * units + units, (b + 1) * 2 * units), b * units);
      }
      const recurrentKernelT = tf.tidy(() => tf.transpose(recurrentKernel) as tf.Tensor2D); // [4 * units, units]

      for (let chunk = chunks.length - 1; chunk >= 0; chunk--) {
        const { first, count } = chunks[chunk];
        for (let step = first + count - 1; step >= first; step--) {
          gateGradients(
            kernels.values(gates),
            cellStates,
            tanhCells,
            kernels.values(dHidden),
            dCell,
            kernels.values(dSums),
            step,
            shape,
          );
          kernels.matMul(dSums, step * batch, batch, recurrentKernelT, dHiddenBefore, 0);
          passMaskedRows(kernels.values(dHidden), kernels.values(dHiddenBefore), step, shape);
          [dHidden, dHiddenBefore] = [dHiddenBefore, dHidden];
        }
        // This chunk's share: its rows, feature by feature, times its gate gradients.
        const block = { buffer: dSums, row: first * batch, count: count * batch };
        kernels.matMul(rowsByFeature[chunk], 0, rowWidth, block, chunkProduct, 0);
        addTo(dStacked, kernels.values(chunkProduct));
      }
      const dInitialHidden = tf.tensor2d(kernels.values(dHidden), [batch, units]);
      const dSumsTensor = kernels.tensor(dSums);
      kernels.release();
      recurrentKernelT.dispose();

      return tf.tidy(() => {
        // Only untransposed matMuls: wasm's transposeA/transposeB path is several times slower.
        const dInputs = tf
          .matMul(dSumsTensor, tf.transpose(kernel))
          .reshape([steps, batch, inputDim])
          .transpose([1, 0, 2]);
        const dWeights = tf.tensor2d(dStacked, [rowWidth, gateWidth]);
        return [
          dInputs,
          dWeights.slice([0, 0], [inputDim, gateWidth]),
          dWeights.slice([inputDim, 0], [units, gateWidth]),
          dWeights.slice([inputDim + units, 0], [1, gateWidth]).reshape([gateWidth]),
          dInitialHidden,
          tf.tensor2d(dCell, [batch, units]),
        ];
      });
    };
    return { value: tf.tensor2d(finalState, [batch, 2 * units]), gradFunc };
  });

/** The sizes of one run of the op, and its mask (row b's steps before `firstSteps[b]`). */
interface SequenceShape {
  batch: number;
  steps: number;
  inputDim: number;
  units: number;
  firstSteps: Int32Array;
}

// The per-step loops below are separate functions, each called with the same argument
// types every time, so that V8 optimizes each one on its own (inlined into the op's body
// they ran several times slower). Layouts as in `lstmOp`: row r = step · batch + b.

/** Row r of `rows` := [inputs[b, step], initialHidden[b] for step 0, 1]. */
function fillRows(rows: Float32Array, inputs: Float32Array, initialHidden: Float32Array, shape: SequenceShape): void {
  const { batch, steps, inputDim, units } = shape;
  const rowWidth = inputDim + units + 1;
  for (let step = 0; step < steps; step++) {
    for (let b = 0; b < batch; b++) {
      const row = (step * batch + b) * rowWidth;
      const input = (b * steps + step) * inputDim;
      for (let i = 0; i < inputDim; i++) rows[row + i] = inputs[input + i];
      rows[row + rowWidth - 1] = 1;
    }
  }
  for (let b = 0; b < batch; b++)
    for (let unit = 0; unit < units; unit++) rows[b * rowWidth + inputDim + unit] = initialHidden[b * units + unit];
}

/**
 * One step's cellState from its activated gates (the candidate's sigmoid turned into tanh,
 * in place); `doubled` := 2 · cellState for the sigmoid that gives tanh(cellState).
 */
function updateCells(
  gates: Float32Array,
  cellStates: Float32Array,
  doubled: Float32Array,
  step: number,
  shape: SequenceShape,
): void {
  const { batch, units, firstSteps } = shape;
  const gateWidth = 4 * units;
  for (let b = 0; b < batch; b++) {
    const g = (step * batch + b) * gateWidth;
    const k = (step * batch + b) * units;
    const next = k + batch * units;
    if (step < firstSteps[b]) {
      // Padding under the mask: cellState stays as it was.
      for (let unit = 0; unit < units; unit++) cellStates[next + unit] = cellStates[k + unit];
      continue;
    }
    for (let unit = 0; unit < units; unit++) {
      const candidate = 2 * gates[g + 2 * units + unit] - 1;
      gates[g + 2 * units + unit] = candidate;
      const cellState = gates[g + units + unit] * cellStates[k + unit] + gates[g + unit] * candidate;
      cellStates[next + unit] = cellState;
      doubled[b * units + unit] = 2 * cellState;
    }
  }
}

/**
 * One step's hiddenState = outputGate · tanh(cellState), with tanh(cellState) = 2 · sigmoid(2 ·
 * cellState) − 1; written into the next step's rows, or into `finalState` after the last step.
 */
function updateHidden(
  gates: Float32Array,
  cellStates: Float32Array,
  cellSigmoids: Float32Array,
  tanhCells: Float32Array,
  rows: Float32Array,
  finalState: Float32Array,
  step: number,
  shape: SequenceShape,
): void {
  const { batch, steps, inputDim, units, firstSteps } = shape;
  const gateWidth = 4 * units;
  const rowWidth = inputDim + units + 1;
  const last = step + 1 === steps;
  for (let b = 0; b < batch; b++) {
    const o = (step * batch + b) * gateWidth + 3 * units;
    const k = (step * batch + b) * units;
    const hidden = (step * batch + b) * rowWidth + inputDim;
    const next = hidden + batch * rowWidth;
    const final = b * 2 * units;
    const masked = step < firstSteps[b];
    for (let unit = 0; unit < units; unit++) {
      let hiddenState: number;
      if (masked) {
        hiddenState = rows[hidden + unit]; // padding under the mask: unchanged
      } else {
        const tanhCell = 2 * cellSigmoids[b * units + unit] - 1;
        tanhCells[k + unit] = tanhCell;
        hiddenState = gates[o + unit] * tanhCell;
      }
      if (last) {
        finalState[final + unit] = hiddenState;
        finalState[final + units + unit] = cellStates[k + batch * units + unit];
      } else rows[next + unit] = hiddenState;
    }
  }
}

/**
 * Backpropagation through one step: from the gradients w.r.t. hiddenState (`dHidden`) and
 * cellState (`dCell`) after it, each gate sum's gradient (into both `dSums` layouts), and
 * `dCell` := the gradient w.r.t. the cellState before it. Masked rows get 0 and pass `dCell` on.
 */
function gateGradients(
  gates: Float32Array,
  cellStates: Float32Array,
  tanhCells: Float32Array,
  dHidden: Float32Array,
  dCell: Float32Array,
  dSums: Float32Array,
  step: number,
  shape: SequenceShape,
): void {
  const { batch, units, firstSteps } = shape;
  const gateWidth = 4 * units;
  for (let b = 0; b < batch; b++) {
    const row = step * batch + b;
    const g = row * gateWidth;
    const k = row * units;
    if (step < firstSteps[b]) {
      dSums.fill(0, g, g + gateWidth);
      continue;
    }
    for (let unit = 0; unit < units; unit++) {
      const inputGate = gates[g + unit];
      const forgetGate = gates[g + units + unit];
      const candidate = gates[g + 2 * units + unit];
      const outputGate = gates[g + 3 * units + unit];
      const tanhCell = tanhCells[k + unit];
      const dh = flushed(dHidden[b * units + unit]);
      const dc = flushed(dCell[b * units + unit] + dh * outputGate * (1 - tanhCell * tanhCell));
      const dInput = flushed(dc * candidate * inputGate * (1 - inputGate));
      const dForget = flushed(dc * cellStates[k + unit] * forgetGate * (1 - forgetGate));
      const dCandidate = flushed(dc * inputGate * (1 - candidate * candidate));
      const dOutput = flushed(dh * tanhCell * outputGate * (1 - outputGate));
      dSums[g + unit] = dInput;
      dSums[g + units + unit] = dForget;
      dSums[g + 2 * units + unit] = dCandidate;
      dSums[g + 3 * units + unit] = dOutput;
      dCell[b * units + unit] = dc * forgetGate;
    }
  }
}

/**
 * The weight gradient is summed over chunks of about this many rows (steps × batch): a
 * chunk's matMul packs its gate gradients into XNNPACK's layout, which runs faster on
 * blocks that stay in cache than on the whole sequence at once. Measured here (wasm,
 * tutorial shapes, batch 64, 250 steps), CPU µs per step for this matMul: 340 for chunks of
 * 256 or 512 rows, 400 for 1,024, 410–530 for 2,048, 610 for 4,096, 660 for the whole sequence.
 */
const WEIGHT_GRADIENT_CHUNK_ROWS = 512;

/** Consecutive runs of steps, each about `WEIGHT_GRADIENT_CHUNK_ROWS` rows; all but the last equally long. */
function weightGradientChunks(steps: number, batch: number): { first: number; count: number }[] {
  const length = Math.max(1, Math.min(steps, Math.round(WEIGHT_GRADIENT_CHUNK_ROWS / batch)));
  return Array.from({ length: Math.ceil(steps / length) }, (_, i) => ({
    first: i * length,
    count: Math.min(length, steps - i * length),
  }));
}

/**
 * Rows `first .. first + count` of `rows` (`width` wide), written feature by feature into
 * `byFeature` (`[width, columns]`) from column `column`: byFeature[j][column + r] = rows[first + r][j].
 */
function transposeRows(
  rows: Float32Array,
  first: number,
  count: number,
  width: number,
  byFeature: Float32Array,
  column: number,
): void {
  const columns = byFeature.length / width;
  for (let j = 0; j < width; j++) {
    const target = j * columns + column;
    for (let r = 0; r < count; r++) byFeature[target + r] = rows[(first + r) * width + j];
  }
}

/** `sum += values`, elementwise. */
function addTo(sum: Float32Array, values: Float32Array): void {
  for (let i = 0; i < sum.length; i++) sum[i] += values[i];
}

/** Masked rows: the gradient w.r.t. hiddenState passes through the step unchanged. */
function passMaskedRows(after: Float32Array, before: Float32Array, step: number, shape: SequenceShape): void {
  const { batch, units, firstSteps } = shape;
  for (let b = 0; b < batch; b++)
    if (step < firstSteps[b]) before.set(after.subarray(b * units, (b + 1) * units), b * units);
}
