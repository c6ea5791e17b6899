import type { ReactNode } from "react";
import { formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";

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

export const facts = (m: ModelMetadata, language: Language) => ({
  train: formatInteger(m.training.trainExamples, language),
  test: m.evaluation ? formatInteger(m.evaluation.examples, language) : "—",
  trainAccuracy: formatPercent(m.history.at(-1)?.accuracy ?? NaN),
  testAccuracy: m.evaluation ? formatPercent(m.evaluation.accuracy) : "—",
});
