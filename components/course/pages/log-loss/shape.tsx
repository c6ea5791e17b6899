import type { ReactNode } from "react";
import { binaryMetrics } from "@/lib/metrics";

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

/** Worked examples, computed by the same function the evaluation uses. */
export const EXAMPLES = (
  [
    [1, 0.9],
    [0, 0.9],
    [1, 0.5],
    [1, 0.01],
  ] as const
).map(([y, p]) => ({ y, p, loss: binaryMetrics([y], [p]).logLoss.toFixed(3) }));
