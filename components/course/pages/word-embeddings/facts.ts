/** What the word-embeddings page works out (from the model's metadata.json where it has one), for en.tsx, zh.tsx and index.tsx alike. */
import { formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";

/** The embedding's parameters and their share of the whole model's. */
export function embeddingSize(m: ModelMetadata) {
  const layers = parameterCounts(m.model);
  const total = layers.reduce((sum, layer) => sum + layer.parameters, 0);
  return { ...layers[0], share: formatPercent(layers[0].parameters / total, 0) };
}
