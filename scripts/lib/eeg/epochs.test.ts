import assert from "node:assert/strict";
import { it } from "node:test";
import type { Recording } from "./edf";
import { cutEpochs, epochLength } from "./epochs";

const recording: Recording = {
  format: "EDF+C",
  channels: ["A", "B"],
  units: ["uV", "uV"],
  samplingRate: 10,
  signals: [Float32Array.from({ length: 100 }, (_, i) => i), Float32Array.from({ length: 100 }, (_, i) => -i)],
  events: [
    { onset: 0.1, duration: 0, description: "T1" }, // too early for a 0.5 s margin
    { onset: 2, duration: 0, description: "T1" },
    { onset: 3, duration: 0, description: "T0" },
    { onset: 5, duration: 0, description: "T2" },
    { onset: 9.5, duration: 0, description: "T2" }, // runs past the end
  ],
};

it("cuts window plus margins around each mapped event, labelled, time-major", () => {
  const epochs = cutEpochs(
    recording,
    { subject: "S1", session: null, stem: "S1R1" },
    { mapping: { T1: 0, T2: 1 }, window: [0, 1], margin: 0.5 },
  );
  assert.equal(epochs.epochStart, -0.5);
  assert.equal(epochLength({ window: [0, 1], margin: 0.5 }, 10), 20);
  assert.deepEqual(
    epochs.trials.map((t) => [t.id, t.subject, t.label]),
    [
      ["S1R1-T1@2s", "S1", 0],
      ["S1R1-T2@5s", "S1", 1],
    ],
  );
  // 2 s - 0.5 s = sample 15; samples[t] = [A, B].
  assert.deepEqual(epochs.trials[0].samples[0], [15, -15]);
  assert.equal(epochs.trials[0].samples.length, 20);
  assert.deepEqual(epochs.trials[1].samples[19], [64, -64]);
  assert.deepEqual(epochs.skipped, [
    { marker: "T1", onset: 0.1 },
    { marker: "T2", onset: 9.5 },
  ]);
});

it("skips events whose epoch spans a boundary (a pause or cut in the recording)", () => {
  const withBoundary: Recording = {
    ...recording,
    events: [...recording.events, { onset: 5.65, duration: 0, description: "boundary" }],
  };
  const epochs = cutEpochs(
    withBoundary,
    { subject: "S1", session: null, stem: "S1R1" },
    { mapping: { T1: 0, T2: 1 }, window: [0, 1], margin: 0.5 },
  );
  assert.deepEqual(
    epochs.trials.map((t) => t.id),
    ["S1R1-T1@2s"],
  );
  assert.deepEqual(epochs.acrossBoundary, [{ marker: "T2", onset: 5 }]);
});
