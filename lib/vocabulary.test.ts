import assert from "node:assert/strict";
import { test } from "node:test";
import {
  buildVocabulary,
  FIRST_WORD_INDEX,
  indexToWordTable,
  OOV_INDEX,
  PAD_INDEX,
  START_INDEX,
  UNUSED_INDEX,
  wordsToIndices,
} from "./vocabulary";

test("reserved indices follow Keras's index_from=3: 0 pad, 1 start, 2 OOV, 3 unused, words from 4", () => {
  assert.deepEqual([PAD_INDEX, START_INDEX, OOV_INDEX, UNUSED_INDEX, FIRST_WORD_INDEX], [0, 1, 2, 3, 4]);
});

test("buildVocabulary: indices from 4 by descending frequency", () => {
  const texts = [
    ["b", "a", "c", "a"],
    ["c", "a"],
    ["c", "d", "a"],
  ];
  // counts: a 4, c 3, b 1, d 1
  assert.deepEqual({ ...buildVocabulary(texts, 100) }, { a: 4, c: 5, b: 6, d: 7 });
});

test("buildVocabulary: ties go to the word that sorts first by code point", () => {
  const texts = [["zebra", "Zebra", "apple", "éclair", "b", "é"]];
  assert.deepEqual({ ...buildVocabulary(texts, 100) }, { Zebra: 4, apple: 5, b: 6, zebra: 7, é: 8, éclair: 9 });
});

test("buildVocabulary: code point order, not UTF-16 order, for characters beyond U+FFFF", () => {
  // U+FF41 (fullwidth a) < U+1D41A (mathematical bold a), although its UTF-16 unit 0xFF41
  // is above the surrogate 0xD835 that starts U+1D41A.
  const texts = [["\u{1D41A}", "\uFF41"]];
  assert.deepEqual({ ...buildVocabulary(texts, 100) }, { "\uFF41": 4, "\u{1D41A}": 5 });
});

test("buildVocabulary: the order of the texts does not matter", () => {
  const texts = [["x", "y", "y"], ["z", "x"], ["w"]];
  assert.deepEqual({ ...buildVocabulary(texts, 100) }, { ...buildVocabulary(texts.slice().reverse(), 100) });
});

test("buildVocabulary: keeps only indices below numWords", () => {
  const texts = [["a", "a", "a", "b", "b", "c"]];
  assert.deepEqual({ ...buildVocabulary(texts, 6) }, { a: 4, b: 5 });
  assert.deepEqual({ ...buildVocabulary(texts, 5) }, { a: 4 });
});

test("buildVocabulary: words such as constructor and __proto__ are ordinary words", () => {
  const vocabulary = buildVocabulary([["constructor", "__proto__", "__proto__", "tostring"]], 100);
  assert.deepEqual(Object.entries(vocabulary), [
    ["__proto__", 4],
    ["constructor", 5],
    ["tostring", 6],
  ]);
  assert.deepEqual(
    wordsToIndices(["constructor", "__proto__", "hasownproperty", "valueOf"], vocabulary, 100),
    [1, 5, 4, 2, 2],
  );
});

for (const numWords of [0, 4, -1, 4.5, Number.NaN]) {
  test(`buildVocabulary: numWords ${numWords} is rejected`, () => {
    assert.throws(() => buildVocabulary([["a"]], numWords), {
      name: "RangeError",
      message: /numWords must be an integer above 4/,
    });
  });
}

test("wordsToIndices: starts with 1, unknown words become 2", () => {
  const vocabulary = { the: 4, movie: 5, great: 6 };
  assert.deepEqual(wordsToIndices(["the", "great", "unseen", "movie"], vocabulary, 10), [1, 4, 6, 2, 5]);
});

test("wordsToIndices: an index >= numWords becomes 2", () => {
  const vocabulary = { the: 4, movie: 5, great: 6 };
  assert.deepEqual(wordsToIndices(["the", "great", "movie"], vocabulary, 6), [1, 4, 2, 5]);
});

test("wordsToIndices: no words gives only the start index", () => {
  assert.deepEqual(wordsToIndices([], { a: 4 }, 10), [1]);
});

test("wordsToIndices: does not change its input", () => {
  const words = Object.freeze(["a", "b"]);
  assert.deepEqual(wordsToIndices(words, { a: 4 }, 10), [1, 4, 2]);
  assert.deepEqual(words, ["a", "b"]);
});

test("indexToWordTable: reserved labels and every word", () => {
  const table = indexToWordTable(buildVocabulary([["good", "good", "bad"]], 10));
  assert.deepEqual(
    [...table.entries()].sort(([a], [b]) => a - b),
    [
      [0, "<pad>"],
      [1, "<start>"],
      [2, "<oov>"],
      [3, "<unused>"],
      [4, "good"],
      [5, "bad"],
    ],
  );
});
