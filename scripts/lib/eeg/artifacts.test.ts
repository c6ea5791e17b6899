import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeRejections, peakToPeak, rejectArtifacts } from "./artifacts";
import { type PreprocessingSettings, preprocessTrial } from "./preprocessing";
import { syntheticEeg } from "./synthetic-eeg";

describe("peakToPeak", () => {
  it("is max minus min per channel", () => {
    assert.deepEqual(
      peakToPeak([
        [0, 5],
        [-40, 5],
        [60, 6],
      ]),
      [100, 1],
    );
  });
});

describe("rejectArtifacts", () => {
  const trials = [
    {
      id: "calm",
      subject: "A",
      samples: [
        [0, 1],
        [10, -1],
      ],
    },
    {
      id: "blink",
      subject: "A",
      samples: [
        [0, 0],
        [150, 20],
      ],
    },
    {
      id: "edge",
      subject: "B",
      samples: [
        [0, 0],
        [-30, 50],
      ],
    },
  ];
  it("drops trials with a channel above the threshold and says which channel and how much", () => {
    const report = rejectArtifacts(trials, ["Fp1", "Oz"], 100);
    assert.deepEqual(
      report.kept.map((t) => t.id),
      ["calm", "edge"],
    );
    assert.deepEqual(report.rejected, [{ trialId: "blink", subject: "A", channel: "Fp1", peakToPeak: 150 }]);
  });
  it("keeps a trial exactly at the threshold", () => {
    assert.equal(
      rejectArtifacts(trials, ["Fp1", "Oz"], 50)
        .kept.map((t) => t.id)
        .join(),
      "calm,edge",
    );
  });
  it("summarises the report", () => {
    assert.equal(
      describeRejections(rejectArtifacts(trials, ["Fp1", "Oz"], 40)),
      "2 of 3 trials rejected (peak-to-peak > 40 µV): worst channel Fp1 1, Oz 1",
    );
    assert.equal(
      describeRejections(rejectArtifacts(trials, ["Fp1", "Oz"], 1000)),
      "0 of 3 trials rejected (peak-to-peak > 1000 µV)",
    );
  });
});

describe("rejection on synthetic EEG", () => {
  const settings: PreprocessingSettings = {
    samplingRate: 128,
    epochStart: -0.7,
    notchHz: 50,
    band: [1, 30],
    filterOrder: 4,
    baseline: [-0.2, 0],
    window: [-0.2, 0.8],
    reference: "average",
    decimate: 2,
  };
  const file = syntheticEeg({ subjects: 4, trialsPerSubject: 40, seed: 11 });
  const prepared = file.trials.map((trial) => ({ ...trial, samples: preprocessTrial(trial.samples, settings) }));
  const report = rejectArtifacts(prepared, file.channels, 100);
  const rejected = new Set(report.rejected.map((r) => r.trialId));
  const blinks = file.trials.filter((trial) => trial.artifacts?.includes("blink"));

  it("catches every injected blink", () => {
    assert.ok(blinks.length >= 10, `only ${blinks.length} blinks generated`);
    assert.deepEqual(
      blinks.filter((trial) => !rejected.has(trial.id)).map((trial) => trial.id),
      [],
    );
  });
  it("keeps every trial without an artefact", () => {
    const clean = file.trials.filter((trial) => !trial.artifacts);
    assert.deepEqual(
      clean.filter((trial) => rejected.has(trial.id)).map((trial) => trial.id),
      [],
    );
  });
  it("blames a frontal channel for blinks", () => {
    for (const r of report.rejected.filter((r) => blinks.some((b) => b.id === r.trialId)))
      assert.ok(["Fp1", "Fz"].includes(r.channel), `${r.trialId}: ${r.channel}`);
  });
});
