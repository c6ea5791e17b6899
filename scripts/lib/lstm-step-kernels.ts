/**
 * The kernels the fast LSTM (scripts/lib/fast-lstm.ts) runs at every time step, a matMul and
 * a sigmoid, and the loops between them (lstm-step-loops.ts), over float32 buffers it also
 * reads and writes in JavaScript.
 *
 * Calling tfjs ops once per step costs more than the arithmetic: each call copies its input
 * into a new tensor, dispatches through the engine, and copies the result back out (about
 * 640 µs of CPU for a `[64, 133] · [133, 400]` matMul and sigmoid on wasm, against 180 µs for
 * the matMul kernel itself). Two implementations, picked by `stepKernelsFor`:
 *
 *   wasm   scripts/lib/wasm-step-kernels.ts: the buffers live in the wasm backend's memory,
 *          and the backend's own XNNPACK matMul and sigmoid run on them in place, no copies;
 *          the loops run there too, in WebAssembly SIMD (scripts/lib/simd-step-loops.ts)
 *   any    this file: Float32Arrays, a tfjs matMul per call, the sigmoid and the loops in
 *          JavaScript
 */
import * as tf from "@tensorflow/tfjs";
import {
  addTo,
  fillRows,
  gateGradients,
  type SequenceShape,
  transposeRows,
  updateCells,
  updateHidden,
} from "./lstm-step-loops";

/** A row-major float32 matrix of `rows × width` that the kernels read and write. */
export interface KernelBuffer {
  readonly rows: number;
  readonly width: number;
}

/** Rows `row .. row + count` of a buffer, as a matrix of its own. */
export interface RowBlock {
  readonly buffer: KernelBuffer;
  readonly row: number;
  readonly count: number;
}

/**
 * The right-hand side of a matMul: a tensor (fixed for the kernels' lifetime: wasm caches
 * its packed form) or a block of a buffer (packed afresh at each call).
 */
export type RightHandSide = tf.Tensor2D | RowBlock;

/** `[rows, columns]` of a right-hand side. */
export function shapeOf(b: RightHandSide): [number, number] {
  return b instanceof tf.Tensor ? b.shape : [b.count, b.buffer.width];
}

export interface StepKernels {
  /** Which implementation: "wasm" (in place on the wasm heap) or "tensor" (tfjs ops, copies). */
  readonly name: string;
  /** A new buffer of zeros. */
  zeros(rows: number, width: number): KernelBuffer;
  /** A new buffer whose values are unspecified until written (wasm skips clearing them). */
  empty(rows: number, width: number): KernelBuffer;
  /**
   * A buffer holding a `[rows, width]` tensor's values. Writes to the buffer may change the
   * tensor (wasm uses its memory): pass only tensors made for this purpose.
   */
  fromTensor(tensor: tf.Tensor2D): KernelBuffer;
  /** The buffer's values, to read and write in JavaScript; valid until the next kernel call. */
  values(buffer: KernelBuffer): Float32Array;
  /**
   * `out[outRow + r] = a[aRow + r] · b` for `r < count`: rows of `a` times `b`
   * (`[a.width, out.width]`).
   */
  matMul(a: KernelBuffer, aRow: number, count: number, b: RightHandSide, out: KernelBuffer, outRow: number): void;
  /** `out[outRow + r] = sigmoid(x[xRow + r])` elementwise, for `count` rows of the same width. */
  sigmoid(x: KernelBuffer, xRow: number, count: number, out: KernelBuffer, outRow: number): void;
  /** lstm-step-loops.ts's `fillRows`: inputs `[batch · steps, inputDim]` (batch-major), rows as in `updateHidden`. */
  fillRows(rows: KernelBuffer, inputs: KernelBuffer, shape: SequenceShape): void;
  /**
   * lstm-step-loops.ts's `updateCells` on the buffers: gates `[steps · batch, 4 · units]`,
   * cellStates `[(steps + 1) · batch, units]`, doubledCells `[batch, units]`.
   */
  updateCells(
    gates: KernelBuffer,
    cellStates: KernelBuffer,
    doubledCells: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ): void;
  /**
   * lstm-step-loops.ts's `updateHidden`: cellSigmoids `[batch, units]`, tanhCells
   * `[steps · batch, units]`, rows `[(steps + 1) · batch, inputDim + units + 1]`.
   */
  updateHidden(
    gates: KernelBuffer,
    cellSigmoids: KernelBuffer,
    tanhCells: KernelBuffer,
    rows: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ): void;
  /** lstm-step-loops.ts's `gateGradients`: dHidden and dCell `[batch, units]`, dSums like gates. */
  gateGradients(
    gates: KernelBuffer,
    cellStates: KernelBuffer,
    tanhCells: KernelBuffer,
    dHidden: KernelBuffer,
    dCell: KernelBuffer,
    dSums: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ): void;
  /**
   * Rows `row .. row + count` of `source` written as columns of `target` from column `column`:
   * target[j][column + r] = source[row + r][j] (`target` is `[source.width, columns]`).
   */
  transposeRows(source: KernelBuffer, row: number, count: number, target: KernelBuffer, column: number): void;
  /** `sum += values`, elementwise, for two buffers of the same shape. */
  addTo(sum: KernelBuffer, values: KernelBuffer): void;
  /** The buffer as a `[rows, width]` tensor (its own memory on wasm, a copy otherwise). */
  tensor(buffer: KernelBuffer): tf.Tensor2D;
  /** Frees what the kernels set up for their calls; tensors stay with their tidy scopes. */
  release(): void;
}

