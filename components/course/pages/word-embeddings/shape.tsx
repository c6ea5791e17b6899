import type { ReactNode } from "react";
/** The word-embeddings page's shared parts: data both languages quote, and the Copy each language fills. */
import { formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";

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

/** The embedding's parameters and their share of the whole model's. */
export function embeddingSize(m: ModelMetadata) {
  const layers = parameterCounts(m.model);
  const total = layers.reduce((sum, layer) => sum + layer.parameters, 0);
  return { ...layers[0], share: formatPercent(layers[0].parameters / total, 0) };
}
