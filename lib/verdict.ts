/**
 * What the box says about a reading. Honest by construction: with no word the model
 * knows there is no verdict (the state after padding alone is not an opinion), and a
 * probability inside the model's unsure band (chosen on validation data, see
 * metadata.unsureBand) is "unsure", not a coin flip dressed as an answer.
 */
import type { UnsureBand } from "./metadata";
import type { Reading } from "./predictor";

export type VerdictKind = "empty" | "no-known-words" | "positive" | "negative" | "unsure";

export interface Verdict {
  kind: VerdictKind;
  /** Words in the text (the start marker not counted). */
  words: number;
  /** Words the model does not know (read as the out-of-vocabulary index). */
  unknownWords: number;
  /** unknownWords / words, 0 for no words. */
  unknownShare: number;
  probability: number;
}

/** Without a band in the metadata (the tutorial's model) only exactly 0.5 is unsure. */
export function verdictOf(reading: Reading, unsureBand?: Pick<UnsureBand, "low" | "high">): Verdict {
  const words = reading.tokens.filter((token) => token.word !== "<start>");
  const unknownWords = words.filter((token) => token.outOfVocabulary).length;
  const base = {
    words: words.length,
    unknownWords,
    unknownShare: words.length === 0 ? 0 : unknownWords / words.length,
    probability: reading.probability,
  };
  if (words.length === 0) return { kind: "empty", ...base };
  if (unknownWords === words.length) return { kind: "no-known-words", ...base };
  const { probability } = reading;
  const unsure = unsureBand ? probability >= unsureBand.low && probability <= unsureBand.high : probability === 0.5;
  return { kind: unsure ? "unsure" : probability > 0.5 ? "positive" : "negative", ...base };
}
