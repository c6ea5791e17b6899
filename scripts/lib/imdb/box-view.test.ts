import assert from "node:assert/strict";
import { test } from "node:test";
import type { VerdictKind } from "../../../lib/verdict";
import { boxViewOf } from "./box-view";

const kinds = (list: VerdictKind[]) => list.map((kind) => ({ kind }));

test("boxViewOf: shares of all inputs, accuracy of the verdicts given", () => {
  // 8 texts: 2 unsure, 1 with no known word, 1 empty, 4 verdicts of which 3 are right.
  const verdicts = kinds([
    "positive",
    "positive",
    "negative",
    "negative",
    "unsure",
    "unsure",
    "no-known-words",
    "empty",
  ]);
  const labels: (0 | 1)[] = [1, 0, 0, 0, 1, 0, 1, 0];
  assert.deepEqual(boxViewOf(verdicts, labels), { unsure: 0.25, accuracyOutside: 0.75, noVerdict: 0.25 });
});

test("boxViewOf: no verdict given at all leaves the accuracy null", () => {
  assert.deepEqual(boxViewOf(kinds(["unsure", "no-known-words"]), [1, 0]), {
    unsure: 0.5,
    accuracyOutside: null,
    noVerdict: 0.5,
  });
});

test("boxViewOf: mismatched or empty input is refused", () => {
  assert.throws(() => boxViewOf(kinds(["positive"]), [1, 0]), RangeError);
  assert.throws(() => boxViewOf([], []), RangeError);
});
