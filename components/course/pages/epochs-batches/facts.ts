/** What the epochs-batches page works out (from the model's metadata.json where it has one), for en.tsx, zh.tsx and index.tsx alike. */
import { formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { trainCommand } from "@/lib/training-command";

/** What the box model's recorded validation curve says, computed from its metadata.json history. */
export interface ValidationFacts {
  /** Validation and training loss per epoch, 3 decimals. */
  valLosses: string[];
  trainLosses: string[];
  /** The epoch with the lowest validation loss, the epochs run, and the epoch the model kept. */
  best: number;
  ran: number;
  kept: number;
  /** After the best epoch: the training loss kept falling while the validation loss stayed above its best. */
  overfitAfterBest: boolean;
  heldOut: number;
  /** The validation sets averaged into the validation loss, when there are several ("validation", "short validation", ...). */
  sets: string[];
  /**
   * The held-out reviews' own loss (3 decimals) and accuracy per epoch, when the validation loss
   * is a mean over several sets; null when the held-out reviews are the only validation set.
   */
  heldOutReviews: { losses: string[]; accuracies: number[] } | null;
  command: string;
  batches: number;
}

export function validationFacts(d: ModelMetadata | null): ValidationFacts | null {
  const history = d?.history.filter((h) => h.valLoss !== undefined) ?? [];
  if (!d || history.length === 0) return null;
  const best = history.reduce((a, b) => (b.valLoss! < a.valLoss! ? b : a));
  const after = d.history.filter((h) => h.epoch >= best.epoch);
  return {
    valLosses: history.map((h) => h.valLoss!.toFixed(3)),
    trainLosses: d.history.map((h) => h.loss.toFixed(3)),
    best: best.epoch,
    ran: d.history.length,
    kept: d.training.epochs,
    overfitAfterBest:
      after.length > 1 && after.every((h, k) => k === 0 || (h.loss < after[k - 1].loss && h.valLoss! > best.valLoss!)),
    heldOut: d.training.validationSplit,
    sets: history[0].validationSets?.map((set) => set.name) ?? [],
    heldOutReviews: heldOutReviews(history),
    command: trainCommand(d),
    batches: Math.ceil(d.training.trainExamples / d.training.batchSize),
  };
}

/** The "validation" set's own figures from each epoch's validationSets, when it is one of several. */
function heldOutReviews(history: ModelMetadata["history"]): ValidationFacts["heldOutReviews"] {
  const own = history.map(
    (h) => (h.validationSets?.length ?? 0) > 1 && h.validationSets?.find((s) => s.name === "validation"),
  );
  if (!own.every((set) => set)) return null;
  const sets = own.filter((set) => set !== false && set !== undefined);
  return { losses: sets.map((set) => set.loss.toFixed(3)), accuracies: sets.map((set) => set.accuracy) };
}

export function runFacts(m: ModelMetadata) {
  const last = m.history.at(-1);
  return {
    batches: Math.ceil(m.training.trainExamples / m.training.batchSize),
    trainAccuracy: last ? formatPercent(last.accuracy) : "—",
    testAccuracy: m.evaluation ? formatPercent(m.evaluation.accuracy) : null,
    validated: m.history.some((h) => h.valAccuracy !== undefined),
  };
}
