import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  formulaTitle: string;
  formula: ReactNode;
  oneTerm: ReactNode;
  exampleTitle: string;
  head: string[];
  meanings: string[];
  whyLog: ReactNode;
  accuracy: ReactNode;
  modelTitle: string;
  model: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};
