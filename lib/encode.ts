/**
 * From review text to the exact integer sequence the model reads.
 * tokenize (and mark negation, if the model was trained so) -> word indices (with the
 * start and out-of-vocabulary markers) -> truncate -> pad. Training, the browser and
 * every page call these, with settings from reading.json.
 */
import type { ModelMetadata } from "./metadata";
import { markNegation } from "./negation";
import { padSequence, truncateSequence } from "./padding";
import { TOKENIZER_VERSION, tokenize, tokenizeClauses } from "./tokenizer";
import { FIRST_WORD_INDEX, OOV_INDEX, PAD_INDEX, START_INDEX, wordsToIndices } from "./vocabulary";

export type EncodingSettings = Pick<ModelMetadata, "model" | "preprocessing" | "vocabulary">;

/**
 * The preprocessing this code applies, as training records it in reading.json: this
 * tokenizer, Keras's reserved indices (index_from=3), padding and truncating at the front,
 * and negation marking when the recipe asks for it.
 */
export function currentPreprocessing(options: { markNegation?: boolean } = {}): ModelMetadata["preprocessing"] {
  return {
    tokenizerVersion: TOKENIZER_VERSION,
    padding: "pre",
    truncating: "pre",
    padIndex: PAD_INDEX,
    startIndex: START_INDEX,
    oovIndex: OOV_INDEX,
    firstWordIndex: FIRST_WORD_INDEX,
    ...(options.markNegation ? { markNegation: true } : {}),
  };
}

/** The words as the model's vocabulary knows them: with `not_` marks when the model uses them. */
export function wordsOf(text: string, settings: EncodingSettings): string[] {
  return settings.preprocessing.markNegation ? markNegation(tokenizeClauses(text)) : tokenize(text);
}

/** Word indices before truncation and padding: `[START, w1, w2, ...]`, any length. */
export function textToIndices(text: string, settings: EncodingSettings): number[] {
  return wordsToIndices(wordsOf(text, settings), settings.vocabulary, settings.model.numWords);
}

/** One token the model reads, with the word it stands for ("<start>" for index 1). */
export interface Token {
  word: string;
  index: number;
}

export interface TokensRead {
  /** The tokens kept after truncation, in reading order; at most maxLen. */
  tokens: Token[];
  /** Tokens cut because the review is longer than maxLen. */
  truncatedCount: number;
  /** Padding tokens added to reach maxLen. */
  paddingCount: number;
}

/** What the model reads of a text, word by word, before padding. */
export function readTokens(text: string, settings: EncodingSettings): TokensRead {
  const { maxLen } = settings.model;
  const { truncating } = settings.preprocessing;
  const words = ["<start>", ...wordsOf(text, settings)];
  const indices = [
    START_INDEX,
    ...wordsToIndices(words.slice(1), settings.vocabulary, settings.model.numWords).slice(1),
  ];
  const kept = truncateSequence(indices, maxLen, truncating);
  const truncatedCount = indices.length - kept.length;
  const keptWords = truncating === "pre" ? words.slice(truncatedCount) : words.slice(0, kept.length);
  return {
    tokens: kept.map((index, i) => ({ word: keptWords[i], index })),
    truncatedCount,
    paddingCount: maxLen - kept.length,
  };
}

/** The model's input for one review: exactly `maxLen` int32 indices, `[maxLen]`. */
export function modelInput(text: string, settings: EncodingSettings): number[] {
  const { maxLen } = settings.model;
  const { padding, truncating, padIndex } = settings.preprocessing;
  return padSequence(textToIndices(text, settings), { maxLen, padding, truncating, value: padIndex });
}
