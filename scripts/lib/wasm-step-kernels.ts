/**
 * The fast LSTM's step kernels on the wasm backend, called in place on the backend's memory.
 * The per-step loops between the matMuls run in the same memory as WebAssembly SIMD
 * (scripts/lib/simd-step-loops.ts).
 *
 * The buffers are ordinary wasm tensors. For each block of rows a kernel reads or writes, we
 * register a tensor id pointing into the buffer's memory (the backend's `registerTensor`,
 * the call it makes for every tensor), and call the backend's exported `BatchMatMul` and
 * `Sigmoid` on those ids: the same XNNPACK kernels `tf.matMul` and `tf.sigmoid` run, minus
 * the copies in and out and the engine's bookkeeping. JavaScript reads and writes the same
 * memory through Float32Array views.
 *
 * This uses the backend's internals (tfjs-backend-wasm 4.x); `wasmStepKernels` checks that
 * they are there and returns null otherwise, and the fast LSTM falls back to tfjs ops.
 * XNNPACK caches an operator (with its packed weights) per right-hand matrix id, so the
 * right-hand matrices must not change while a sequence runs; the fast LSTM makes them
 * fresh per call, and disposing them frees the cached operator.
 */
import * as tf from "@tensorflow/tfjs";
import {
  checkMatMul,
  checkSameShape,
  checkSameWidth,
  checkStepBuffers,
  checkTranspose,
  type KernelBuffer,
  type RightHandSide,
  rowBuffers,
  type StepKernels,
  shapeOf,
} from "./lstm-step-kernels";
import type { SequenceShape } from "./lstm-step-loops";
import { type SimdStepLoops, simdStepLoops } from "./simd-step-loops";

/** What the kernels use of tfjs-backend-wasm's `BackendWasm`. */
interface WasmBackendInternals {
  wasm: {
    HEAPU8: Uint8Array;
    /** The Emscripten module's exports; `memory` is the heap itself. */
    asm: { memory: WebAssembly.Memory };
    cwrap(name: string, returnType: null, argTypes: string[]): (...args: (number | Uint8Array)[]) => void;
    tfjs: {
      registerTensor(id: number, size: number, memoryOffset: number): void;
      disposeData(id: number): void;
    };
  };
  dataIdMap: { get(dataId: object): { id: number; memoryOffset: number } | undefined };
  dataIdNextNumber: number;
  /** A new tensor's memory, allocated and not cleared. */
  makeOutput(shape: number[], dtype: "float32"): tf.TensorInfo;
}

function internalsOf(backend: tf.KernelBackend): WasmBackendInternals | null {
  const candidate = backend as unknown as Partial<WasmBackendInternals>;
  const wasm = candidate.wasm;
  const usable =
    wasm !== undefined &&
    wasm.HEAPU8 instanceof Uint8Array &&
    wasm.asm?.memory instanceof WebAssembly.Memory &&
    typeof wasm.cwrap === "function" &&
    typeof wasm.tfjs?.registerTensor === "function" &&
    typeof wasm.tfjs?.disposeData === "function" &&
    typeof candidate.dataIdMap?.get === "function" &&
    typeof candidate.dataIdNextNumber === "number" &&
    typeof candidate.makeOutput === "function";
  return usable ? (candidate as WasmBackendInternals) : null;
}

type BatchMatMul = (
  aId: number,
  aShape: Uint8Array,
  aRank: number,
  bId: number,
  bShape: Uint8Array,
  bRank: number,
  transposeA: number,
  transposeB: number,
  outId: number,
) => void;
type Sigmoid = (xId: number, outId: number) => void;

/** Registered ids not yet released, over all instances (the tests check that none are left). */
let liveIds = 0;
export const liveWasmViewCount = (): number => liveIds;

