import type { ReactNode } from "react";
/** The word-embeddings page's shared parts: data both languages quote, and the Copy each language fills. */

/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  whyTitle: string;
  why: ReactNode;
  domainTitle: string;
  domain: ReactNode;
  tableTitle: string;
  table: ReactNode;
  keras3: ReactNode;
  shapes: ReactNode;
  learned: ReactNode;
  cosine: ReactNode;
  caveat: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};
