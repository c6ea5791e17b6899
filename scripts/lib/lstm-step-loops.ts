/**
 * The fast LSTM's per-step arithmetic in plain JavaScript (scripts/lib/fast-lstm.ts runs the
 * matMuls and sigmoids between them): the cell and hidden-state updates forward, the gate
 * derivatives backward, and the bookkeeping of the weight gradient's chunks. On the wasm
 * backend the first three run as WebAssembly SIMD instead (scripts/lib/simd-step-loops.ts);
 * these are the reference, and the loops of every other backend.
 *
 * Each loop is a function of its own, called with the same argument types every time, so
 * that V8 optimizes each one on its own (inlined into the op's body they ran several times
 * slower). Layouts as in fast-lstm.ts: time-major, row r = step · batch + b.
 */

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

/** The sizes of one run of the op, and its mask (row b's steps before `firstSteps[b]`). */
export interface SequenceShape {
  batch: number;
  steps: number;
  inputDim: number;
  units: number;
  firstSteps: Int32Array;
}

/** Row r = step · batch + b of `rows` := [inputs[b, step], (hiddenState, left as it is), 1]. */
export function fillRows(rows: Float32Array, inputs: Float32Array, shape: SequenceShape): void {
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
}

/** The first step's hiddenState columns of `rows` := initialHidden (`[batch, units]`). */
export function setInitialHidden(rows: Float32Array, initialHidden: Float32Array, shape: SequenceShape): void {
  const { batch, inputDim, units } = shape;
  const rowWidth = inputDim + units + 1;
  for (let b = 0; b < batch; b++) rows.set(initialHidden.subarray(b * units, (b + 1) * units), b * rowWidth + inputDim);
}

/**
 * One step's cellState from its activated gates (the candidate's sigmoid turned into tanh,
 * in place); `doubled` := 2 · cellState for the sigmoid that gives tanh(cellState).
 */
export function updateCells(
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
 * cellState) − 1, written into the next step's rows (`rows` has one block of rows more than
 * there are steps, for the final hiddenState).
 */
export function updateHidden(
  gates: Float32Array,
  cellSigmoids: Float32Array,
  tanhCells: Float32Array,
  rows: Float32Array,
  step: number,
  shape: SequenceShape,
): void {
  const { batch, inputDim, units, firstSteps } = shape;
  const gateWidth = 4 * units;
  const rowWidth = inputDim + units + 1;
  for (let b = 0; b < batch; b++) {
    const o = (step * batch + b) * gateWidth + 3 * units;
    const k = (step * batch + b) * units;
    const hidden = (step * batch + b) * rowWidth + inputDim;
    const next = hidden + batch * rowWidth;
    if (step < firstSteps[b]) {
      // Padding under the mask: hiddenState stays as it was.
      for (let unit = 0; unit < units; unit++) rows[next + unit] = rows[hidden + unit];
      continue;
    }
    for (let unit = 0; unit < units; unit++) {
      const tanhCell = 2 * cellSigmoids[b * units + unit] - 1;
      tanhCells[k + unit] = tanhCell;
      rows[next + unit] = gates[o + unit] * tanhCell;
    }
  }
}

/** `[hiddenState | cellState]` after the last step, `[batch, 2 * units]`, from the rows and cellStates. */
export function finalStateOf(rows: Float32Array, cellStates: Float32Array, shape: SequenceShape): Float32Array {
  const { batch, steps, inputDim, units } = shape;
  const rowWidth = inputDim + units + 1;
  const finalState = new Float32Array(batch * 2 * units);
  for (let b = 0; b < batch; b++) {
    const hidden = (steps * batch + b) * rowWidth + inputDim;
    const cell = (steps * batch + b) * units;
    finalState.set(rows.subarray(hidden, hidden + units), b * 2 * units);
    finalState.set(cellStates.subarray(cell, cell + units), b * 2 * units + units);
  }
  return finalState;
}

/**
 * Backpropagation through one step: from the gradients w.r.t. hiddenState (`dHidden`) and
 * cellState (`dCell`) after it, each gate sum's gradient (into both `dSums` layouts), and
 * `dCell` := the gradient w.r.t. the cellState before it. Masked rows get 0 and pass `dCell` on.
 */
export function gateGradients(
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
 * The weight gradient is summed over chunks of about this many rows (steps × batch), as
 * `dSumsᵀ · rows`: XNNPACK packs its right-hand side, the chunk's rows (`[chunk, inputDim +
 * units + 1]`), afresh at each call, and runs faster on blocks that stay in cache. The other
 * way round, `rowsᵀ · dSums`, packed the wider gate gradients (`[chunk, 4 · units]`) and needed
 * a feature-major copy of the rows in the forward pass: measured here (wasm, tutorial shapes,
 * chunks of 512 rows, best of three), 9–10 G multiply-adds/s against 12–13.6 this way round.
 * Chunks of 256 to 768 rows ran alike (8.7–12.7 G/s, within the machine's noise); in the other
 * orientation, the whole sequence at once was twice as slow as chunks of 512.
 */
const WEIGHT_GRADIENT_CHUNK_ROWS = 512;

/** Consecutive runs of steps, each about `WEIGHT_GRADIENT_CHUNK_ROWS` rows; all but the last equally long. */
export function weightGradientChunks(steps: number, batch: number): { first: number; count: number }[] {
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
export function transposeRows(
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
export function addTo(sum: Float32Array, values: Float32Array): void {
  for (let i = 0; i < sum.length; i++) sum[i] += values[i];
}

/** Masked rows: the gradient w.r.t. hiddenState passes through the step unchanged. */
export function passMaskedRows(after: Float32Array, before: Float32Array, step: number, shape: SequenceShape): void {
  const { batch, units, firstSteps } = shape;
  for (let b = 0; b < batch; b++)
    if (step < firstSteps[b]) before.set(after.subarray(b * units, (b + 1) * units), b * units);
}