/** Step kernels in place on the wasm heap, or null when the active backend is not wasm (4.x). */
export function wasmStepKernels(): WasmStepKernels | null {
  if (tf.getBackend() !== "wasm") return null;
  const internals = internalsOf(tf.backend());
  return internals === null ? null : new WasmStepKernels(internals);
}

interface HeapBuffer extends KernelBuffer {
  readonly tensor: tf.Tensor2D;
  /** Byte offset of its values in the wasm memory. */
  readonly offset: number;
  /** Registered ids by `firstRow * 2^20 + rowCount`. */
  readonly views: Map<number, number>;
}

export class WasmStepKernels implements StepKernels {
  readonly name = "wasm";
  private readonly batchMatMul: BatchMatMul;
  private readonly sigmoidKernel: Sigmoid;
  private readonly buffers = new Map<KernelBuffer, HeapBuffer>();
  private readonly shapes = new Map<string, Uint8Array>();
  private heap: ArrayBuffer | null = null;
  private readonly arrays = new Map<KernelBuffer, Float32Array>();
  private readonly loops: SimdStepLoops;
  /** Each sequence's `firstSteps` as int32 in the heap, for the SIMD loops: byte offsets. */
  private readonly firstStepOffsets = new Map<SequenceShape, number>();

  constructor(private readonly backend: WasmBackendInternals) {
    const { wasm } = backend;
    this.loops = simdStepLoops(wasm.asm.memory);
    this.batchMatMul = wasm.cwrap("BatchMatMul", null, [
      "number",
      "array",
      "number",
      "number",
      "array",
      "number",
      "number",
      "number",
      "number",
    ]) as BatchMatMul;
    this.sigmoidKernel = wasm.cwrap("Sigmoid", null, ["number", "number"]) as Sigmoid;
  }

  zeros(rows: number, width: number): KernelBuffer {
    const buffer = this.empty(rows, width);
    this.values(buffer).fill(0);
    return buffer;
  }

  empty(rows: number, width: number): KernelBuffer {
    // tf.zeros would fill an array in JavaScript and copy it in (30 ms for [16000, 400]).
    const info = this.backend.makeOutput([rows, width], "float32");
    return this.fromTensor(tf.engine().makeTensorFromTensorInfo(info) as tf.Tensor2D);
  }

  fromTensor(tensor: tf.Tensor2D): KernelBuffer {
    if (tensor.dtype !== "float32") throw new TypeError(`step kernels take float32, got ${tensor.dtype}`);
    const data = this.backend.dataIdMap.get(tensor.dataId);
    if (data === undefined) throw new Error("the tensor is not on the wasm backend");
    const [rows, width] = tensor.shape;
    const buffer: HeapBuffer = { rows, width, tensor, offset: data.memoryOffset, views: new Map() };
    this.buffers.set(buffer, buffer);
    return buffer;
  }

  values(buffer: KernelBuffer): Float32Array {
    const heap = this.backend.wasm.HEAPU8.buffer as ArrayBuffer;
    if (heap !== this.heap) {
      // The memory grew (a kernel allocated): views on the old memory are detached.
      this.arrays.clear();
      this.heap = heap;
    }
    let values = this.arrays.get(buffer);
    if (values === undefined) {
      const { offset, rows, width } = this.heapBuffer(buffer);
      values = new Float32Array(heap, offset, rows * width);
      this.arrays.set(buffer, values);
    }
    return values;
  }

  matMul(a: KernelBuffer, aRow: number, count: number, b: RightHandSide, out: KernelBuffer, outRow: number): void {
    checkMatMul(a, aRow, count, b, out, outRow);
    const [inner, outer] = shapeOf(b);
    let bId: number;
    if (b instanceof tf.Tensor) {
      const bData = this.backend.dataIdMap.get(b.dataId);
      if (bData === undefined) throw new Error("the matrix is not on the wasm backend");
      bId = bData.id;
    } else {
      // A block's values change between calls, and XNNPACK caches the packed right-hand
      // side by id: a fresh id each time, disposed right after (which frees the cache entry).
      bId = this.register(this.heapBuffer(b.buffer), b.row, b.count);
    }
    this.batchMatMul(
      this.view(a, aRow, count),
      this.shape(count, inner),
      3,
      bId,
      this.shape(inner, outer),
      3,
      0,
      0,
      this.view(out, outRow, count),
    );
    if (!(b instanceof tf.Tensor)) this.unregister(bId);
  }

