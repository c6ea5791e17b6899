import assert from "node:assert/strict";
import { test } from "node:test";
import { countPhrases } from "./phrase-counts";

const reviews = [
  { text: "Not bad at all. I liked it.", label: 1 as const },
  { text: "The acting was not bad, but the plot was awful. Not bad? Not good!", label: 0 as const },
  { text: "It was NOT BAD.", label: 0 as const },
  { text: "Nothing bad here, a notable film.", label: 1 as const },
];

test("counts reviews (not occurrences) containing each phrase, by label, as whole words", () => {
  const [notBad, atAll, notable] = countPhrases(reviews, ["not bad", "not bad at all", "not able"]);
  assert.deepEqual(notBad, { phrase: "not bad", negative: 2, positive: 1, positiveShare: 1 / 3 });
  assert.deepEqual(atAll, { phrase: "not bad at all", negative: 0, positive: 1, positiveShare: 1 });
  // "notable" is one word: "not able" does not match inside it.
  assert.equal(notable.negative + notable.positive, 0);
  assert.equal(notable.positiveShare, null, "no share of nothing");
});

test("phrases are read with the project's tokenizer: case, punctuation and apostrophe variants", () => {
  const [count] = countPhrases([{ text: "It wasn’t bad.", label: 1 }], ["WASN'T bad!"]);
  assert.equal(count.positive, 1);
});

test("a phrase with no words is an error", () => {
  assert.throws(() => countPhrases(reviews, ["..."]), /has no words/);
});
