/**
 * How often a phrase appears in positive and in negative reviews: what the review
 * labels can teach a model about it. If "not bad" appears in more negative reviews
 * than positive ones, a model trained on these labels learns to read it as negative,
 * whatever the phrase means on its own. Phrases are matched as whole tokenizer words.
 */
import type { PhraseCount } from "../../../lib/metadata";
import { tokenize } from "../../../lib/tokenizer";

export type { PhraseCount };

/** Phrases about negation, the behaviour suite's hardest capabilities. */
export const NEGATION_PHRASES = [
  "not bad",
  "not bad at all",
  "wasn't bad",
  "not terrible",
  "not awful",
  "not boring",
  "never boring",
  "not good",
  "not great",
  "wasn't great",
  "didn't like",
  "didn't enjoy",
];

/**
 * @example countPhrases([{ text: "Not bad at all.", label: 1 }], ["not bad"])
 *   // [{ phrase: "not bad", negative: 0, positive: 1, positiveShare: 1 }]
 */
export function countPhrases(
  reviews: readonly { text: string; label: 0 | 1 }[],
  phrases: readonly string[],
): PhraseCount[] {
  // " w1 w2 … " strings, so a phrase matches whole words only.
  const needles = phrases.map((phrase) => {
    const words = tokenize(phrase);
    if (words.length === 0) throw new Error(`the phrase "${phrase}" has no words the tokenizer keeps`);
    return ` ${words.join(" ")} `;
  });
  const counts = phrases.map(() => [0, 0]);
  for (const { text, label } of reviews) {
    const haystack = ` ${tokenize(text).join(" ")} `;
    needles.forEach((needle, i) => {
      if (haystack.includes(needle)) counts[i][label]++;
    });
  }
  return phrases.map((phrase, i) => {
    const [negative, positive] = counts[i];
    return {
      phrase,
      negative,
      positive,
      positiveShare: negative + positive > 0 ? positive / (negative + positive) : null,
    };
  });
}
