import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { EVALUATION_SCHEMES, parseComparisonReport } from "./comparison";

const committed = (evaluation: string) =>
  JSON.parse(readFileSync(`public/eeg-comparison/${evaluation}.json`, "utf8")) as Record<string, unknown>;

test("the committed comparison reports fit the schema, every field kept", () => {
  for (const evaluation of EVALUATION_SCHEMES) {
    const raw = committed(evaluation);
    const parsed = parseComparisonReport(raw, evaluation) as unknown as Record<string, unknown>;
    assert.equal(parsed.evaluation, evaluation);
    for (const key of Object.keys(raw)) assert.deepEqual(parsed[key], raw[key], key);
  }
});

const REFUSED: { name: string; change: (report: Record<string, unknown>) => void; message: RegExp }[] = [
  { name: "another kind of file", change: (r) => (r.kind = "sequence"), message: /kind: / },
  {
    name: "another schema version",
    change: (r) => (r.schemaVersion = 2),
    message: /schema version 2, this code reads version 1/,
  },
  {
    name: "a model no table lists",
    change: (r) => ((r.models as Record<string, unknown>).svm = {}),
    message: /models\.svm/,
  },
  {
    name: "a score without its accuracy",
    change: (r) => delete (r.models as Record<string, Record<string, unknown>>)["csp-lda"].accuracy,
    message: /models\.csp-lda\.accuracy/,
  },
  {
    name: "an evaluation this code does not run",
    change: (r) => (r.evaluation = "leave-one-out"),
    message: /evaluation: /,
  },
];
for (const { name, change, message } of REFUSED) {
  test(`parseComparisonReport refuses ${name}, naming the file`, () => {
    const report = committed("within-subject");
    change(report);
    assert.throws(
      () => parseComparisonReport(report, "w.json"),
      new RegExp(`^Error: w\\.json is not a sequence-comparison report[\\s\\S]*${message.source}`),
    );
  });
}
