import assert from "node:assert/strict";
import { it } from "node:test";
import { parseBand, parseRange, sourceOptions } from "./flags";

it("reads bands: both edges, low-pass only, high-pass only, none", () => {
  assert.deepEqual(parseBand("1,30"), [1, 30]);
  assert.deepEqual(parseBand("0,30"), [null, 30]);
  assert.deepEqual(parseBand(",30"), [null, 30]);
  assert.deepEqual(parseBand("0.1,"), [0.1, null]);
  assert.deepEqual(parseBand("0.1,none"), [0.1, null]);
  assert.equal(parseBand("none"), null);
  assert.throws(() => parseBand("30,1"), /low edge must be below the high edge/);
  assert.throws(() => parseBand("1-30"), /LOW,HIGH/);
});

it("reads time ranges", () => {
  assert.deepEqual(parseRange("window", "-0.2,0.8"), [-0.2, 0.8]);
  assert.equal(parseRange("window", "none"), null);
  assert.throws(() => parseRange("window", "1,0"), /from a smaller to a larger time/);
});

it("needs --window with --events", () => {
  const flags = { events: "T1=0,T2=1", eventsColumn: "trial_type", subjectPattern: "^(S\\d+)", margin: 1 };
  assert.throws(() => sourceOptions(flags, "auto", () => {}), /with --events, give --window FROM,TO/);
  assert.deepEqual(sourceOptions(flags, [0, 3], () => {}).epochs, {
    mapping: { T1: 0, T2: 1 },
    window: [0, 3],
    margin: 1,
  });
});
