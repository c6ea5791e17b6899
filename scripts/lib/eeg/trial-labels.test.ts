import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  AlignmentError,
  type BehaviourRow,
  describeExclusions,
  type FieldEvent,
  type LabelRule,
  labelStimuli,
  parseBehaviourTsv,
} from "./trial-labels";

/** "0000@0 0400@1 0500@2" -> events (code@onset seconds). */
const events = (text: string, fields: Record<number, Record<string, unknown>> = {}): FieldEvent[] =>
  text.split(" ").map((part, i) => {
    const [description, onset] = part.split("@");
    return { description, onset: Number(onset), duration: 0, ...(fields[i] ? { fields: fields[i] } : {}) };
  });

const summary = (result: ReturnType<typeof labelStimuli>) => ({
  labels: result.stimuli.map((s) => `${s.event.description}@${s.event.onset}=${s.label}`),
  excluded: result.excluded,
  unmapped: result.unmapped,
});

const response: LabelRule = {
  kind: "response",
  stimuli: ["0400"],
  responses: { "0500": 0, "0501": 1 },
  withinSeconds: 4,
};
const trialCodes = { from: 0, to: 319 };
const behaviour = (align: "order" | "trial-index"): LabelRule => ({
  kind: "behaviour",
  stimuli: ["0400"],
  column: "response",
  mapping: { left: 0, right: 1 },
  align,
  trialCodes,
});
const rows = (...cells: [number, string][]): BehaviourRow[] =>
  cells.map(([trialIndex, value]) => ({ trialIndex: String(trialIndex), response: value }));

