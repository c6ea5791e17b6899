import assert from "node:assert/strict";
import { test } from "node:test";
import { markNegation } from "./negation";
import { tokenize, tokenizeClauses } from "./tokenizer";

const cases: { text: string; words: string[] }[] = [
  { text: "The movie was not good.", words: ["the", "movie", "was", "not", "not_good"] },
  { text: "Not bad at all!", words: ["not", "not_bad", "not_at", "not_all"] },
  {
    text: "I didn't like it, but the music is great",
    words: ["i", "didn't", "not_like", "not_it", "but", "the", "music", "is", "great"],
  },
  { text: "not great but fun", words: ["not", "not_great", "but", "fun"] },
  { text: "Never again. Loved the cast", words: ["never", "not_again", "loved", "the", "cast"] },
  { text: "It isn’t boring – it is wonderful", words: ["it", "isn't", "not_boring", "it", "is", "wonderful"] },
  { text: "good movie", words: ["good", "movie"] },
  { text: "", words: [] },
];
for (const { text, words } of cases) {
  test(`markNegation: ${JSON.stringify(text)}`, () => {
    assert.deepEqual(markNegation(tokenizeClauses(text)), words);
  });
}

test("tokenizeClauses holds exactly tokenize's words", () => {
  for (const text of ["A, b. C! d? (e) f; g: h - i", "<br />x&amp;y", "don't stop..."]) {
    assert.deepEqual(tokenizeClauses(text).flat(), tokenize(text));
  }
});
