/** What the vocabulary page works out (from the model's metadata.json where it has one), for en.tsx, zh.tsx and index.tsx alike. */
import type { ModelMetadata } from "@/lib/metadata";
import { indexToWordTable } from "@/lib/vocabulary";

/** Which word holds index i in this model's vocabulary. */
export function vocabularyFacts(m: ModelMetadata) {
  const words = indexToWordTable(m.vocabulary);
  const { numWords } = m.model;
  const { padIndex, startIndex, oovIndex, firstWordIndex } = m.preprocessing;
  // Indices between OOV and the first word are reserved and never produced (Keras: index 3).
  const unused = Array.from({ length: Math.max(0, firstWordIndex - oovIndex - 1) }, (_, i) => oovIndex + 1 + i);
  return {
    words,
    numWords,
    padIndex,
    startIndex,
    oovIndex,
    firstWordIndex,
    unused,
    reserved: firstWordIndex,
    realWords: numWords - firstWordIndex,
    last: numWords - 1,
  };
}