describe("labelStimuli", () => {
  const cases: {
    name: string;
    events: FieldEvent[];
    rule: LabelRule;
    rows?: BehaviourRow[];
    labels: string[];
    excluded?: Record<string, number>;
    unmapped?: Record<string, number>;
  }[] = [
    {
      name: "by code: the event's own code; other codes listed with counts",
      events: events("T0@0 T1@1 T2@2 T0@3 T1@4"),
      rule: { kind: "code", mapping: { T1: 0, T2: 1 } },
      labels: ["T1@1=0", "T2@2=1", "T1@4=0"],
      unmapped: { T0: 2 },
    },
    {
      name: "by a field of the event: position 1 -> 0, 2 -> 1; rt events are not stimuli",
      events: events("square@1 rt@1.4 square@3 square@5 square@7", {
        0: { position: 1 },
        2: { position: 2 },
        3: { position: [2] },
        4: { position: 3 },
      }),
      rule: { kind: "field", stimuli: ["square"], field: "position", mapping: { "1": 0, "2": 1 } },
      labels: ["square@1=0", "square@3=1", "square@5=1"],
      excluded: { "value not in mapping": 1 },
      unmapped: { "3": 1 },
    },
    {
      name: "by the response that follows: first listed response, before the next stimulus, within the limit",
      events: events("0000@0 0400@1 0501@2 0001@10 0400@11 0500@12 0501@12.5 0002@20 0400@21 0003@30 0400@31 0500@40"),
      rule: response,
      labels: ["0400@1=1", "0400@11=0"],
      excluded: { "no response": 1, "too late": 1 },
      unmapped: { "0000": 1, "0001": 1, "0002": 1, "0003": 1 },
    },
    {
      name: "a response with no stimulus before it: the stimulus's trigger was lost, and it is counted",
      events: events("0000@0 0400@1 0500@2 0001@5 0501@6 0002@9 0400@10 0501@11"),
      rule: response,
      labels: ["0400@1=0", "0400@10=1"],
      excluded: { "trigger lost": 1 },
      unmapped: { "0000": 1, "0001": 1, "0002": 1 },
    },
    {
      name: "a response after the next stimulus belongs to that stimulus",
      events: events("0400@0 0400@1 0500@2"),
      rule: response,
      labels: ["0400@1=0"],
      excluded: { "no response": 1 },
    },
    {
      name: "by the behaviour table in order; a no-response row and an unknown value are counted",
      events: events("0000@0 0400@1 0001@5 0400@6 0002@9 0400@10 0003@12 0400@13"),
      rule: behaviour("order"),
      rows: rows([0, "left"], [1, "right"], [2, "n/a"], [3, "middle"]),
      labels: ["0400@1=0", "0400@6=1"],
      excluded: { "no response": 1, "value not in mapping": 1 },
      unmapped: { middle: 1 },
    },
    {
      name: "by the behaviour table by trialIndex: a lost trigger is counted, later trials keep their labels",
      events: events("0000@0 0400@1 0001@5 0002@9 0400@10 0003@12 0400@13"),
      rule: behaviour("trial-index"),
      rows: rows([0, "left"], [1, "right"], [2, "right"], [3, "left"]),
      labels: ["0400@1=0", "0400@10=1", "0400@13=0"],
      excluded: { "trigger lost": 1 },
    },
    {
      name: "by trialIndex: a stimulus without a row is counted",
      events: events("0000@0 0400@1 0001@5 0400@6"),
      rule: behaviour("trial-index"),
      rows: rows([0, "right"]),
      labels: ["0400@1=1"],
      excluded: { "no behaviour row": 1 },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(summary(labelStimuli(c.events, c.rule, c.rows)), {
        labels: c.labels,
        excluded: c.excluded ?? {},
        unmapped: c.unmapped ?? {},
      });
    });
  }

  const misaligned: { name: string; events: FieldEvent[]; rows: BehaviourRow[]; message: RegExp }[] = [
    {
      name: "a lost trigger: fewer stimuli than rows, both counts and the first mismatch",
      events: events("0000@0 0400@1 0001@5 0002@9 0400@10"),
      rows: rows([0, "left"], [1, "right"], [2, "left"]),
      message:
        /2 stimulus events \(0400\) but 3 behaviour rows; first mismatch: stimulus 2 \(at 10 s\) follows trial code 2, behaviour row 2 has trialIndex 1.*--align trial-index/,
    },
    {
      name: "more rows than stimuli without trial codes: the first row without a stimulus",
      events: events("0400@1 0400@10"),
      rows: rows([0, "left"], [1, "right"], [2, "left"]),
      message: /2 stimulus events \(0400\) but 3 behaviour rows; the first row without a stimulus is row 3/,
    },
    {
      name: "equal counts but different trial numbers",
      events: events("0000@0 0400@1 0002@9 0400@10"),
      rows: rows([0, "left"], [1, "right"]),
      message: /2 stimulus events \(0400\) but 2 behaviour rows; first mismatch: stimulus 2/,
    },
  ];
  for (const c of misaligned) {
    it(`stops when rows and stimuli do not line up: ${c.name}`, () => {
      assert.throws(
        () => labelStimuli(c.events, behaviour("order"), c.rows, "sub-01"),
        (error: Error) => error instanceof AlignmentError && c.message.test(error.message),
      );
    });
  }

  it("names the behaviour table's columns when the label column is missing", () => {
    assert.throws(
      () => labelStimuli(events("0400@1"), behaviour("order"), [{ trialIndex: "0", choice: "left" }]),
      /no column "response" \(columns: trialIndex, choice\)/,
    );
  });
});

describe("parseBehaviourTsv", () => {
  it("reads rows as text by column, and refuses ragged rows", () => {
    assert.deepEqual(parseBehaviourTsv("trialIndex\tresponse\n0\tleft\n1\tright\n", "b.tsv"), [
      { trialIndex: "0", response: "left" },
      { trialIndex: "1", response: "right" },
    ]);
    assert.throws(() => parseBehaviourTsv("a\tb\n1\n", "b.tsv"), /b.tsv line 2: 1 cells, the header has 2/);
  });
});

describe("describeExclusions", () => {
  it("lists reasons in a fixed order, or none", () => {
    assert.equal(describeExclusions({ "too late": 1, "no response": 2 }), "no response 2, too late 1");
    assert.equal(describeExclusions({}), "none");
  });
});
