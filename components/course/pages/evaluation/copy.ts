import type { ReactNode } from "react";
import type { Evaluation } from "@/lib/metadata";
import type { OrderReading } from "../../order-example";
import type { MistakeKey } from "./facts";
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
  truth: (label: 0 | 1) => string;
  said: string;
  reasonsTitle: string;
  /** What each shown mistake suggests, keyed as MISTAKE_KEYS. */
  notes: Record<MistakeKey, ReactNode>;
  /** Causes shared by shown mistakes; `refs` names them ("1, 2"). Shown only when all its mistakes are. */
  reasons: { keys: MistakeKey[]; text: (refs: string) => ReactNode }[];
  order: (tutorial: OrderReading) => ReactNode;
  behaviourTitle: string;
  behaviour: ReactNode;
  behaviourHead: string[];
  thresholdTitle: string;
  threshold: ReactNode;
  occlusionTitle: string;
  occlusion: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};
