import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { channelStatistics, zScore } from "./normalization";

describe("channelStatistics", () => {
  it("measures mean and population std per channel over all trials and time steps", () => {
    const statistics = channelStatistics([
      [
        [1, 10],
        [3, 10],
      ],
      [
        [5, 10],
        [7, 10],
      ],
    ]);
    assert.deepEqual(statistics.mean, [4, 10]);
    assert.deepEqual(
      statistics.std.map((s) => s.toFixed(6)),
      [Math.sqrt(5).toFixed(6), "0.000000"],
    );
  });
  it("refuses an empty training set", () => assert.throws(() => channelStatistics([]), RangeError));
});

describe("zScore", () => {
  it("scales the training trials to mean 0 and std 1 per channel", () => {
    const train = [
      [
        [1, -2],
        [3, 0],
      ],
      [
        [5, 2],
        [7, 4],
      ],
    ];
    const statistics = channelStatistics(train);
    const scaled = channelStatistics(train.map((trial) => zScore(trial, statistics)));
    scaled.mean.forEach((m) => assert.ok(Math.abs(m) < 1e-12));
    scaled.std.forEach((s) => assert.ok(Math.abs(s - 1) < 1e-12));
  });
  it("uses the training statistics on test trials, which therefore need not end up at mean 0", () => {
    const statistics = channelStatistics([
      [[0], [2]],
      [[0], [2]],
    ]); // mean 1, std 1
    assert.deepEqual(zScore([[11], [13]], statistics), [[10], [12]]);
  });
  it("turns a flat channel into zeros, not NaN", () => {
    assert.deepEqual(zScore([[3, 1]], { mean: [3, 0], std: [0, 2] }), [[0, 0.5]]);
  });
  it("does not change its input", () => {
    const trial = [[1, 2]];
    zScore(trial, { mean: [1, 1], std: [1, 1] });
    assert.deepEqual(trial, [[1, 2]]);
  });
});
