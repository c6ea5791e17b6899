/**
 * Picks the TensorFlow.js backend for training and evaluation in Node.
 *
 *   node  @tensorflow/tfjs-node (native TensorFlow; an optional dependency)
 *   wasm  @tensorflow/tfjs-backend-wasm (portable, about 4x faster than cpu here)
 *   cpu   plain JavaScript (slowest, always works)
 *
 * `auto` tries them in that order. The wasm and cpu backends lack a fast
 * `UnsortedSegmentSum`, the kernel behind the embedding's gradient, so we register one;
 * on wasm, that one and `GatherV2`, the embedding lookup, run in wasm instead
 * (scripts/lib/wasm-embedding-kernels.ts).
 */

import { createRequire } from "node:module";
import * as tf from "@tensorflow/tfjs";
import type { BACKEND_CHOICES } from "./flags";
import { registerWasmEmbeddingKernels } from "./wasm-embedding-kernels";

export type BackendChoice = (typeof BACKEND_CHOICES)[number];

export interface ChosenBackend {
  /** tfjs's name for it: "tensorflow", "wasm" or "cpu". */
  name: string;
  /** Why this one, for the training log. */
  reason: string;
}

export async function setUpBackend(choice: BackendChoice): Promise<ChosenBackend> {
  const nodeProblem = choice === "auto" || choice === "node" ? await tryNodeBackend() : "not requested";
  if (nodeProblem === null) return activate("tensorflow", "native TensorFlow via @tensorflow/tfjs-node");
  if (choice === "node")
    throw new Error(
      `backend "node" is not available: ${nodeProblem}. Run \`npm install @tensorflow/tfjs-node\` (needs internet), or use --backend wasm`,
    );

  if (choice === "auto" || choice === "wasm") {
    await import("@tensorflow/tfjs-backend-wasm");
    registerUnsortedSegmentSum("wasm");
    registerWasmEmbeddingKernels(); // wraps the one above: it stays for what the wasm one leaves
    const why =
      choice === "wasm"
        ? "requested"
        : `@tensorflow/tfjs-node unavailable (${nodeProblem}); wasm is the fastest pure-JS backend measured here`;
    return activate("wasm", why);
  }
  registerUnsortedSegmentSum("cpu");
  return activate("cpu", "requested");
}

async function activate(name: string, reason: string): Promise<ChosenBackend> {
  if (!(await tf.setBackend(name))) throw new Error(`could not start the ${name} backend`);
  await tf.ready();
  return { name, reason };
}

/** Returns null when tfjs-node loaded, or why it did not. */
async function tryNodeBackend(): Promise<string | null> {
  try {
    // Resolved at run time: it is optional and often not installed.
    createRequire(import.meta.url)("@tensorflow/tfjs-node");
    return null;
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    return message.includes("Cannot find module") ? "not installed" : message;
  }
}

/**
 * `UnsortedSegmentSum` in O(N): out[segmentIds[i]] += x[i]. The embedding gradient
 * (the gradient of `gather`) sums the rows of every word occurrence into its word's row.
 */
const registeredSegmentSums = new Set<string>();

function registerUnsortedSegmentSum(backendName: "wasm" | "cpu"): void {
  if (registeredSegmentSums.has(backendName)) return;
  registeredSegmentSums.add(backendName);
  // cpu has an O(segments × N) kernel of its own, which this one replaces.
  if (tf.getKernel(tf.UnsortedSegmentSum, backendName)) tf.unregisterKernel(tf.UnsortedSegmentSum, backendName);
  tf.registerKernel({
    kernelName: tf.UnsortedSegmentSum,
    backendName,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
      const { numSegments } = attrs as unknown as tf.UnsortedSegmentSumAttrs;
      const store = backend as unknown as SyncBackend;
      const values = store.readSync(x.dataId) as Float32Array;
      const ids = store.readSync(segmentIds.dataId) as Int32Array;
      const rowSize = tf.util.sizeFromShape(x.shape.slice(segmentIds.shape.length));
      const sums = new Float32Array(numSegments * rowSize);
      for (let i = 0; i < ids.length; i++) {
        const segment = ids[i];
        if (segment < 0 || segment >= numSegments) continue;
        for (let j = 0; j < rowSize; j++) sums[segment * rowSize + j] += values[i * rowSize + j];
      }
      const shape = [numSegments, ...x.shape.slice(segmentIds.shape.length)];
      // Both backends have a makeOutput, with different arguments: only wasm's takes (shape, dtype, ...).
      return backendName === "wasm"
        ? store.makeOutput(shape, x.dtype, undefined, sums)
        : store.makeTensorInfo(shape, x.dtype, sums);
    },
  });
}

/** What the wasm and cpu backends offer that the kernel above uses. */
interface SyncBackend {
  readSync(dataId: object): unknown;
  /** wasm's signature (cpu's makeOutput takes values first). */
  makeOutput(shape: number[], dtype: tf.DataType, memoryOffset?: number, values?: Float32Array): tf.TensorInfo;
  /** cpu only. */
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): tf.TensorInfo;
}
