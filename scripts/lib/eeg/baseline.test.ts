import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { baselineCorrect } from "./baseline";

describe("baselineCorrect", () => {
  it("subtracts each channel's mean over the baseline window", () => {
    const samples = [
      [10, 1],
      [20, 3],
      [30, 5],
      [40, 7],
    ];
    assert.deepEqual(baselineCorrect(samples, 0, 2), [
      [-5, -1],
      [5, 1],
      [15, 3],
      [25, 5],
    ]);
  });
  it("removes a constant offset and keeps a response after the event", () => {
    const response = [0, 0, 0, 4, 8, 4];
    const samples = response.map((x) => [x + 50, x - 30]);
    assert.deepEqual(
      baselineCorrect(samples, 0, 3),
      response.map((x) => [x, x]),
    );
  });
  it("uses only the window, not the rest of the trial", () => {
    assert.deepEqual(baselineCorrect([[1], [3], [100]], 1, 2), [[-2], [0], [97]]);
  });
  const badWindows: [number, number][] = [
    [2, 2],
    [-1, 2],
    [0, 5],
    [0.5, 2],
  ];
  for (const [from, to] of badWindows) {
    it(`refuses the window [${from}, ${to})`, () =>
      assert.throws(() => baselineCorrect([[1], [2], [3]], from, to), RangeError));
  }
  it("does not change its input", () => {
    const samples = [
      [1, 2],
      [3, 4],
    ];
    baselineCorrect(samples, 0, 1);
    assert.deepEqual(samples, [
      [1, 2],
      [3, 4],
    ]);
  });
});
