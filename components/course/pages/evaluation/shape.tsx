import type { ReactNode } from "react";
import type { Evaluation } from "@/lib/metadata";
import type { OrderReading } from "../../order-example";
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

/**
 * The tutorial model's stored mistakes that the page explains, by the start of their
 * excerpt (metadata.json evaluation.mistakes). A mistake not listed is shown without a note.
 */
export const MISTAKE_KEYS = {
  boringSuccess: "E. Elias Merhige's existentialist experiment",
  robocop: "This movie is an evolutionary piece",
  notAsBad: "this movie is not as bad as some say",
  strangeFruit: "I went to see this 3 nights ago here in Cork",
  risingDamp: "This film derives from a Long Running ITV sitcom",
  disappointed: "I must say I was disappointed with this film",
} as const;
export type MistakeKey = keyof typeof MISTAKE_KEYS;

/** The key of a stored mistake, or null when the page has no note for it. */
export function mistakeKey(excerpt: string): MistakeKey | null {
  const found = Object.entries(MISTAKE_KEYS).find(([, start]) => excerpt.startsWith(start));
  return found ? (found[0] as MistakeKey) : null;
}
