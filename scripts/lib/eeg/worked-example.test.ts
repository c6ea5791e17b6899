import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readEdf } from "./edf";
import { type PreprocessingSettings, preprocessTrial } from "./preprocessing";
import { runSteps, workedExample } from "./worked-example";

const slice = readEdf(readFileSync(new URL("./fixtures/S001R04-slice.edf", import.meta.url)), "S001R04-slice.edf");
/** The recorded real run's chain (public/eeg-real), with a notch added so every step runs. */
const SETTINGS: PreprocessingSettings = {
  samplingRate: 160,
  epochStart: -0.5,
  notchHz: 60,
  band: [1, 16],
  filterOrder: 4,
  baseline: [-0.2, 0],
  window: [0.5, 2.5],
  reference: "average",
  decimate: 4,
};

describe("workedExample on the EEGMMIDB slice (C3, Cz, C4; T0 at 0 s, T2 at 4.2 s, T0 at 8.3 s)", () => {
  const example = workedExample(slice, "S001R04-slice.edf", { T1: 0, T2: 1 }, SETTINGS, 300);

  it("reads the markers and makes one label per chosen marker: T2 -> 1", () => {
    assert.deepEqual(example.markerCounts, { T0: 2, T2: 1 });
    assert.deepEqual(example.markers, ["T2"]);
    assert.deepEqual(example.y, [1]);
    assert.deepEqual(
      example.firstEvents.map((e) => e.marker),
      ["T0", "T2", "T0"],
    );
  });

  it("names each step with the shape after it: 4 s epochs at 160 Hz, cropped to 2 s, decimated by 4", () => {
    assert.deepEqual(
      example.steps.map((s) => [s.step, s.shape]),
      [
        ["epoch", [1, 640, 3]],
        ["notch", [1, 640, 3]],
        ["band-pass", [1, 640, 3]],
        ["baseline", [1, 640, 3]],
        ["crop", [1, 320, 3]],
        ["reference", [1, 320, 3]],
        ["decimate", [1, 80, 3]],
        ["reject", [1, 80, 3]],
      ],
    );
  });

  it("measures what the filtering steps removed, and nothing for the steps that only cut", () => {
    for (const step of example.steps) {
      const cuts = ["epoch", "crop", "decimate", "reject"].includes(step.step);
      assert.equal(step.removedRmsUv === null, cuts, step.step);
      if (!cuts) assert.ok(step.removedRmsUv! > 0, step.step);
    }
  });
});

describe("runSteps", () => {
  // The T2 trial: from 0.5 s before its onset (4.2 s) for 4 s.
  const first = Math.round(3.7 * 160);
  const trial = Array.from({ length: 640 }, (_, t) => slice.signals.map((signal) => signal[first + t]));

  it("gives exactly what preprocessTrial gives, step by step", () => {
    const { preprocessed } = runSteps([trial], SETTINGS, Number.POSITIVE_INFINITY);
    assert.deepEqual(preprocessed, [preprocessTrial(trial, SETTINGS)]);
  });

  it("drops the named channels right after cutting", () => {
    const example = workedExample(slice, "S001R04-slice.edf", { T2: 1 }, SETTINGS, 300, ["Cz"]);
    assert.deepEqual(
      example.steps.slice(0, 2).map((s) => [s.step, s.shape]),
      [
        ["epoch", [1, 640, 3]],
        ["drop-channels", [1, 640, 2]],
      ],
    );
  });

  it("rejects a trial whose peak-to-peak exceeds the limit", () => {
    assert.deepEqual(runSteps([trial], SETTINGS, 0.001).kept, [false]);
    assert.deepEqual(runSteps([trial], SETTINGS, 10_000).kept, [true]);
  });
});