  sigmoid(x: KernelBuffer, xRow: number, count: number, out: KernelBuffer, outRow: number): void {
    checkSameWidth(x, xRow, count, out, outRow);
    this.sigmoidKernel(this.view(x, xRow, count), this.view(out, outRow, count));
  }

  fillRows(rows: KernelBuffer, inputs: KernelBuffer, shape: SequenceShape): void {
    checkStepBuffers(shape, rowBuffers(rows, inputs, shape));
    const { batch, steps, inputDim } = shape;
    this.loops.fillRows(this.offset(inputs, 0), this.offset(rows, 0), batch, steps, inputDim, rows.width);
  }

  updateCells(
    gates: KernelBuffer,
    cellStates: KernelBuffer,
    doubledCells: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ) {
    const { batch, steps, units } = shape;
    checkStepBuffers(shape, [
      { buffer: gates, rows: steps * batch, width: 4 * units },
      { buffer: cellStates, rows: (steps + 1) * batch, width: units },
      { buffer: doubledCells, rows: batch, width: units },
    ]);
    const stepRow = this.stepRow(step, shape);
    const firstSteps = this.firstStepsOf(shape);
    this.loops.updateCells(
      this.offset(gates, stepRow),
      this.offset(cellStates, stepRow),
      this.offset(doubledCells, 0),
      firstSteps,
      step,
      batch,
      units,
    );
  }

  updateHidden(
    gates: KernelBuffer,
    cellSigmoids: KernelBuffer,
    tanhCells: KernelBuffer,
    rows: KernelBuffer,
    step: number,
    shape: SequenceShape,
  ): void {
    const { batch, steps, inputDim, units } = shape;
    const rowWidth = inputDim + units + 1;
    checkStepBuffers(shape, [
      { buffer: gates, rows: steps * batch, width: 4 * units },
      { buffer: cellSigmoids, rows: batch, width: units },
      { buffer: tanhCells, rows: steps * batch, width: units },
      { buffer: rows, rows: (steps + 1) * batch, width: rowWidth },
    ]);
    const stepRow = this.stepRow(step, shape);
    const bytes = Float32Array.BYTES_PER_ELEMENT;
    this.loops.updateHidden(
      this.offset(gates, stepRow),
      this.offset(cellSigmoids, 0),
      this.offset(tanhCells, stepRow),
      this.offset(rows, stepRow) + inputDim * bytes,
      this.firstStepsOf(shape),
      step,
      batch,
      units,
      rowWidth * bytes,
    );
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
    const { batch, steps, units } = shape;
    checkStepBuffers(shape, [
      { buffer: gates, rows: steps * batch, width: 4 * units },
      { buffer: cellStates, rows: (steps + 1) * batch, width: units },
      { buffer: tanhCells, rows: steps * batch, width: units },
      { buffer: dHidden, rows: batch, width: units },
      { buffer: dCell, rows: batch, width: units },
      { buffer: dSums, rows: steps * batch, width: 4 * units },
    ]);
    const stepRow = this.stepRow(step, shape);
    this.loops.gateGradients(
      this.offset(gates, stepRow),
      this.offset(cellStates, stepRow),
      this.offset(tanhCells, stepRow),
      this.offset(dHidden, 0),
      this.offset(dCell, 0),
      this.offset(dSums, stepRow),
      this.firstStepsOf(shape),
      step,
      batch,
      units,
    );
  }

