/** What the training-vs-testing page works out (from the model's metadata.json where it has one), for en.tsx, zh.tsx and index.tsx alike. */
import { formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";

/** The training and test counts and accuracies the page quotes, formatted for `language`. */
export const facts = (m: ModelMetadata, language: Language) => ({
  train: formatInteger(m.training.trainExamples, language),
  test: m.evaluation ? formatInteger(m.evaluation.examples, language) : "—",
  trainAccuracy: formatPercent(m.history.at(-1)?.accuracy ?? NaN),
  testAccuracy: m.evaluation ? formatPercent(m.evaluation.accuracy) : "—",
});
