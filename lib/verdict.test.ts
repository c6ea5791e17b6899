import assert from "node:assert/strict";
import { test } from "node:test";
import type { Reading } from "./predictor";
import { verdictOf } from "./verdict";

function reading(words: [string, boolean][], probability: number): Reading {
  const tokens = [["<start>", false] as [string, boolean], ...words].map(([word, outOfVocabulary], i) => ({
    word,
    index: outOfVocabulary ? 2 : 4 + i,
    outOfVocabulary,
    opinionSoFar: probability,
  }));
  return { tokens, truncatedCount: 0, paddingCount: 10, logit: Math.log(probability / (1 - probability)), probability };
}

const band = { low: 0.4, high: 0.6 };
const cases: {
  name: string;
  words: [string, boolean][];
  probability: number;
  band?: typeof band;
  kind: string;
  unknownShare: number;
}[] = [
  { name: "no words at all", words: [], probability: 0.33, band, kind: "empty", unknownShare: 0 },
  {
    name: "only unknown words (emoji are no words; Spanish is)",
    words: [
      ["excelente", true],
      ["película", true],
    ],
    probability: 0.33,
    band,
    kind: "no-known-words",
    unknownShare: 1,
  },
  {
    name: "positive above the band",
    words: [["great", false]],
    probability: 0.8,
    band,
    kind: "positive",
    unknownShare: 0,
  },
  {
    name: "negative below the band",
    words: [
      ["awful", false],
      ["zyzzyva", true],
    ],
    probability: 0.1,
    band,
    kind: "negative",
    unknownShare: 0.5,
  },
  {
    name: "inside the band is unsure",
    words: [["movie", false]],
    probability: 0.55,
    band,
    kind: "unsure",
    unknownShare: 0,
  },
  {
    name: "the band's edges are unsure",
    words: [["movie", false]],
    probability: 0.4,
    band,
    kind: "unsure",
    unknownShare: 0,
  },
  {
    name: "without a band 0.55 is positive",
    words: [["movie", false]],
    probability: 0.55,
    kind: "positive",
    unknownShare: 0,
  },
];
for (const { name, words, probability, band: b, kind, unknownShare } of cases) {
  test(`verdictOf: ${name}`, () => {
    const verdict = verdictOf(reading(words, probability), b);
    assert.equal(verdict.kind, kind);
    assert.equal(verdict.unknownShare, unknownShare);
    assert.equal(verdict.words, words.length);
  });
}
