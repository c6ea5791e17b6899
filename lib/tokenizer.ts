/**
 * The tokenizer: how raw review text becomes a list of words.
 *
 * One tokenizer for training (Node) and the browser. Bump TOKENIZER_VERSION whenever
 * the rules change, because a model trained with one set of rules cannot read another.
 */

/**
 * Stored in metadata.json; the browser refuses a model whose version differs.
 * 2: NFKC, HTML tags and entities, more apostrophe variants, invisible characters dropped.
 */
export const TOKENIZER_VERSION = 2;

/** Any HTML tag: IMDB's `<br />`, and what people paste (`<i>loved</i>`). */
const HTML_TAG = /<\/?[a-z][^<>]*>/gi;

/** The entities that occur in reviews, by name; numeric ones are decoded generally. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: "…",
  mdash: "—",
  ndash: "–",
};
const HTML_ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;

/**
 * Characters people type or paste for an apostrophe: ’ ‘ ʼ ` ´ ＇ ′.
 */
const APOSTROPHE_VARIANTS = /[\u2018\u2019\u02bc`\u00b4\uff07\u2032]/g;

/** Zero-width characters, the soft hyphen, the word joiner, BOM and emoji variation selectors. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed alone on purpose, to drop them
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\ufe0e\ufe0f]/g;

/**
 * A word is a run of letters or digits (any script), optionally joined by inner
 * apostrophes: `don't`, `rock'n'roll`. Everything else (punctuation, emoji, spaces)
 * separates words and is dropped.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;

function decodeEntity(match: string, body: string): string {
  if (body[0] === "#") {
    const codePoint = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : " ";
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

/** The text the word pattern runs over: the normalisation steps in order, each a new string. */
export function normalizeText(text: string): string {
  return (
    text
      .replace(HTML_TAG, " ")
      .replace(HTML_ENTITY, decodeEntity)
      .replace(INVISIBLE, "")
      // Before NFKC, which would split ´ into a space and a combining accent.
      .replace(APOSTROPHE_VARIANTS, "'")
      .normalize("NFKC")
      .toLowerCase()
  );
}

/** Punctuation that ends a clause, for negation marking (lib/negation.ts). */
const CLAUSE_END = /[.,!?;:()[\]{}"…]+|\s[-–—]+\s/u;

/**
 * Splits a review into clauses, each a list of lowercase words; the words are exactly
 * `tokenize`'s, only grouped.
 *
 * @example tokenizeClauses("Not good, but fun!") // [["not", "good"], ["but", "fun"]]
 */
export function tokenizeClauses(text: string): string[][] {
  return normalizeText(text)
    .split(CLAUSE_END)
    .map((clause) => clause.match(WORD) ?? [])
    .filter((words) => words.length > 0);
}

/**
 * Splits a review into lowercase words.
 *
 * @example tokenize("I didn't like it.<br /><br />Not at ALL!")
 *   // ["i", "didn't", "like", "it", "not", "at", "all"]
 */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}
