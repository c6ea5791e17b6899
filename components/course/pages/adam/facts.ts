/** What the adam page works out (from the model's metadata.json where it has one), for en.tsx, zh.tsx and index.tsx alike. */
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";

/** Updates per weight over the whole run, and the number of weights, from metadata.json. */
export function updateFacts(m: ModelMetadata) {
  const batches = Math.ceil(m.training.trainExamples / m.training.batchSize);
  return {
    batches,
    updates: batches * m.history.length,
    weights: parameterCounts(m.model).reduce((sum, layer) => sum + layer.parameters, 0),
  };
}
