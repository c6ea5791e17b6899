import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BehaviourTrial } from "./bids-tables";
import { firstShare, timeNormalize, trajectoryTrials } from "./trajectories";

describe("timeNormalize", () => {
  it("resamples to evenly spaced times by linear interpolation, whatever the original sampling", () => {
    // x = 100 t, y = -50 t, sampled unevenly over 0..2 s
    const t = [0, 0.1, 0.5, 1.7, 2];
    const out = timeNormalize({ t, x: t.map((s) => 100 * s), y: t.map((s) => -50 * s) }, 5);
    assert.deepEqual(
      out.map(([x, y]) => [Math.round(x * 1e9) / 1e9 + 0, Math.round(y * 1e9) / 1e9 + 0]),
      [
        [0, 0],
        [50, -25],
        [100, -50],
        [150, -75],
        [200, -100],
      ],
    );
    assert.equal(timeNormalize({ t, x: t, y: t }).length, 101);
  });
  const bad = [
    { name: "one sample", trajectory: { t: [0], x: [0], y: [0] }, message: /2 or more samples, got 1/ },
    {
      name: "times going back",
      trajectory: { t: [0, 2, 1], x: [0, 1, 2], y: [0, 1, 2] },
      message: /go backwards at sample 2/,
    },
    { name: "no time", trajectory: { t: [1, 1], x: [0, 1], y: [0, 1] }, message: /share one time/ },
  ];
  for (const c of bad) it(`refuses ${c.name}`, () => assert.throws(() => timeNormalize(c.trajectory), c.message));
  it("drops samples with a missing coordinate", () => {
    assert.deepEqual(timeNormalize({ t: [0, 1, 2], x: [0, Number.NaN, 2], y: [0, 5, 2] }, 3), [
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});

describe("firstShare", () => {
  it("keeps the points up to the share of the movement time", () => {
    const points = Array.from({ length: 101 }, (_, i) => i);
    assert.equal(firstShare(points, 0.4).length, 41);
    assert.equal(firstShare(points, 1).length, 101);
    assert.throws(() => firstShare(points, 0), /share must be in \(0, 1\]/);
  });
});

describe("trajectoryTrials", () => {
  const row = (trialIndex: number, response: string, x: number[] | null): BehaviourTrial => ({
    row: trialIndex + 1,
    trialIndex,
    leftOption: "a",
    rightOption: "b",
    response: response || null,
    responseTime: 1,
    trajectory: x ? { x, y: x.map((v) => -Math.abs(v)), t: x.map((_, i) => i / 10) } : null,
    fields: { response },
  });
  it("labels by the response column, starts every movement at (0, 0), and counts what it leaves out", () => {
    const result = trajectoryTrials(
      [
        row(0, "left", [5, 0, -10]),
        row(1, "right", [5, 10, 20]),
        row(2, "", [0, 1]),
        row(3, "up", [0, 1]),
        row(4, "left", null),
      ],
      "01",
      { column: "response", mapping: { left: 0, right: 1 }, points: 3, share: 1 },
    );
    assert.deepEqual(
      result.trials.map((t) => [t.id, t.label, t.samples]),
      [
        [
          "sub-01-trial0",
          0,
          [
            [0, 0],
            [-5, 5],
            [-15, -5],
          ],
        ],
        [
          "sub-01-trial1",
          1,
          [
            [0, 0],
            [5, -5],
            [15, -15],
          ],
        ],
      ],
    );
    assert.deepEqual(result.excluded, { "no response": 1, "value not in mapping": 1, "no trajectory": 1 });
    assert.deepEqual(result.unmapped, { up: 1 });
  });
});
