import assert from "node:assert/strict";
import { it } from "node:test";
import { formatProportion, meanAndSpread, meanWithInterval, proportion, tQuantile975 } from "./proportion";

it("gives the Wilson interval (values computed separately in Python from Wilson's formula)", () => {
  const p = proportion(27, 45);
  assert.equal(p.value, 0.6);
  assert.ok(Math.abs(p.interval[0] - 0.454519) < 1e-5 && Math.abs(p.interval[1] - 0.729751) < 1e-5, String(p.interval));
  assert.deepEqual(proportion(0, 10).interval[0], 0);
  assert.ok(proportion(10, 10).interval[0] > 0.69 && proportion(10, 10).interval[1] > 0.999999);
  assert.equal(formatProportion(p), "60.0% [45.5, 73.0]");
  assert.throws(() => proportion(0, 0), /at least one trial/);
});

it("gives mean and sample standard deviation", () => {
  const { mean, std } = meanAndSpread([0.5, 0.7]);
  assert.ok(Math.abs(mean - 0.6) < 1e-12 && Math.abs(std - Math.sqrt(0.02)) < 1e-12);
  assert.deepEqual(meanAndSpread([0.5]), { mean: 0.5, std: 0 });
});

it("gives a t interval for a mean over subjects", () => {
  const { mean, interval } = meanWithInterval([0.5, 0.7, 0.6]);
  assert.ok(Math.abs(mean - 0.6) < 1e-12);
  // std 0.1, t(2) = 4.303: half-width 4.303 * 0.1 / sqrt(3)
  assert.ok(Math.abs(interval[1] - mean - (4.303 * 0.1) / Math.sqrt(3)) < 1e-9);
  assert.ok(Math.abs(tQuantile975(1000) - 1.9623) < 1e-3);
  assert.throws(() => meanWithInterval([0.5]), /two values/);
});
