/**
 * The recipe ablation's steps as data (`npm run ablate`): each step changes one thing in
 * the recipe of the step it builds on (`base`). The training side derives every step's
 * recipe from this table (scripts/lib/imdb/recipes.ts), card.json stores each row's change
 * in this form, and each language words it (lib/i18n/ablation.ts): no English sentence
 * is stored, and no page re-keys one by step number.
 */
import * as v from "valibot";

const positive = v.pipe(v.number(), v.integer(), v.minValue(1));

export const AblationChangeSchema = v.variant("kind", [
  /** Step 1: the Keras tutorial's recipe, with a validation split so it can be compared. */
  v.strictObject({
    kind: v.literal("tutorialRecipe"),
    numWords: positive,
    embeddingDim: positive,
    lstmUnits: positive,
    epochs: positive,
  }),
  /** Short spans cut from each training review, with its label. */
  v.strictObject({ kind: v.literal("shortSpans"), perReview: positive }),
  v.strictObject({ kind: v.literal("negationMarking"), on: v.boolean() }),
  v.strictObject({
    kind: v.literal("modelSize"),
    numWords: positive,
    embeddingDim: positive,
    lstmUnits: positive,
    eightBitWeights: v.boolean(),
  }),
  v.strictObject({ kind: v.literal("earlyStopping"), epochs: positive, patience: positive }),
  v.strictObject({ kind: v.literal("maxEpochs"), epochs: positive }),
  /** Keras's mask_zero: padding leaves the LSTM's state unchanged. */
  v.strictObject({ kind: v.literal("masking") }),
  v.strictObject({ kind: v.literal("dropout"), rate: v.pipe(v.number(), v.gtValue(0), v.ltValue(1)) }),
  /** Copies of each labelled treebank phrase (early stopping then on all three validation sets). */
  v.strictObject({ kind: v.literal("treebankPhrases"), copies: positive }),
  /** Copies of each neutral treebank phrase, trained towards 0.5. */
  v.strictObject({ kind: v.literal("neutralPhrases"), copies: positive }),
  /**
   * After training, the embedding factored to `rank` dimensions through the LSTM's input kernel
   * (scripts/lib/imdb/low-rank-embedding.ts): a smaller download, the same kind of model.
   */
  v.strictObject({ kind: v.literal("lowRankEmbedding"), rank: positive }),
]);
export type AblationChange = v.InferOutput<typeof AblationChangeSchema>;
export type AblationChangeKind = AblationChange["kind"];

export interface AblationStep {
  /** The step whose recipe this one changes (1-based); null for the first. */
  base: number | null;
  change: AblationChange;
}

/** Step n is `ABLATION_STEPS[n - 1]`. New candidates go at the end, so recorded step numbers stay true. */
export const ABLATION_STEPS: readonly AblationStep[] = [
  { base: null, change: { kind: "tutorialRecipe", numWords: 5000, embeddingDim: 32, lstmUnits: 100, epochs: 3 } },
  { base: 1, change: { kind: "shortSpans", perReview: 1 } },
  { base: 2, change: { kind: "negationMarking", on: true } },
  {
    base: 3,
    change: { kind: "modelSize", numWords: 10_000, embeddingDim: 16, lstmUnits: 64, eightBitWeights: true },
  },
  { base: 4, change: { kind: "earlyStopping", epochs: 6, patience: 2 } },
  { base: 5, change: { kind: "shortSpans", perReview: 3 } },
  { base: 5, change: { kind: "masking" } },
  { base: 5, change: { kind: "dropout", rate: 0.5 } },
  { base: 6, change: { kind: "masking" } },
  { base: 6, change: { kind: "treebankPhrases", copies: 1 } },
  { base: 10, change: { kind: "negationMarking", on: false } },
  { base: 11, change: { kind: "neutralPhrases", copies: 1 } },
  { base: 12, change: { kind: "maxEpochs", epochs: 10 } },
  { base: 12, change: { kind: "treebankPhrases", copies: 2 } },
  { base: 14, change: { kind: "lowRankEmbedding", rank: 8 } },
];
