import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bandPass, bandPassSections, butterworthQs, filterForward, notch } from "./filters";

const RATE = 256;
const sine = (frequency: number, seconds: number, amplitude = 1) =>
  Array.from(
    { length: Math.round(seconds * RATE) },
    (_, t) => amplitude * Math.sin((2 * Math.PI * frequency * t) / RATE),
  );
/** Amplitude of a (filtered) sine from the RMS of its middle half, away from the edges. */
const amplitude = (signal: number[]) => {
  const middle = signal.slice(signal.length / 4, (3 * signal.length) / 4);
  return Math.sqrt((2 * middle.reduce((sum, x) => sum + x * x, 0)) / middle.length);
};
const add = (...signals: number[][]) => signals[0].map((_, t) => signals.reduce((sum, s) => sum + s[t], 0));

describe("butterworthQs", () => {
  it("gives the textbook section Qs", () => {
    assert.deepEqual(
      butterworthQs(2).map((q) => q.toFixed(4)),
      ["0.7071"],
    );
    assert.deepEqual(
      butterworthQs(4).map((q) => q.toFixed(4)),
      ["1.3066", "0.5412"],
    );
  });
  it("refuses odd orders", () => assert.throws(() => butterworthQs(3), /even integer/));
});

describe("bandPass 1-30 Hz", () => {
  const band = [1, 30] as const;
  const cases = [
    { name: "keeps a 10 Hz sine", frequency: 10, min: 0.97, max: 1.01 },
    { name: "keeps a 5 Hz sine", frequency: 5, min: 0.97, max: 1.01 },
    { name: "removes 0.5 Hz drift", frequency: 0.5, min: 0, max: 0.02 },
    { name: "removes 45 Hz", frequency: 45, min: 0, max: 0.05 },
  ];
  for (const { name, frequency, min, max } of cases) {
    it(name, () => {
      const gain = amplitude(bandPass(sine(frequency, 8), RATE, band));
      assert.ok(gain >= min && gain <= max, `gain at ${frequency} Hz was ${gain.toFixed(4)}`);
    });
  }
  it("recovers a 10 Hz sine buried in drift, offset and 45 Hz", () => {
    const clean = sine(10, 8, 5);
    const noisy = add(clean, sine(0.3, 8, 40), sine(45, 8, 10)).map((x) => x + 100);
    const filtered = bandPass(noisy, RATE, band);
    // Filters ring at the ends of a signal (hence the margins around each trial); judge the middle.
    const middle = (s: number[]) => s.slice(2 * RATE, 6 * RATE);
    const worst = Math.max(...middle(filtered).map((x, t) => Math.abs(x - middle(clean)[t])));
    assert.ok(worst < 0.5, `largest error ${worst.toFixed(3)} µV on a 5 µV sine`);
  });
  it("is zero-phase: a peak does not move", () => {
    const peakAt = 300;
    const bump = Array.from({ length: 2 * RATE }, (_, t) => 10 * Math.exp(-(((t - peakAt) / 8) ** 2)));
    const filtered = bandPass(bump, RATE, band);
    assert.equal(filtered.indexOf(Math.max(...filtered)), peakAt);
  });
  it("does not change its input", () => {
    const input = sine(10, 1);
    const copy = input.slice();
    bandPass(input, RATE, band);
    assert.deepEqual(input, copy);
  });
  it("refuses a band above the Nyquist frequency", () =>
    assert.throws(() => bandPass(sine(10, 1), RATE, [1, 200]), /\(0, 128\) Hz/));
  it("refuses an inverted band", () => assert.throws(() => bandPassSections([30, 1], RATE), /low < high/));
});

describe("notch", () => {
  it("removes 50 Hz mains and keeps 10 Hz and 45 Hz", () => {
    assert.ok(amplitude(notch(sine(50, 8), RATE, 50)) < 0.01);
    assert.ok(Math.abs(amplitude(notch(sine(10, 8), RATE, 50)) - 1) < 0.01);
    assert.ok(Math.abs(amplitude(notch(sine(45, 8), RATE, 50)) - 1) < 0.03);
  });
  it("removes 60 Hz mains", () => assert.ok(amplitude(notch(sine(60, 8), RATE, 60)) < 0.01));
});

describe("filterForward", () => {
  it("passes a constant through a low-pass unchanged (steady-state start)", () => {
    const out = filterForward([3, 3, 3, 3], bandPassSections([1, 30], RATE).slice(2));
    out.forEach((x) => assert.ok(Math.abs(x - 3) < 1e-9));
  });
});

describe("one-sided bands", () => {
  it("low-pass only (0 or null low edge) keeps slow waves and removes 45 Hz", () => {
    for (const band of [
      [null, 30],
      [0, 30],
    ] as const) {
      assert.equal(bandPassSections(band, RATE).length, 2, "two low-pass sections, no high-pass");
      assert.ok(amplitude(bandPass(sine(0.5, 8), RATE, band)) > 0.97);
      assert.ok(amplitude(bandPass(sine(45, 8), RATE, band)) < 0.05);
    }
  });
  it("high-pass only keeps fast waves and removes drift", () => {
    const band = [1, null] as const;
    assert.ok(amplitude(bandPass(sine(60, 8), RATE, band)) > 0.97);
    assert.ok(amplitude(bandPass(sine(0.2, 8), RATE, band)) < 0.05);
  });
});