  transposeRows(source: KernelBuffer, row: number, count: number, target: KernelBuffer, column: number): void {
    checkTranspose(source, row, count, target, column);
    const bytes = Float32Array.BYTES_PER_ELEMENT;
    this.loops.transposeRows(
      this.offset(source, row),
      count,
      source.width,
      this.offset(target, 0) + column * bytes,
      target.width,
    );
  }

  addTo(sum: KernelBuffer, values: KernelBuffer): void {
    checkSameShape(sum, values);
    this.loops.addTo(this.offset(sum, 0), this.offset(values, 0), sum.rows * sum.width);
  }

  tensor(buffer: KernelBuffer): tf.Tensor2D {
    return this.heapBuffer(buffer).tensor;
  }

  release(): void {
    for (const buffer of this.buffers.values()) {
      for (const id of buffer.views.values()) this.unregister(id);
      buffer.views.clear();
    }
    this.buffers.clear();
    this.arrays.clear();
    this.firstStepOffsets.clear();
  }

  /** The first row of `step`, after checking that the step is in the sequence. */
  private stepRow(step: number, { batch, steps }: SequenceShape): number {
    if (!Number.isInteger(step) || step < 0 || step >= steps) throw new RangeError(`step ${step} of ${steps}`);
    return step * batch;
  }

  /** Byte offset in the wasm memory of the buffer's row `row`. */
  private offset(buffer: KernelBuffer, row: number): number {
    const heapBuffer = this.heapBuffer(buffer);
    return heapBuffer.offset + row * heapBuffer.width * Float32Array.BYTES_PER_ELEMENT;
  }

  /** Byte offset of the sequence's `firstSteps` as int32, copied into the heap once per sequence. */
  private firstStepsOf(shape: SequenceShape): number {
    let offset = this.firstStepOffsets.get(shape);
    if (offset === undefined) {
      const buffer = this.empty(1, shape.batch);
      offset = this.heapBuffer(buffer).offset;
      new Int32Array(this.backend.wasm.HEAPU8.buffer, offset, shape.batch).set(shape.firstSteps);
      this.firstStepOffsets.set(shape, offset);
    }
    return offset;
  }

  private heapBuffer(buffer: KernelBuffer): HeapBuffer {
    const heapBuffer = this.buffers.get(buffer);
    if (heapBuffer === undefined) throw new Error("not a buffer of these kernels (or released)");
    return heapBuffer;
  }

  /** A tensor id for rows `firstRow .. firstRow + count` of the buffer, registered once. */
  private view(buffer: KernelBuffer, firstRow: number, count: number): number {
    const heapBuffer = this.heapBuffer(buffer);
    const key = firstRow * 1048576 + count;
    let id = heapBuffer.views.get(key);
    if (id === undefined) {
      id = this.register(heapBuffer, firstRow, count);
      heapBuffer.views.set(key, id);
    }
    return id;
  }

  /** A new tensor id for rows `firstRow .. firstRow + count` of the buffer's memory. */
  private register(buffer: HeapBuffer, firstRow: number, count: number): number {
    // Ids come from the backend's own counter, so they never collide with its tensors'.
    const id = this.backend.dataIdNextNumber++;
    const offset = buffer.offset + firstRow * buffer.width * Float32Array.BYTES_PER_ELEMENT;
    this.backend.wasm.tfjs.registerTensor(id, count * buffer.width, offset);
    liveIds++;
    return id;
  }

  private unregister(id: number): void {
    this.backend.wasm.tfjs.disposeData(id);
    liveIds--;
  }

  /** The bytes of the rank-3 shape `[1, rows, columns]` that BatchMatMul takes. */
  private shape(rows: number, columns: number): Uint8Array {
    const key = `${rows},${columns}`;
    let bytes = this.shapes.get(key);
    if (bytes === undefined) {
      bytes = new Uint8Array(new Int32Array([1, rows, columns]).buffer);
      this.shapes.set(key, bytes);
    }
    return bytes;
  }
}
