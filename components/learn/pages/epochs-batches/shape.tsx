import type { ReactNode } from "react";
/** The epochs-batches page's shared parts: data both languages quote, and the Copy each language fills. */
import { formatPercent } from "@/lib/format";
import type { EpochRecord, ModelMetadata } from "@/lib/metadata";

/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  termsTitle: string;
  terms: ReactNode[];
  whyTitle: string;
  why: ReactNode;
  checkTitle: string;
  check: ReactNode;
  checkCaption: ReactNode;
  curvesTitle: string;
  curves: ReactNode;
  gap: ReactNode | null;
  validation: ReactNode;
  buckets: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};

/**
 * The previous round's validation check (tokenizer 1): 10% of the training reviews held
 * out, 4 epochs, test reviews not read. The command is VALIDATION_COMMAND below.
 */
export const VALIDATION_RUN: EpochRecord[] = [
  { epoch: 1, loss: 0.4905, accuracy: 0.7593, valLoss: 0.5945, valAccuracy: 0.8152, seconds: 1008 },
  { epoch: 2, loss: 0.3352, accuracy: 0.8633, valLoss: 0.4374, valAccuracy: 0.8036, seconds: 888 },
  { epoch: 3, loss: 0.2693, accuracy: 0.8948, valLoss: 0.3629, valAccuracy: 0.862, seconds: 852 },
  { epoch: 4, loss: 0.2303, accuracy: 0.9112, valLoss: 0.3344, valAccuracy: 0.8676, seconds: 888 },
];

/** Made with the previous round's code (tokenizer 1, flags since replaced by recipes), hence the checkout. */
export const VALIDATION_COMMAND =
  "git checkout 242c6c9 && npm run train -- --data ../shared/data/aclImdb_v1-labeled.tar.gz --epochs 4 --validation-split 0.1 --skip-evaluation";

export function runFacts(m: ModelMetadata) {
  const last = m.history.at(-1);
  return {
    batches: Math.ceil(m.training.trainExamples / m.training.batchSize),
    trainAccuracy: last ? formatPercent(last.accuracy) : "—",
    testAccuracy: m.evaluation ? formatPercent(m.evaluation.accuracy) : null,
    validated: m.history.some((h) => h.valAccuracy !== undefined),
  };
}
