import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  checkPreprocessing,
  notchFrequencies,
  type PreprocessingSettings,
  preprocessTrial,
  timeStepAt,
} from "./preprocessing";

const RATE = 128;
/** The demo's settings: 2 s trials from -0.7 s, analysis window -0.2 to 0.8 s. */
const DEMO: PreprocessingSettings = {
  samplingRate: RATE,
  epochStart: -0.7,
  notchHz: 50,
  band: [1, 30],
  filterOrder: 4,
  baseline: [-0.2, 0],
  window: [-0.2, 0.8],
  reference: "average",
  decimate: 2,
};
const TIMES = Array.from({ length: 2 * RATE }, (_, t) => -0.7 + t / RATE);
const wave = (frequency: number, amplitude: number) =>
  TIMES.map((time) => amplitude * Math.sin(2 * Math.PI * frequency * time));

describe("timeStepAt", () => {
  it("counts time steps from the first sample", () => {
    assert.deepEqual(
      [-0.7, -0.2, 0, 0.8].map((s) => timeStepAt(s, DEMO)),
      [0, 64, 90, 192],
    );
  });
});

describe("checkPreprocessing", () => {
  const cases: { name: string; change: Partial<PreprocessingSettings>; error: RegExp }[] = [
    {
      name: "a window past the end",
      change: { window: [-0.2, 1.5] },
      error: /window \[-0.2,1.5\] s must lie within the trials, which run from -0.7 to 1.3 s/,
    },
    {
      name: "a baseline before the start",
      change: { baseline: [-1, 0] },
      error: /baseline \[-1,0\] s must lie within/,
    },
    {
      name: "decimating without a low-pass",
      change: { band: null },
      error: /decimating by 2 needs a low-pass \(the band.s high edge\) at most 32 Hz first/,
    },
    {
      name: "decimating below the band's high edge",
      change: { decimate: 4 },
      error: /decimating by 4 needs a low-pass \(the band.s high edge\) at most 16 Hz first/,
    },
  ];
  for (const { name, change, error } of cases) {
    it(`refuses ${name}`, () => assert.throws(() => checkPreprocessing({ ...DEMO, ...change }, 2 * RATE), error));
  }
  it("accepts the demo settings", () => assert.doesNotThrow(() => checkPreprocessing(DEMO, 2 * RATE)));
});

describe("preprocessTrial", () => {
  it("crops to the window and decimates: 256 -> 128 -> 64 time steps", () => {
    const out = preprocessTrial(
      TIMES.map(() => [1, 2, 3]),
      DEMO,
    );
    assert.deepEqual([out.length, out[0].length], [64, 3]);
  });
  // Filters ring near a trial's ends; the 0.5 s margins absorb most, not all, of it.
  const asRecorded = { ...DEMO, reference: "as-recorded" as const, decimate: 1 };
  const inWindow = (signal: number[]) => signal.slice(timeStepAt(-0.2, DEMO), timeStepAt(0.8, DEMO));
  it("recovers a 10 Hz rhythm from drift and offset within 8%", () => {
    const rhythm = wave(10, 5);
    const out = preprocessTrial(
      rhythm.map((x, t) => [x + 40 + 20 * TIMES[t]]),
      asRecorded,
    ).map((row) => row[0]);
    const worst = Math.max(...out.map((x, t) => Math.abs(x - inWindow(rhythm)[t])));
    assert.ok(worst < 0.4, `largest error ${worst.toFixed(2)} µV on a 5 µV rhythm`);
  });
  it("removes 50 Hz mains: under 1/8 left near the edges, under 3% mid-window", () => {
    const out = preprocessTrial(
      wave(50, 8).map((x) => [x]),
      asRecorded,
    ).map((row) => Math.abs(row[0]));
    assert.ok(Math.max(...out) < 1, `largest residue ${Math.max(...out).toFixed(2)} µV of 8 µV mains`);
    assert.ok(
      Math.max(...out.slice(32, 96)) < 0.25,
      `largest residue mid-window ${Math.max(...out.slice(32, 96)).toFixed(2)} µV`,
    );
  });
  it("keeps an ERP peak at its latency (zero phase)", () => {
    const erp = TIMES.map((time) => 10 * Math.exp(-0.5 * ((time - 0.3) / 0.05) ** 2));
    const out = preprocessTrial(
      erp.map((x) => [x, 0]),
      { ...DEMO, reference: "as-recorded", decimate: 1 },
    ).map((row) => row[0]);
    assert.equal(out.indexOf(Math.max(...out)), timeStepAt(0.3, DEMO) - timeStepAt(-0.2, DEMO));
  });
  it("ends with channel mean zero at every time step under the average reference", () => {
    const out = preprocessTrial(
      TIMES.map((_, t) => [wave(10, 5)[t], wave(3, 7)[t] + 9, 12 * TIMES[t]]),
      DEMO,
    );
    for (const row of out) assert.ok(Math.abs(row[0] + row[1] + row[2]) < 1e-9);
  });
  it("leaves the baseline window at mean zero", () => {
    const settings = {
      ...DEMO,
      notchHz: null,
      band: null,
      decimate: 1,
      window: null,
      reference: "as-recorded" as const,
    };
    const out = preprocessTrial(
      TIMES.map((time) => [100 + time]),
      settings,
    );
    const baseline = out.slice(timeStepAt(-0.2, DEMO), timeStepAt(0, DEMO)).map((row) => row[0]);
    assert.ok(Math.abs(baseline.reduce((s, x) => s + x, 0)) < 1e-9);
  });
  it("does not change its input", () => {
    const input = TIMES.map((time) => [time, 1]);
    const copy = input.map((row) => row.slice());
    preprocessTrial(input, DEMO);
    assert.deepEqual(input, copy);
  });
});

