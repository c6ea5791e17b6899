import assert from "node:assert/strict";
import { it } from "node:test";
import { bandPowerSequence, logPower, windowCount } from "./band-power";

it("takes the log mean power of each channel", () => {
  const power = logPower([
    [1, 0],
    [-1, 2],
    [1, 0],
    [-1, 2],
  ]);
  assert.deepEqual(
    power.map((p) => Number(p.toFixed(6))),
    [0, Number(Math.log(2).toFixed(6))],
  );
});

it("cuts overlapping windows and drops a partial last one", () => {
  const samples = [[1], [1], [2], [2], [3], [3], [9]];
  const windows = { windowSteps: 2, stepSteps: 2 };
  assert.equal(windowCount(samples.length, windows), 3);
  assert.deepEqual(
    bandPowerSequence(samples, windows).map((row) => row.map(Math.exp).map((x) => Number(x.toFixed(9)))),
    [[1], [4], [9]],
  );
  assert.equal(bandPowerSequence(samples, { windowSteps: 4, stepSteps: 1 }).length, 4);
  assert.throws(() => bandPowerSequence(samples, { windowSteps: 8, stepSteps: 1 }), /shorter than one power window/);
});

it("keeps a flat channel finite", () => {
  assert.ok(Number.isFinite(logPower([[0], [0]])[0]));
});
