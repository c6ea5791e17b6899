import type { ReactNode } from "react";
import type { Evaluation } from "@/lib/metadata";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  why: ReactNode;
  resultsTitle: string;
  results: (e: Evaluation) => ReactNode;
  terms: ReactNode[];
  missing: ReactNode;
  errsTitle: string;
  errs: ReactNode;
  noExamples: ReactNode;
  opening: string;
  truth: (label: 0 | 1) => string;
  said: string;
  reasonsTitle: string;
  reasons: ReactNode[];
  reasonsSource: ReactNode;
  behaviourTitle: string;
  behaviour: ReactNode;
  behaviourHead: string[];
  thresholdTitle: string;
  threshold: ReactNode;
  occlusionTitle: string;
  occlusion: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};
