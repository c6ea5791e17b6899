/**
 * Negation marking (Das & Chen 2001; Pang, Lee & Vaithyanathan 2002): after "not",
 * "never", "no" or any "n't" word, every word up to the end of the clause is read as
 * `not_<word>`, so "not good" and "good" get different embeddings. A clause ends at
 * punctuation (see `tokenizeClauses`) or at "but", which starts a new thought.
 */

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nothing",
  "nobody",
  "none",
  "nor",
  "neither",
  "cannot",
  "without",
  "hardly",
]);
const CLAUSE_STARTERS = new Set(["but", "however", "although", "though", "yet"]);

export const NEGATED_PREFIX = "not_";

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/**
 * @example markNegation([["it", "was", "not", "good", "but", "fun"]])
 *   // ["it", "was", "not", "not_good", "but", "fun"]
 */
export function markNegation(clauses: readonly (readonly string[])[]): string[] {
  const words: string[] = [];
  for (const clause of clauses) {
    let negated = false;
    for (const word of clause) {
      if (CLAUSE_STARTERS.has(word)) negated = false;
      words.push(negated ? NEGATED_PREFIX + word : word);
      if (isNegator(word)) negated = true;
    }
  }
  return words;
}