describe("notch harmonics and resampling", () => {
  it("lists the mains frequency's multiples below Nyquist when asked", () => {
    assert.deepEqual(
      notchFrequencies({ notchHz: 50, notchHarmonics: true, samplingRate: 1000 }),
      [50, 100, 150, 200, 250, 300, 350, 400, 450],
    );
    assert.deepEqual(notchFrequencies({ notchHz: 50, samplingRate: 1000 }), [50]);
    assert.deepEqual(notchFrequencies({ notchHz: null, notchHarmonics: true, samplingRate: 1000 }), []);
  });
  it("resamples 1000 Hz trials to 256 Hz and crops the window in the new rate's samples", () => {
    // -1..2 s at 1000 Hz, a 10 Hz wave plus 150 Hz hum (a mains harmonic)
    const samples = Array.from({ length: 3000 }, (_, t) => {
      const s = -1 + t / 1000;
      return [Math.sin(2 * Math.PI * 10 * s) + Math.sin(2 * Math.PI * 150 * s)];
    });
    const out = preprocessTrial(samples, {
      samplingRate: 1000,
      epochStart: -1,
      notchHz: 50,
      notchHarmonics: true,
      resampleHz: 256,
      band: [1, 30],
      filterOrder: 4,
      baseline: null,
      window: [-0.2, 0.8],
      reference: "as-recorded",
      decimate: 1,
    });
    assert.equal(out.length, 256);
    // the 256 Hz grid starts at -1 s, so the window starts at its sample 205 (-0.19922 s), not at -0.2 s exactly;
    // the 10 Hz wave survives, the 150 Hz hum does not
    const at = (k: number) => -1 + (205 + k) / 256;
    const error = Math.max(...out.map(([y], k) => Math.abs(y - Math.sin(2 * Math.PI * 10 * at(k)))));
    assert.ok(error < 0.03, `largest error ${error}`); // the hum alone would leave 1.0
  });
  it("refuses to resample up or to a fractional rate", () => {
    const settings = {
      samplingRate: 128,
      epochStart: 0,
      notchHz: null,
      band: null,
      filterOrder: 4,
      baseline: null,
      window: null,
      reference: "as-recorded" as const,
      decimate: 1,
    };
    assert.throws(() => checkPreprocessing({ ...settings, resampleHz: 256 }, 128), /at most the recording's 128 Hz/);
    assert.throws(() => checkPreprocessing({ ...settings, resampleHz: 100.5 }, 128), /whole rate/);
  });
});
