import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { syntheticEeg } from "./synthetic-eeg";
import { validateTrialFile } from "./trials";

describe("syntheticEeg", () => {
  const file = syntheticEeg({ subjects: 3, trialsPerSubject: 40, seed: 4 });

  it("writes a valid trial file of the requested size", () => {
    assert.equal(validateTrialFile(file), file);
    assert.equal(file.trials.length, 120);
    assert.deepEqual([...new Set(file.trials.map((t) => t.subject))], ["s01", "s02", "s03"]);
    assert.deepEqual([file.trials[0].samples.length, file.trials[0].samples[0].length], [256, 5]);
    assert.equal(file.epochStart, -0.7);
  });
  it("balances the labels within each subject", () => {
    for (const subject of ["s01", "s02", "s03"]) {
      assert.equal(file.trials.filter((t) => t.subject === subject && t.label === 1).length, 20);
    }
  });
  it("injects blinks in about 15% of trials, largest at Fp1", () => {
    const blinks = file.trials.filter((t) => t.artifacts?.includes("blink"));
    assert.ok(blinks.length >= 8 && blinks.length <= 30, `${blinks.length} blinks`);
    const swing = (c: number) => (samples: number[][]) =>
      Math.max(...samples.map((row) => row[c])) - Math.min(...samples.map((row) => row[c]));
    for (const trial of blinks) assert.ok(swing(0)(trial.samples) > swing(4)(trial.samples));
  });
  it("is the same for the same seed and differs for another", () => {
    const again = syntheticEeg({ subjects: 3, trialsPerSubject: 40, seed: 4 });
    assert.deepEqual(again.trials[7], file.trials[7]);
    assert.notDeepEqual(
      syntheticEeg({ subjects: 3, trialsPerSubject: 40, seed: 5 }).trials[7].samples,
      file.trials[7].samples,
    );
  });
  it("makes label-1 trials more positive at Pz around 350 ms, on average", () => {
    const clean = syntheticEeg({ subjects: 4, trialsPerSubject: 40, seed: 2, blinkRate: 0, muscleRate: 0 }).trials;
    // Pz at 0.25-0.45 s minus Pz at -0.2-0 s; time step t is at -0.7 + t / 128 s.
    const effect = (samples: number[][]) =>
      mean(samples.slice(122, 147).map((r) => r[3])) - mean(samples.slice(64, 90).map((r) => r[3]));
    const byLabel = (label: number) => mean(clean.filter((t) => t.label === label).map((t) => effect(t.samples)));
    assert.ok(
      byLabel(1) - byLabel(0) > 8,
      `label 1: ${byLabel(1).toFixed(1)} µV, label 0: ${byLabel(0).toFixed(1)} µV`,
    );
  });
});

function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
