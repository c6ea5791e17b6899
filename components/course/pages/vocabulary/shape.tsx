import type { ReactNode } from "react";
import type { ModelMetadata } from "@/lib/metadata";
import { indexToWordTable } from "@/lib/vocabulary";
import type { UnknownWordsReading } from "../../exercise-readings";

/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  whyTitle: string;
  why: ReactNode[];
  restTitle: string;
  rest: ReactNode;
  reservedTitle: string;
  head: string[];
  rows: (string | number)[][];
  count: ReactNode;
  note: ReactNode;
  exercise: { question: string; texts: string[]; explanation: (reading: UnknownWordsReading) => string };
};

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
