/**
 * The tokenizer: how raw review text becomes a list of words.
 *
 * One tokenizer for training (Node) and the browser. Bump TOKENIZER_VERSION whenever
 * the rules change, because a model trained with one set of rules cannot read another.
 */

/** Stored in metadata.json; the browser refuses a model whose version differs. */
export const TOKENIZER_VERSION = 1;

/** IMDB reviews contain HTML line breaks such as `<br />` and `<br/>`. */
const HTML_LINE_BREAK = /<br\s*\/?>/gi;

/** Typographic apostrophes people paste from word processors and phones. */
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/**
 * A word is a run of letters or digits (any script), optionally joined by inner
 * apostrophes: `don't`, `rock'n'roll`. Everything else (punctuation, emoji, spaces)
 * separates words and is dropped.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Splits a review into lowercase words.
 *
 * @example tokenize("I didn't like it.<br /><br />Not at ALL!")
 *   // ["i", "didn't", "like", "it", "not", "at", "all"]
 */
export function tokenize(text: string): string[] {
  const normalized = text
    .normalize("NFC")
    .toLowerCase()
    .replace(HTML_LINE_BREAK, " ")
    .replace(CURLY_APOSTROPHE, "'");
  return normalized.match(WORD) ?? [];
}
