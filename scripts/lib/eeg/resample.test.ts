import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resample, resampledLength, resampleRatio } from "./resample";

const sine = (hz: number, rate: number, seconds: number, phase = 0) =>
  Array.from({ length: Math.round(rate * seconds) }, (_, i) => Math.sin(2 * Math.PI * hz * (i / rate) + phase));
const middle = (x: number[], rate: number) => x.slice(Math.round(0.3 * rate), x.length - Math.round(0.3 * rate));
const maxAbs = (x: number[]) => Math.max(...x.map(Math.abs));

describe("resample", () => {
  it("reduces the ratio and counts the output samples", () => {
    assert.deepEqual(resampleRatio(1000, 256), { up: 32, down: 125 });
    assert.deepEqual(resampleRatio(500, 250), { up: 1, down: 2 });
    assert.equal(resampledLength(1000, 1000, 256), 256);
    assert.throws(() => resampleRatio(1000, 256.5), /whole positive rates/);
  });

  const cases = [
    { from: 1000, to: 256, hz: 10 },
    { from: 1000, to: 256, hz: 40 },
    { from: 500, to: 250, hz: 30 },
    { from: 128, to: 100, hz: 12 },
  ];
  for (const { from, to, hz } of cases) {
    it(`keeps a ${hz} Hz sine when going from ${from} Hz to ${to} Hz (rates that do not divide too)`, () => {
      const output = resample(sine(hz, from, 2, 0.3), from, to);
      const expected = sine(hz, to, 2, 0.3);
      assert.equal(output.length, expected.length);
      const error = middle(
        output.map((y, i) => y - expected[i]),
        to,
      );
      assert.ok(maxAbs(error) < 2e-3, `largest error ${maxAbs(error)}`);
    });
  }

  it("removes a wave above the new Nyquist frequency instead of folding it (plain decimation aliases it)", () => {
    // 200 Hz at 1000 Hz: above 256 Hz's Nyquist (128 Hz). Keeping every 4th sample of it
    // (250 Hz) would give a 50 Hz wave of full amplitude.
    const fast = sine(200, 1000, 2);
    assert.ok(maxAbs(middle(resample(fast, 1000, 256), 256)) < 0.01);
    const decimated = fast.filter((_, i) => i % 4 === 0);
    assert.ok(maxAbs(middle(decimated, 250)) > 0.9);
  });

  it("keeps a constant exactly, and the start time (first samples coincide)", () => {
    assert.ok(resample(new Array(300).fill(5), 1000, 256).every((y) => Math.abs(y - 5) < 1e-12));
    const ramp = Array.from({ length: 1000 }, (_, i) => Math.sin(i / 200));
    assert.ok(Math.abs(resample(ramp, 1000, 256)[100] - ramp[Math.round((100 * 1000) / 256)]) < 0.01);
  });
});
