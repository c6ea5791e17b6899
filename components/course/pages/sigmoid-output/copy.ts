import type { ReactNode } from "react";
import type { RepetitionReading } from "../../exercise-readings";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  neuronTitle: string;
  neuron: ReactNode;
  reading: ReactNode;
  whyOneTitle: string;
  whyOne: ReactNode;
  anyTitle: string;
  any: ReactNode;
  codeTitle: string;
  threshold: ReactNode;
  exercise: { question: string; texts: string[]; explanation: (reading: RepetitionReading) => string };
};
