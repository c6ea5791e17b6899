import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { averageReference } from "./reference";

describe("averageReference", () => {
  it("subtracts the channel mean at each time step", () => {
    assert.deepEqual(
      averageReference([
        [1, 2, 3],
        [10, 0, -4],
        [5, 5, 5],
      ]),
      [
        [-1, 0, 1],
        [8, -2, -6],
        [0, 0, 0],
      ],
    );
  });
  it("leaves every time step with channel mean zero", () => {
    const samples = Array.from({ length: 50 }, (_, t) => [Math.sin(t), 3 * Math.cos(t / 3), t / 7, -20]);
    for (const row of averageReference(samples)) assert.ok(Math.abs(row.reduce((sum, x) => sum + x, 0)) < 1e-9);
  });
  it("removes a signal shared by all channels and keeps the differences", () => {
    const local = [
      [4, -4],
      [2, -2],
      [0, 0],
    ];
    const shared = [100, -50, 30];
    assert.deepEqual(averageReference(local.map((row, t) => row.map((x) => x + shared[t]))), local);
  });
  it("does not change its input", () => {
    const samples = [
      [1, 3],
      [5, 9],
    ];
    averageReference(samples);
    assert.deepEqual(samples, [
      [1, 3],
      [5, 9],
    ]);
  });
});
