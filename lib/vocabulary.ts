/**
 * The vocabulary: which integer stands for which word, with Keras's IMDB conventions.
 *
 *   0 = padding, 1 = start of review, 2 = out-of-vocabulary (OOV), 3 = unused,
 *   4, 5, 6, ... = words from the most frequent down.
 *
 * This is `imdb.load_data(index_from=3)`: a word's frequency rank (1 = most frequent)
 * plus 3. Only indices below `numWords` are kept, so `num_words=5000` keeps 4,996 words;
 * every rarer word becomes 2.
 */

export const PAD_INDEX = 0;
export const START_INDEX = 1;
export const OOV_INDEX = 2;
/** Reserved by Keras's `index_from=3` and never produced. */
export const UNUSED_INDEX = 3;
/** The most frequent word gets this index. */
export const FIRST_WORD_INDEX = 4;

/** word -> index, for every index in [FIRST_WORD_INDEX, numWords). */
export type WordIndex = Readonly<Record<string, number>>;

/**
 * Builds the vocabulary from tokenized *training* reviews only.
 * Words are ranked by count, most frequent first; ties go to the word that sorts
 * first (by code point), so the same texts always give the same vocabulary.
 */
export function buildVocabulary(tokenizedTexts: Iterable<readonly string[]>, numWords: number): WordIndex {
  if (!Number.isInteger(numWords) || numWords <= FIRST_WORD_INDEX) {
    throw new RangeError(`numWords must be an integer above ${FIRST_WORD_INDEX}, got ${numWords}`);
  }
  const counts = new Map<string, number>();
  for (const words of tokenizedTexts) {
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const ranked = [...counts.entries()]
    .sort(([wordA, countA], [wordB, countB]) => countB - countA || compareCodePoints(wordA, wordB))
    .slice(0, numWords - FIRST_WORD_INDEX);
  // A null-prototype object, so words like "constructor" are ordinary keys.
  const wordIndex: Record<string, number> = Object.create(null);
  ranked.forEach(([word], rank) => {
    wordIndex[word] = FIRST_WORD_INDEX + rank;
  });
  return wordIndex;
}

/** Code point order; plain `<` compares UTF-16 units, which puts U+E000-U+FFFF after emoji. */
function compareCodePoints(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const codePoint = a.codePointAt(i)!;
    const difference = codePoint - b.codePointAt(i)!;
    if (difference !== 0) return difference;
    if (codePoint > 0xffff) i++; // equal so far, so both strings hold the same surrogate pair here
  }
  return a.length - b.length;
}

/**
 * Turns words into indices: a leading START_INDEX, then each word's index, with
 * OOV_INDEX for words not in the vocabulary or with an index >= numWords.
 */
export function wordsToIndices(words: readonly string[], wordIndex: WordIndex, numWords: number): number[] {
  const indices = [START_INDEX];
  for (const word of words) {
    const index = Object.hasOwn(wordIndex, word) ? wordIndex[word] : OOV_INDEX;
    indices.push(index < numWords ? index : OOV_INDEX);
  }
  return indices;
}

/** index -> word, for showing what the model saw. Reserved indices get readable labels. */
export function indexToWordTable(wordIndex: WordIndex): Map<number, string> {
  const table = new Map<number, string>([
    [PAD_INDEX, "<pad>"],
    [START_INDEX, "<start>"],
    [OOV_INDEX, "<oov>"],
    [UNUSED_INDEX, "<unused>"],
  ]);
  for (const [word, index] of Object.entries(wordIndex)) table.set(index, word);
  return table;
}

/**
 * The vocabulary's words in index order, the first at FIRST_WORD_INDEX: the form reading.json
 * stores (one word a line), about half the gzipped bytes of a word -> index object. Throws
 * when the indices leave a gap, which a list cannot hold (buildVocabulary never leaves one).
 */
export function wordsInIndexOrder(wordIndex: WordIndex): readonly string[] {
  const remembered = wordListOf.get(wordIndex);
  if (remembered) return remembered;
  const words: string[] = [];
  for (const [word, index] of Object.entries(wordIndex)) {
    const position = index - FIRST_WORD_INDEX;
    if (!Number.isInteger(position) || position < 0 || words[position] !== undefined)
      throw new Error(`the vocabulary gives "${word}" index ${index}, which is reserved, repeated or not whole`);
    if (word === "" || /\s/.test(word)) throw new Error(`the vocabulary holds ${JSON.stringify(word)}, not one word`);
    words[position] = word;
  }
  for (let gap = 0; gap < words.length; gap++) {
    if (words[gap] === undefined)
      throw new Error(
        `the vocabulary has no word at index ${FIRST_WORD_INDEX + gap}: its indices must run without gaps`,
      );
  }
  return words;
}

/**
 * The word list each vocabulary built by `wordIndexOfWords` came from. Walking a 10,000-key
 * object (its keys, sorted by index) is the slowest part of opening a model in the browser;
 * a vocabulary read from reading.json answers `wordsInIndexOrder` from here instead.
 */
const wordListOf = new WeakMap<WordIndex, readonly string[]>();

/**
 * word -> index from words in index order, the first at FIRST_WORD_INDEX (the inverse of
 * wordsInIndexOrder). Throws when a word comes twice.
 */
export function wordIndexOfWords(words: readonly string[]): WordIndex {
  // A null-prototype object, so words like "constructor" are ordinary keys.
  const wordIndex: Record<string, number> = Object.create(null);
  words.forEach((word, position) => {
    if (wordIndex[word] !== undefined) throw new Error(`the vocabulary holds "${word}" twice`);
    wordIndex[word] = FIRST_WORD_INDEX + position;
  });
  wordListOf.set(wordIndex, Object.freeze([...words]));
  return wordIndex;
}

/** The words in index order when the vocabulary was built from such a list (`wordIndexOfWords`), else null. */
export function knownWordList(wordIndex: WordIndex): readonly string[] | null {
  return wordListOf.get(wordIndex) ?? null;
}
