/**
 * A faster `GatherV2` for the wasm backend, for the one case training runs on every batch:
 * the embedding lookup, whole rows of a float32 matrix picked by int32 indices.
 *
 * The backend's own kernel takes about 15 ms of CPU to look up `[64, 250]` word indices in a
 * `[5000, 32]` embedding (measured here, best of ten), some 5% of a training step; copying the
 * rows with `memory.copy` (scripts/lib/simd-step-loops.ts) takes a fraction of a millisecond.
 * The result is the same copy of the same rows, and the gradient stays tfjs's own (gather's
 * gradient is an UnsortedSegmentSum, scripts/lib/backend.ts). Every other gather (another
 * axis, batch dimensions, other dtypes) goes to the backend's kernel.
 */
import * as tf from "@tensorflow/tfjs";
import { type SimdStepLoops, simdStepLoops } from "./simd-step-loops";

/** What the kernel uses of tfjs-backend-wasm's `BackendWasm` (4.x). */
interface WasmBackend {
  wasm: { HEAPU8: Uint8Array; asm: { memory: WebAssembly.Memory } };
  dataIdMap: { get(dataId: object): { memoryOffset: number } | undefined };
  makeOutput(shape: number[], dtype: "float32"): tf.TensorInfo;
}

let registered = false;

/** Replaces the wasm backend's GatherV2 kernel by one that copies rows (once per process). */
export function registerWasmGather(): void {
  if (registered) return;
  const original = tf.getKernel(tf.GatherV2, "wasm");
  if (original === undefined) return;
  registered = true;
  tf.unregisterKernel(tf.GatherV2, "wasm");
  tf.registerKernel({
    kernelName: tf.GatherV2,
    backendName: "wasm",
    // The backend runs this when it starts: it binds the original kernel's wasm function.
    setupFunc: original.setupFunc,
    kernelFunc: (args) => {
      const { x, indices } = args.inputs as { x: tf.TensorInfo; indices: tf.TensorInfo };
      const { axis, batchDims } = args.attrs as unknown as tf.GatherV2Attrs;
      const backend = args.backend as unknown as WasmBackend;
      const rowsOfMatrix = x.shape.length === 2 && axis === 0 && (batchDims ?? 0) === 0;
      const memory = backend.wasm?.asm?.memory;
      if (
        !rowsOfMatrix ||
        x.dtype !== "float32" ||
        indices.dtype !== "int32" ||
        !(memory instanceof WebAssembly.Memory)
      )
        return original.kernelFunc(args);
      return gatherRows(backend, simdStepLoops(memory), x, indices);
    },
  });
}

/** `[...indices.shape, width]`: row `indices[i]` of the `[rows, width]` matrix `x`. */
function gatherRows(backend: WasmBackend, loops: SimdStepLoops, x: tf.TensorInfo, indices: tf.TensorInfo) {
  const [rows, width] = x.shape;
  const count = tf.util.sizeFromShape(indices.shape);
  const out = backend.makeOutput([...indices.shape, width], "float32");
  if (count === 0 || width === 0) return out;
  // The heap's views are taken after makeOutput, which may grow (and so replace) the memory.
  const offsetOf = (info: tf.TensorInfo) =>
    (backend.dataIdMap.get(info.dataId) as { memoryOffset: number }).memoryOffset;
  const indicesOffset = offsetOf(indices);
  const values = new Int32Array(backend.wasm.HEAPU8.buffer, indicesOffset, count);
  for (let i = 0; i < count; i++) {
    const index = values[i];
    if (!(index >= 0 && index < rows))
      throw new RangeError(`GatherV2: the index value ${index} is not in [0, ${rows - 1}]`);
  }
  const rowBytes = width * Float32Array.BYTES_PER_ELEMENT;
  loops.gatherRows(offsetOf(x), indicesOffset, count, rowBytes, offsetOf(out));
  return out;
}
