import assert from "node:assert/strict";
import { test } from "node:test";
import { type PadSide, padSequence, padSequences, truncateSequence } from "./padding";

// maxLen 3 throughout; one row per padding × truncating × input length.
const cases: { padding: PadSide; truncating: PadSide; input: number[]; expected: number[] }[] = [
  { padding: "pre", truncating: "pre", input: [5, 6], expected: [0, 5, 6] },
  { padding: "pre", truncating: "pre", input: [5, 6, 7], expected: [5, 6, 7] },
  { padding: "pre", truncating: "pre", input: [5, 6, 7, 8, 9], expected: [7, 8, 9] },
  { padding: "pre", truncating: "pre", input: [], expected: [0, 0, 0] },
  { padding: "pre", truncating: "post", input: [5, 6], expected: [0, 5, 6] },
  { padding: "pre", truncating: "post", input: [5, 6, 7], expected: [5, 6, 7] },
  { padding: "pre", truncating: "post", input: [5, 6, 7, 8, 9], expected: [5, 6, 7] },
  { padding: "pre", truncating: "post", input: [], expected: [0, 0, 0] },
  { padding: "post", truncating: "pre", input: [5, 6], expected: [5, 6, 0] },
  { padding: "post", truncating: "pre", input: [5, 6, 7], expected: [5, 6, 7] },
  { padding: "post", truncating: "pre", input: [5, 6, 7, 8, 9], expected: [7, 8, 9] },
  { padding: "post", truncating: "pre", input: [], expected: [0, 0, 0] },
  { padding: "post", truncating: "post", input: [5, 6], expected: [5, 6, 0] },
  { padding: "post", truncating: "post", input: [5, 6, 7], expected: [5, 6, 7] },
  { padding: "post", truncating: "post", input: [5, 6, 7, 8, 9], expected: [5, 6, 7] },
  { padding: "post", truncating: "post", input: [], expected: [0, 0, 0] },
];

for (const { padding, truncating, input, expected } of cases) {
  test(`padSequence padding=${padding} truncating=${truncating} [${input}] -> [${expected}]`, () => {
    const frozen = Object.freeze(input.slice());
    assert.deepEqual(padSequence(frozen, { maxLen: 3, padding, truncating }), expected);
    assert.deepEqual(frozen, input);
  });
}

test("padSequence defaults to Keras's pre padding and pre truncating with 0", () => {
  assert.deepEqual(padSequence([5], { maxLen: 3 }), [0, 0, 5]);
  assert.deepEqual(padSequence([5, 6, 7, 8], { maxLen: 3 }), [6, 7, 8]);
});

test("padSequence with a custom value", () => {
  assert.deepEqual(padSequence([5], { maxLen: 3, value: -1 }), [-1, -1, 5]);
  assert.deepEqual(padSequence([5], { maxLen: 3, value: 9, padding: "post" }), [5, 9, 9]);
});

test("padSequence returns a new array even when nothing changes", () => {
  const input = [5, 6, 7];
  const output = padSequence(input, { maxLen: 3 });
  assert.notEqual(output, input);
  output[0] = 99;
  assert.deepEqual(input, [5, 6, 7]);
});

test("padSequence with maxLen 0 gives empty rows", () => {
  assert.deepEqual(padSequence([5, 6], { maxLen: 0 }), []);
  assert.deepEqual(padSequence([5, 6], { maxLen: 0, truncating: "post" }), []);
  assert.deepEqual(padSequence([], { maxLen: 0 }), []);
});

for (const maxLen of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
  test(`padSequence rejects maxLen ${maxLen}`, () => {
    assert.throws(() => padSequence([5], { maxLen }), {
      name: "RangeError",
      message: /maxLen must be a non-negative integer/,
    });
  });
}

test("padSequences pads every row to maxLen and never mutates the batch", () => {
  const batch = Object.freeze([Object.freeze([1, 5]), Object.freeze([1, 5, 6, 7, 8]), Object.freeze([])]);
  assert.deepEqual(padSequences(batch, { maxLen: 4 }), [
    [0, 0, 1, 5],
    [5, 6, 7, 8],
    [0, 0, 0, 0],
  ]);
  assert.deepEqual(padSequences(batch, { maxLen: 4, padding: "post", truncating: "post" }), [
    [1, 5, 0, 0],
    [1, 5, 6, 7],
    [0, 0, 0, 0],
  ]);
  assert.deepEqual(batch, [[1, 5], [1, 5, 6, 7, 8], []]);
});

test("padSequences of no sequences is empty", () => {
  assert.deepEqual(padSequences([], { maxLen: 4 }), []);
});

test("padSequences rejects an invalid maxLen even for an empty batch", () => {
  assert.throws(() => padSequences([], { maxLen: -1 }), RangeError);
});

const truncations: { truncating: PadSide; maxLen: number; expected: number[] }[] = [
  { truncating: "pre", maxLen: 2, expected: [7, 8] },
  { truncating: "post", maxLen: 2, expected: [5, 6] },
  { truncating: "pre", maxLen: 4, expected: [5, 6, 7, 8] },
  { truncating: "post", maxLen: 9, expected: [5, 6, 7, 8] },
  { truncating: "pre", maxLen: 0, expected: [] },
  { truncating: "post", maxLen: 0, expected: [] },
];

for (const { truncating, maxLen, expected } of truncations) {
  test(`truncateSequence truncating=${truncating} maxLen=${maxLen} -> [${expected}]`, () => {
    const input = Object.freeze([5, 6, 7, 8]);
    assert.deepEqual(truncateSequence(input, maxLen, truncating), expected);
    assert.deepEqual(input, [5, 6, 7, 8]);
  });
}

test("truncateSequence rejects a negative maxLen", () => {
  assert.throws(() => truncateSequence([5, 6, 7], -1), RangeError);
});
