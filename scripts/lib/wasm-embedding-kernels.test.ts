import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { setUpBackend } from "./backend";

describe("GatherV2 and UnsortedSegmentSum on wasm (scripts/lib/wasm-embedding-kernels.ts)", () => {
  before(async () => {
    await setUpBackend("wasm");
  });

  test("rows of a matrix by a [2, 3] index tensor: the rows, in order, shaped [2, 3, width]", () => {
    const table = tf.tensor2d([0, 1, 10, 11, 20, 21, 30, 31], [4, 2]);
    const rows = tf.gather(table, tf.tensor2d([3, 0, 3, 1, 2, 0], [2, 3], "int32"));
    assert.deepEqual(rows.shape, [2, 3, 2]);
    assert.deepEqual([...rows.dataSync()], [30, 31, 0, 1, 30, 31, 10, 11, 20, 21, 0, 1]);
  });

  test("the embedding gradient through it sums each row's occurrences", () => {
    const table = tf.tensor2d([0, 1, 10, 11, 20, 21], [3, 2]);
    const indices = tf.tensor1d([2, 0, 2], "int32");
    const gradient = tf.grad((t: tf.Tensor) =>
      tf
        .gather(t, indices)
        .mul(tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]))
        .sum(),
    );
    assert.deepEqual([...gradient(table).dataSync()], [3, 4, 0, 0, 6, 8]);
  });

  test("UnsortedSegmentSum: each row added into its segment, ids outside the segments dropped", () => {
    const x = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [5, 2]);
    const sums = tf.unsortedSegmentSum(x, tf.tensor1d([2, 0, 2, -1, 3], "int32"), 3);
    assert.deepEqual(sums.shape, [3, 2]);
    assert.deepEqual([...sums.dataSync()], [3, 4, 0, 0, 6, 8]);
  });

  test("UnsortedSegmentSum on rows wider than four floats (vector and scalar loops)", () => {
    const x = tf.tensor2d([1, 2, 3, 4, 5, 10, 20, 30, 40, 50], [2, 5]);
    const sums = tf.unsortedSegmentSum(x, tf.tensor1d([1, 1], "int32"), 2);
    assert.deepEqual([...sums.dataSync()], [0, 0, 0, 0, 0, 11, 22, 33, 44, 55]);
  });

  test("other gathers go to the backend's kernel: columns (axis 1), int32 values", () => {
    const table = tf.tensor2d([0, 1, 2, 10, 11, 12], [2, 3]);
    assert.deepEqual([...tf.gather(table, tf.tensor1d([2, 0], "int32"), 1).dataSync()], [2, 0, 12, 10]);
    const ints = tf.tensor2d([5, 6, 7, 8], [2, 2], "int32");
    assert.deepEqual([...tf.gather(ints, tf.tensor1d([1], "int32")).dataSync()], [7, 8]);
  });

  test("an index outside the matrix is an error, not a row of whatever memory follows it", () => {
    const table = tf.tensor2d([0, 1, 10, 11], [2, 2]);
    assert.throws(() => tf.gather(table, tf.tensor1d([0, 2], "int32")), /index value 2 is not in \[0, 1\]/);
    assert.throws(() => tf.gather(table, tf.tensor1d([-1], "int32")), /index value -1/);
  });
});
