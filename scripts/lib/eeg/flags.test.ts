import assert from "node:assert/strict";
import { it } from "node:test";
import { labelRule, parseBand, parseRange, sourceOptions } from "./flags";

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

it("turns the labelling flags into one rule, and refuses two or a missing part", () => {
  const cases: { flags: Parameters<typeof labelRule>[0]; rule?: unknown; error?: RegExp }[] = [
    { flags: {}, rule: null },
    { flags: { events: "T1=0,T2=1" }, rule: { flag: "--events", mapping: { T1: 0, T2: 1 } } },
    {
      flags: { stimulus: "square", labelField: "position", labels: "1=0,2=1" },
      rule: {
        flag: "--label-field",
        mapping: { 1: 0, 2: 1 },
        rule: { kind: "field", stimuli: ["square"], field: "position", mapping: { 1: 0, 2: 1 } },
      },
    },
    {
      flags: { stimulus: "0400", labelResponse: "0500=0,0501=1", responseWithin: 4 },
      rule: {
        flag: "--label-response",
        mapping: { "0500": 0, "0501": 1 },
        rule: { kind: "response", stimuli: ["0400"], responses: { "0500": 0, "0501": 1 }, withinSeconds: 4 },
      },
    },
    {
      flags: { stimulus: "0400", labelColumn: "response", labels: "left=0,right=1", align: "trial-index" },
      rule: {
        flag: "--label-column",
        mapping: { left: 0, right: 1 },
        rule: {
          kind: "behaviour",
          stimuli: ["0400"],
          column: "response",
          mapping: { left: 0, right: 1 },
          align: "trial-index",
          trialCodes: { from: 0, to: 319 },
        },
      },
    },
    { flags: { events: "T1=0,T2=1", labelColumn: "response" }, error: /give one of --events, --label-column/ },
    { flags: { labelColumn: "response", labels: "left=0,right=1" }, error: /--label-column needs --stimulus/ },
    { flags: { stimulus: "0400", labelColumn: "response" }, error: /--label-column needs --labels/ },
    { flags: { stimulus: "0400" }, error: /--stimulus needs a label/ },
    { flags: { stimulus: "0400", events: "T1=0,T2=1" }, error: /--stimulus goes with/ },
    {
      flags: { stimulus: "0400", labelField: "position", labels: "1=0,1=1" },
      error: /--label-field: --labels names marker "1" twice/,
    },
  ];
  for (const c of cases) {
    if (c.error) assert.throws(() => labelRule(c.flags), c.error);
    else assert.deepEqual(labelRule(c.flags), c.rule);
  }
});
