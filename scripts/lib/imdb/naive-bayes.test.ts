import assert from "node:assert/strict";
import { test } from "node:test";
import { features, trainNaiveBayes } from "./naive-bayes";

test("features: distinct unigrams and bigrams from the project's tokenizer", () => {
  assert.deepEqual([...features("Not <b>good</b>, not GOOD!")].sort(), ["good", "good not", "not", "not good"]);
  assert.deepEqual([...features("")], []);
});

/*
 * Hand computation for the corpus below, alpha = 1:
 *   positive reviews: {good, movie, "good movie"}, {good, fun, "good fun"}: n(good) = 2, others 1, total 6
 *   negative review:  {bad, movie, "bad movie"}: each 1, total 3
 *   |V| = 7, so P(f | pos) = (n + 1) / 13 and P(f | neg) = (n + 1) / 10; prior odds 2 : 1.
 */
const corpus = [
  { text: "good movie", label: 1 as const },
  { text: "Good fun", label: 1 as const },
  { text: "bad movie", label: 0 as const },
];
const expected: { text: string; odds: number; why: string }[] = [
  { text: "good", odds: (2 * (3 / 13)) / (1 / 10), why: "2 · (3/13)/(1/10) = 60/13" },
  { text: "good good good", odds: (2 * (3 / 13)) / (1 / 10), why: "binarized: counted once; 'good good' unseen" },
  {
    text: "bad movie",
    odds: 2 * (1 / 13 / (2 / 10)) * (2 / 13 / (2 / 10)) * (1 / 13 / (2 / 10)),
    why: "bad, movie, 'bad movie'",
  },
  { text: "", odds: 2, why: "the prior alone" },
  { text: "zzz qqq", odds: 2, why: "unseen features are ignored" },
];
for (const { text, odds, why } of expected) {
  test(`trainNaiveBayes: P(positive | "${text}") = odds/(1+odds), ${why}`, () => {
    const model = trainNaiveBayes(corpus);
    assert.equal(model.vocabularySize, 7);
    assert.ok(
      Math.abs(model.probability(text) - odds / (1 + odds)) < 1e-12,
      `${model.probability(text)} vs ${odds / (1 + odds)}`,
    );
  });
}

test("trainNaiveBayes: alpha changes the smoothing", () => {
  // alpha = 2: P(good | pos) = 4 / (6 + 14), P(good | neg) = 2 / (3 + 14).
  const odds = (2 * (4 / 20)) / (2 / 17);
  assert.ok(Math.abs(trainNaiveBayes(corpus, 2).probability("good") - odds / (1 + odds)) < 1e-12);
});

test("trainNaiveBayes: refuses a corpus with one label", () => {
  assert.throws(() => trainNaiveBayes([{ text: "good", label: 1 }]), /both labels/);
});
