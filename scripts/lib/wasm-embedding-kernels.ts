/**
 * Faster wasm kernels for the embedding, the two that training runs on every batch:
 * `GatherV2` looks the words' rows up, `UnsortedSegmentSum` (the gather's gradient) adds each
 * occurrence's gradient into its word's row.
 *
 * The backend's own `GatherV2` took about 15 ms of CPU to look up `[64, 250]` word indices in a
 * `[5000, 32]` embedding (measured here, best of ten), some 5% of a training step; the
 * JavaScript `UnsortedSegmentSum` of scripts/lib/backend.ts copies the gradient out of the wasm
 * memory and the sums back in. Here both work on the backend's memory in place, row by row
 * (scripts/lib/simd-step-loops.ts): the same copies and the same float32 sums in the same
 * order, so the same numbers. Every other case (another axis, batch dimensions, other dtypes)
 * goes to the kernel that was registered before.
 */
import * as tf from "@tensorflow/tfjs";
import { simdStepLoops } from "./simd-step-loops";

/** What the kernels use of tfjs-backend-wasm's `BackendWasm` (4.x). */
interface WasmBackend {
  wasm: { HEAPU8: Uint8Array; asm: { memory: WebAssembly.Memory } };
  dataIdMap: { get(dataId: object): { memoryOffset: number } | undefined };
  makeOutput(shape: number[], dtype: "float32"): tf.TensorInfo;
}

const registered = new Set<string>();

/**
 * Wraps the wasm backend's `kernelName` kernel: `fast` when it returns a result, the kernel
 * registered before otherwise (once per process; call before the backend starts).
 */
function wrapKernel(kernelName: string, fast: (args: Parameters<tf.KernelFunc>[0]) => tf.TensorInfo | null): void {
  if (registered.has(kernelName)) return;
  const original = tf.getKernel(kernelName, "wasm");
  if (original === undefined) return;
  registered.add(kernelName);
  tf.unregisterKernel(kernelName, "wasm");
  tf.registerKernel({
    kernelName,
    backendName: "wasm",
    // The backend runs this when it starts: it binds the original kernel's wasm function.
    setupFunc: original.setupFunc,
    kernelFunc: (args) => fast(args) ?? original.kernelFunc(args),
  });
}

/** Replaces the wasm backend's GatherV2 and UnsortedSegmentSum kernels by row-wise ones. */
export function registerWasmEmbeddingKernels(): void {
  wrapKernel(tf.GatherV2, (args) => {
    const { x, indices } = args.inputs as { x: tf.TensorInfo; indices: tf.TensorInfo };
    const { axis, batchDims } = args.attrs as unknown as tf.GatherV2Attrs;
    const rowsOfMatrix = x.shape.length === 2 && axis === 0 && (batchDims ?? 0) === 0;
    if (!rowsOfMatrix || x.dtype !== "float32" || indices.dtype !== "int32") return null;
    return gatherRows(args.backend as unknown as WasmBackend, x, indices);
  });
  wrapKernel(tf.UnsortedSegmentSum, (args) => {
    const { x, segmentIds } = args.inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
    const { numSegments } = args.attrs as unknown as tf.UnsortedSegmentSumAttrs;
    if (x.dtype !== "float32" || segmentIds.dtype !== "int32") return null;
    return segmentSum(args.backend as unknown as WasmBackend, x, segmentIds, numSegments);
  });
}

const offsetOf = (backend: WasmBackend, info: tf.TensorInfo): number =>
  (backend.dataIdMap.get(info.dataId) as { memoryOffset: number }).memoryOffset;

/** `[...indices.shape, width]`: row `indices[i]` of the `[rows, width]` matrix `x`. */
function gatherRows(backend: WasmBackend, x: tf.TensorInfo, indices: tf.TensorInfo): tf.TensorInfo {
  const [rows, width] = x.shape;
  const count = tf.util.sizeFromShape(indices.shape);
  const out = backend.makeOutput([...indices.shape, width], "float32");
  if (count === 0 || width === 0) return out;
  // The heap's views are taken after makeOutput, which may grow (and so replace) the memory.
  const indicesOffset = offsetOf(backend, indices);
  const values = new Int32Array(backend.wasm.HEAPU8.buffer, indicesOffset, count);
  for (let i = 0; i < count; i++) {
    const index = values[i];
    if (!(index >= 0 && index < rows))
      throw new RangeError(`GatherV2: the index value ${index} is not in [0, ${rows - 1}]`);
  }
  const loops = simdStepLoops(backend.wasm.asm.memory);
  loops.gatherRows(offsetOf(backend, x), indicesOffset, count, width * 4, offsetOf(backend, out));
  return out;
}

/** `[numSegments, ...rowShape]`: out[segmentIds[i]] += x[i]; ids outside the segments are dropped. */
function segmentSum(
  backend: WasmBackend,
  x: tf.TensorInfo,
  segmentIds: tf.TensorInfo,
  numSegments: number,
): tf.TensorInfo {
  const rowShape = x.shape.slice(segmentIds.shape.length);
  const rowSize = tf.util.sizeFromShape(rowShape);
  const count = tf.util.sizeFromShape(segmentIds.shape);
  const out = backend.makeOutput([numSegments, ...rowShape], "float32");
  const outOffset = offsetOf(backend, out);
  new Float32Array(backend.wasm.HEAPU8.buffer, outOffset, numSegments * rowSize).fill(0); // makeOutput does not clear
  if (count === 0 || rowSize === 0) return out;
  const loops = simdStepLoops(backend.wasm.asm.memory);
  loops.scatterAddRows(outOffset, offsetOf(backend, x), offsetOf(backend, segmentIds), count, rowSize * 4, numSegments);
  return out;
}
