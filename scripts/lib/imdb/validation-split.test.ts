import assert from "node:assert/strict";
import { test } from "node:test";
import { splitValidation, VALIDATION_FRACTION } from "./validation-split";

/** 30 positive and 10 negative reviews, ids 0..39. */
const reviews = Array.from({ length: 40 }, (_, id) => ({ id, label: (id % 4 === 0 ? 0 : 1) as 0 | 1 }));

const cases: { name: string; fraction: number; validationPositive: number; validationNegative: number }[] = [
  { name: "10%", fraction: 0.1, validationPositive: 3, validationNegative: 1 },
  { name: "25%", fraction: 0.25, validationPositive: 8, validationNegative: 3 }, // 7.5 and 2.5 round up
  { name: "none", fraction: 0, validationPositive: 0, validationNegative: 0 },
];
for (const { name, fraction, validationPositive, validationNegative } of cases) {
  test(`splitValidation ${name}: balanced by label, disjoint, complete, input order kept`, () => {
    const { train, validation } = splitValidation(reviews, fraction, 5);
    assert.equal(validation.filter((r) => r.label === 1).length, validationPositive);
    assert.equal(validation.filter((r) => r.label === 0).length, validationNegative);
    assert.equal(train.length + validation.length, reviews.length);
    const ids = [...train, ...validation].map((r) => r.id).sort((a, b) => a - b);
    assert.deepEqual(
      ids,
      reviews.map((r) => r.id),
    );
    for (const part of [train, validation])
      assert.deepEqual(
        part.map((r) => r.id),
        part.map((r) => r.id).sort((a, b) => a - b),
      );
  });
}

test("splitValidation: the same seed gives the same split; another seed another one", () => {
  const ids = (seed: number) => splitValidation(reviews, 0.25, seed).validation.map((r) => r.id);
  assert.deepEqual(ids(5), ids(5));
  assert.notDeepEqual(ids(5), ids(6));
  assert.deepEqual(splitValidation(reviews).validation, splitValidation(reviews, VALIDATION_FRACTION).validation);
});

test("splitValidation: does not change its input and refuses a fraction outside [0, 1)", () => {
  const copy = reviews.slice();
  splitValidation(reviews, 0.5, 1);
  assert.deepEqual(reviews, copy);
  assert.throws(() => splitValidation(reviews, 1), /\[0, 1\)/);
  assert.throws(() => splitValidation(reviews, -0.1), /\[0, 1\)/);
});
