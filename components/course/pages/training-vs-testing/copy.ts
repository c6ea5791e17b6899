import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  trainingTitle: string;
  training: ReactNode;
  testingTitle: string;
  testing: ReactNode;
  whyTitle: string;
  why: ReactNode;
  table: { head: string[]; rows: string[][] };
  codeTitle: string;
  vocabulary: ReactNode;
  box: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};
