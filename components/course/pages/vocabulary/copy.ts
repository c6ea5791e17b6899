import type { ReactNode } from "react";
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
