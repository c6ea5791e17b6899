/**
 * One LSTM step in plain arithmetic, named as the explanation pages draw it.
 *
 *   inputGate  = sigmoid(x·W_i + h·U_i + b_i)     how much new information to write
 *   forgetGate = sigmoid(x·W_f + h·U_f + b_f)     how much of the old memory to keep
 *   candidate  = tanh(x·W_c + h·U_c + b_c)        the new information itself
 *   outputGate = sigmoid(x·W_o + h·U_o + b_o)     how much memory to show
 *   cellState   = forgetGate * cellState + inputGate * candidate
 *   hiddenState = outputGate * tanh(cellState)
 *
 * Keras and TensorFlow.js store the four gates side by side in that order (i, f, c, o):
 * `kernel` is `[inputDim, 4 * units]`, `recurrentKernel` `[units, 4 * units]`, `bias` `[4 * units]`.
 */

export interface LstmCellWeights {
  units: number;
  inputDim: number;
  /** `[inputDim, 4 * units]`, row-major. */
  kernel: Float32Array;
  /** `[units, 4 * units]`, row-major. */
  recurrentKernel: Float32Array;
  /** `[4 * units]`. */
  bias: Float32Array;
}

export interface LstmState {
  hiddenState: Float64Array;
  cellState: Float64Array;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function zeroState(units: number): LstmState {
  return { hiddenState: new Float64Array(units), cellState: new Float64Array(units) };
}

/**
 * An LSTM cell ready to step. It keeps its weight matrices transposed (one row per
 * gate unit), so each gate's sum is one contiguous dot product: about twice as fast
 * in JavaScript as the Keras layout.
 */
export class LstmCell {
  readonly units: number;
  private readonly kernelByGate: Float64Array; // [4 * units, inputDim]
  private readonly recurrentKernelByGate: Float64Array; // [4 * units, units]
  private readonly bias: Float32Array;

  constructor(weights: LstmCellWeights) {
    this.units = weights.units;
    this.kernelByGate = transpose(weights.kernel, weights.inputDim, 4 * weights.units);
    this.recurrentKernelByGate = transpose(weights.recurrentKernel, weights.units, 4 * weights.units);
    this.bias = weights.bias;
  }

  /** `x·W + b` for all four gates: `[4 * units]`. Depends only on the input, so callers may cache it per word. */
  inputProjection(x: ArrayLike<number>): Float64Array {
    const inputDim = x.length;
    const projection = new Float64Array(4 * this.units);
    const kernel = this.kernelByGate;
    for (let g = 0; g < projection.length; g++) {
      let sum = this.bias[g];
      const row = g * inputDim;
      for (let e = 0; e < inputDim; e++) sum += x[e] * kernel[row + e];
      projection[g] = sum;
    }
    return projection;
  }

  /**
   * Reads one input (given as its `inputProjection`) and returns the next state;
   * `state` is not changed. `gates`, if given, receives the four gate activations
   * (`[4 * units]`, order i, f, c, o) for pages that want to show them.
   */
  step(state: LstmState, inputProjection: Float64Array, gates?: Float64Array): LstmState {
    const units = this.units;
    const { hiddenState } = state;
    const recurrentKernel = this.recurrentKernelByGate; // locals keep the hot loop fast
    const z = new Float64Array(4 * units);
    for (let g = 0; g < z.length; g++) {
      let sum = inputProjection[g];
      const row = g * units;
      for (let r = 0; r < units; r++) sum += hiddenState[r] * recurrentKernel[row + r];
      z[g] = sum;
    }
    const next = zeroState(units);
    for (let u = 0; u < units; u++) {
      const inputGate = sigmoid(z[u]);
      const forgetGate = sigmoid(z[units + u]);
      const candidate = Math.tanh(z[2 * units + u]);
      const outputGate = sigmoid(z[3 * units + u]);
      next.cellState[u] = forgetGate * state.cellState[u] + inputGate * candidate;
      next.hiddenState[u] = outputGate * Math.tanh(next.cellState[u]);
      if (gates) {
        gates[u] = inputGate;
        gates[units + u] = forgetGate;
        gates[2 * units + u] = candidate;
        gates[3 * units + u] = outputGate;
      }
    }
    return next;
  }
}

/** `[rows, cols]` row-major -> `[cols, rows]` row-major, as float64. */
function transpose(matrix: Float32Array, rows: number, cols: number): Float64Array {
  const result = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) result[c * rows + r] = matrix[r * cols + c];
  return result;
}
