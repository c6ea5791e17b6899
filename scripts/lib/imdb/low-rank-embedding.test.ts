import assert from "node:assert/strict";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { Matrix } from "ml-matrix";
import type { ModelConfig } from "../../../lib/model-config";
import { seededRandom } from "../../../lib/random";
import { buildModel } from "../model";
import { symmetricEigen } from "../symmetric-eigen";
import { lowRankEmbedding, withLowRankEmbedding } from "./low-rank-embedding";

const randomMatrix = (rows: number, cols: number, seed: number) => {
  const random = seededRandom(seed);
  return Float32Array.from({ length: rows * cols }, () => random() * 2 - 1);
};

/** a · b for row-major float arrays. */
function product(a: Float32Array, b: Float32Array, rows: number, inner: number, cols: number): Float64Array {
  const c = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let k = 0; k < inner; k++)
      for (let j = 0; j < cols; j++) c[i * cols + j] += a[i * inner + k] * b[k * cols + j];
  return c;
}

const squaredDistance = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return sum;
};

test("at full rank the factored pair gives every word the same gate inputs", () => {
  const dims = { numWords: 50, embeddingDim: 6, gates: 20 };
  const embedding = randomMatrix(dims.numWords, dims.embeddingDim, 1);
  const kernel = randomMatrix(dims.embeddingDim, dims.gates, 2);
  const full = lowRankEmbedding(embedding, kernel, dims, dims.embeddingDim);
  const before = product(embedding, kernel, dims.numWords, dims.embeddingDim, dims.gates);
  const after = product(full.embedding, full.kernel, dims.numWords, dims.embeddingDim, dims.gates);
  for (let i = 0; i < before.length; i++) assert.ok(Math.abs(before[i] - after[i]) < 1e-5, `entry ${i}`);
  assert.ok(Math.abs(full.keptShare - 1) < 1e-12);
});

test("an embedding of rank 3 in 8 dimensions loses nothing at rank 3", () => {
  const dims = { numWords: 40, embeddingDim: 8, gates: 12 };
  const embedding = Float32Array.from(product(randomMatrix(40, 3, 4), randomMatrix(3, 8, 5), 40, 3, 8));
  const kernel = randomMatrix(8, 12, 6);
  const low = lowRankEmbedding(embedding, kernel, dims, 3);
  assert.equal(low.embedding.length, 40 * 3);
  assert.equal(low.kernel.length, 3 * 12);
  const error = squaredDistance(product(embedding, kernel, 40, 8, 12), product(low.embedding, low.kernel, 40, 3, 12));
  assert.ok(error < 1e-8, `squared error ${error}`);
  assert.ok(low.keptShare > 1 - 1e-9);
});

test("below full rank the error is what Eckart–Young allows, and no other rank-r pair does better", () => {
  const dims = { numWords: 60, embeddingDim: 5, gates: 9 };
  const embedding = randomMatrix(dims.numWords, dims.embeddingDim, 7);
  const kernel = randomMatrix(dims.embeddingDim, dims.gates, 8);
  const target = product(embedding, kernel, dims.numWords, dims.embeddingDim, dims.gates);
  // The discarded part of ‖E·K‖², from the eigenvalues of (E·K)ᵀ·(E·K) computed directly.
  const gram = new Matrix(dims.gates, dims.gates);
  for (let i = 0; i < dims.gates; i++)
    for (let j = 0; j < dims.gates; j++) {
      let sum = 0;
      for (let w = 0; w < dims.numWords; w++) sum += target[w * dims.gates + i] * target[w * dims.gates + j];
      gram.set(i, j, sum);
    }
  const values = symmetricEigen(gram).values.reverse(); // strongest first
  const total = values.reduce((sum, value) => sum + value, 0);
  for (const rank of [1, 2, 3, 4]) {
    const low = lowRankEmbedding(embedding, kernel, dims, rank);
    const error = squaredDistance(target, product(low.embedding, low.kernel, dims.numWords, rank, dims.gates));
    const discarded = values.slice(rank).reduce((sum, value) => sum + value, 0);
    assert.ok(Math.abs(error - discarded) < 1e-4 * total, `rank ${rank}: ${error} vs ${discarded}`);
    assert.ok(Math.abs(low.keptShare - (total - discarded) / total) < 1e-9);
    // Keeping the first `rank` embedding dimensions as they are is a rank-r pair too: never better.
    const truncated = Float32Array.from(
      { length: dims.numWords * rank },
      (_, i) => embedding[Math.floor(i / rank) * dims.embeddingDim + (i % rank)],
    );
    const naive = squaredDistance(
      target,
      product(truncated, kernel.slice(0, rank * dims.gates), dims.numWords, rank, dims.gates),
    );
    assert.ok(error <= naive + 1e-9, `rank ${rank}: ${error} > ${naive}`);
  }
});

test("a rank the embedding does not have is refused", () => {
  const dims = { numWords: 4, embeddingDim: 2, gates: 4 };
  assert.throws(
    () => lowRankEmbedding(new Float32Array(8), new Float32Array(8), dims, 3),
    /rank must be an integer from 1 to/,
  );
  assert.throws(() => lowRankEmbedding(new Float32Array(8), new Float32Array(8), dims, 0), /rank must be/);
  assert.throws(
    () => lowRankEmbedding(new Float32Array(7), new Float32Array(8), dims, 1),
    /expected a \[4, 2\] embedding/,
  );
});

test("the model with a full-rank factored embedding reads as the original does, to 1e-5", () => {
  const config: ModelConfig = { numWords: 30, maxLen: 12, embeddingDim: 6, lstmUnits: 5 };
  const original = buildModel(config, 11);
  // Trained-looking weights: the initial embedding is too small to move the gates.
  const embeddingLayer = original.getLayer("embedding");
  embeddingLayer.setWeights([tf.tensor2d(randomMatrix(30, 6, 12), [30, 6])]);
  const { model, config: smaller } = withLowRankEmbedding(original, config, 6);
  assert.equal(smaller.embeddingDim, 6);
  const random = seededRandom(13);
  const sequences = tf.tensor2d(
    Array.from({ length: 8 * 12 }, () => Math.floor(random() * 30)),
    [8, 12],
    "int32",
  );
  const a = (original.predict(sequences) as tf.Tensor).dataSync();
  const b = (model.predict(sequences) as tf.Tensor).dataSync();
  for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i] - b[i]) < 1e-5, `${a[i]} vs ${b[i]}`);
  // At a lower rank it is a model of the smaller shape, reading every sequence.
  const { model: low, config: lowConfig } = withLowRankEmbedding(original, config, 2);
  assert.deepEqual(lowConfig, { ...config, embeddingDim: 2 });
  assert.deepEqual(low.getLayer("embedding").getWeights()[0].shape, [30, 2]);
  assert.equal((low.predict(sequences) as tf.Tensor).shape[0], 8);
});