/** Step kernels for any backend: Float32Arrays, copied into a tensor for each matMul. */
export class TensorStepKernels implements StepKernels {
  readonly name = "tensor";
  private readonly arrays = new Map<KernelBuffer, Float32Array>();

  zeros(rows: number, width: number): KernelBuffer {
    return this.adopt(rows, width, new Float32Array(rows * width));
  }

  empty(rows: number, width: number): KernelBuffer {
    return this.zeros(rows, width);
  }

  fromTensor(tensor: tf.Tensor2D): KernelBuffer {
    const [rows, width] = tensor.shape;
    return this.adopt(rows, width, Float32Array.from(tensor.dataSync()));
  }

  values(buffer: KernelBuffer): Float32Array {
    const values = this.arrays.get(buffer);
    if (values === undefined) throw new Error("not a buffer of these kernels");
    return values;
  }

  matMul(a: KernelBuffer, aRow: number, count: number, b: RightHandSide, out: KernelBuffer, outRow: number): void {
    checkMatMul(a, aRow, count, b, out, outRow);
    const rows = this.values(a).subarray(aRow * a.width, (aRow + count) * a.width);
    const product = tf.tidy(() => {
      const right = b instanceof tf.Tensor ? b : this.blockTensor(b);
      return tf.matMul(tf.tensor2d(rows, [count, a.width]), right);
    });
    this.values(out).set(product.dataSync(), outRow * out.width);
    product.dispose();
  }

  sigmoid(x: KernelBuffer, xRow: number, count: number, out: KernelBuffer, outRow: number): void {
    checkSameWidth(x, xRow, count, out, outRow);
    const input = this.values(x);
    const output = this.values(out);
    const start = xRow * x.width;
    const shift = outRow * out.width - start;
    // As the cpu backend computes it, so results match it exactly.
    for (let i = start; i < start + count * x.width; i++) output[i + shift] = 1 / (1 + Math.exp(-input[i]));
  }

  fillRows(rows: KernelBuffer, inputs: KernelBuffer, shape: SequenceShape): void {
    checkStepBuffers(shape, rowBuffers(rows, inputs, shape));
    fillRows(this.values(rows), this.values(inputs), shape);
  }

  updateCells(
    gates: KernelBuffer,
    cellStates: KernelBuffer,
    doubledCells: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ): void {
    updateCells(this.values(gates), this.values(cellStates), this.values(doubledCells), step, shape);
  }

  updateHidden(
    gates: KernelBuffer,
    cellSigmoids: KernelBuffer,
    tanhCells: KernelBuffer,
    rows: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ): void {
    updateHidden(this.values(gates), this.values(cellSigmoids), this.values(tanhCells), this.values(rows), step, shape);
  }

  gateGradients(
    gates: KernelBuffer,
    cellStates: KernelBuffer,
    tanhCells: KernelBuffer,
    dHidden: KernelBuffer,
    dCell: KernelBuffer,
    dSums: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ): void {
    const [g, c, t, dh, dc, ds] = [gates, cellStates, tanhCells, dHidden, dCell, dSums].map((b) => this.values(b));
    gateGradients(g, c, t, dh, dc, ds, step, shape);
  }

