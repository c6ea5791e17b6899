import type { ReactNode } from "react";
import type { ValidationFacts } from "./facts";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  termsTitle: string;
  terms: ReactNode[];
  whyTitle: string;
  why: ReactNode;
  checkTitle: string;
  check: (v: ValidationFacts) => ReactNode;
  checkCaption: (v: ValidationFacts) => ReactNode;
  noBoxModel: ReactNode;
  curvesTitle: string;
  curves: ReactNode;
  gap: ReactNode | null;
  validation: ReactNode;
  buckets: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};