  transposeRows(source: KernelBuffer, row: number, count: number, target: KernelBuffer, column: number): void {
    checkTranspose(source, row, count, target, column);
    transposeRows(this.values(source), row, count, source.width, this.values(target), column);
  }

  addTo(sum: KernelBuffer, values: KernelBuffer): void {
    checkSameShape(sum, values);
    addTo(this.values(sum), this.values(values));
  }

  tensor(buffer: KernelBuffer): tf.Tensor2D {
    return tf.tensor2d(this.values(buffer), [buffer.rows, buffer.width]);
  }

  release(): void {
    this.arrays.clear();
  }

  private blockTensor({ buffer, row, count }: RowBlock): tf.Tensor2D {
    const values = this.values(buffer).subarray(row * buffer.width, (row + count) * buffer.width);
    return tf.tensor2d(values, [count, buffer.width]);
  }

  private adopt(rows: number, width: number, values: Float32Array): KernelBuffer {
    const buffer = { rows, width };
    this.arrays.set(buffer, values);
    return buffer;
  }
}

/** Throws unless `a[aRow..+count] · b → out[outRow..+count]` fits the buffers. */
export function checkMatMul(
  a: KernelBuffer,
  aRow: number,
  count: number,
  b: RightHandSide,
  out: KernelBuffer,
  outRow: number,
): void {
  const [inner, outer] = shapeOf(b);
  if (inner !== a.width || outer !== out.width)
    throw new RangeError(`matMul: [${count}, ${a.width}] · [${inner}, ${outer}] does not give rows of ${out.width}`);
  if (!(b instanceof tf.Tensor)) checkRows(b.buffer, b.row, b.count);
  checkRows(a, aRow, count);
  checkRows(out, outRow, count);
}

/** Throws unless both row ranges are inside their buffers and the buffers are equally wide. */
export function checkSameWidth(x: KernelBuffer, xRow: number, count: number, out: KernelBuffer, outRow: number) {
  if (x.width !== out.width) throw new RangeError(`elementwise: widths ${x.width} and ${out.width} differ`);
  checkRows(x, xRow, count);
  checkRows(out, outRow, count);
}

/**
 * Throws unless the buffers of one step's loops have the sizes `StepKernels` documents (the
 * SIMD loops would otherwise write outside them, anywhere in the wasm memory).
 */
export function checkStepBuffers(
  { batch, steps, inputDim, firstSteps }: SequenceShape,
  buffers: { buffer: KernelBuffer; rows: number; width: number }[],
): void {
  if (firstSteps.length !== batch) throw new RangeError(`firstSteps has ${firstSteps.length} rows, batch ${batch}`);
  for (const { buffer, rows, width } of buffers)
    if (buffer.rows < rows || buffer.width !== width)
      throw new RangeError(
        `a [${buffer.rows}, ${buffer.width}] buffer where [${rows}, ${width}] is needed (${steps} steps, ${inputDim} inputs)`,
      );
}

/** The sizes `fillRows` needs, for `checkStepBuffers`. */
export function rowBuffers(rows: KernelBuffer, inputs: KernelBuffer, { batch, steps, inputDim, units }: SequenceShape) {
  return [
    { buffer: rows, rows: (steps + 1) * batch, width: inputDim + units + 1 },
    { buffer: inputs, rows: batch * steps, width: inputDim },
  ];
}

/** Throws unless both buffers are `[rows, width]` of the same size. */
export function checkSameShape(a: KernelBuffer, b: KernelBuffer): void {
  if (a.rows !== b.rows || a.width !== b.width)
    throw new RangeError(`buffers [${a.rows}, ${a.width}] and [${b.rows}, ${b.width}] differ`);
}

/** Throws unless `source[row..+count]` fits as columns `column..+count` of `target`. */
export function checkTranspose(source: KernelBuffer, row: number, count: number, target: KernelBuffer, column: number) {
  if (target.rows !== source.width)
    throw new RangeError(`transpose: rows ${source.width} wide into a target of ${target.rows} rows`);
  checkRows(source, row, count);
  if (column < 0 || column + count > target.width)
    throw new RangeError(`columns ${column}..${column + count} outside a target of ${target.width}`);
}

function checkRows(buffer: KernelBuffer, row: number, count: number): void {
  if (row < 0 || count < 0 || row + count > buffer.rows)
    throw new RangeError(`rows ${row}..${row + count} outside a buffer of ${buffer.rows}`);
}
