/**
 * The two training recipes. `tutorial` is the Keras tutorial exactly, kept reproducible
 * because the course explains it. `default` is the model the box runs: the same family
 * (embedding → one LSTM → one sigmoid unit, so the word-by-word picture stays true),
 * with choices made on validation data only (see the ablation in its metadata.json).
 */

import type { ModelConfig } from "../../../lib/model-config";
import type { ModelName } from "../../../lib/model-folder";

export interface Recipe {
  name: ModelName;
  model: ModelConfig;
  /** `not_` marks after negations (lib/negation.ts). */
  markNegation: boolean;
  /** Most epochs; fewer when early stopping ends the run. */
  epochs: number;
  batchSize: number;
  seed: number;
  learningRate: number;
  /** Share of training reviews held out for validation (scripts/lib/imdb/validation-split.ts); 0 = none. */
  validationFraction: number;
  /** Early stopping on validation loss; undefined = train every epoch. */
  patience?: number;
  /** Share of the LSTM's inputs dropped while training (Keras's `LSTM(dropout=...)`); 0 = none. */
  dropout: number;
  /** Short spans cut from each training review and added with its label (scripts/lib/imdb/short-reviews.ts). */
  spansPerReview: number;
  /**
   * Copies of each labelled phrase from the Stanford Sentiment Treebank's train split in the
   * training data (scripts/lib/imdb/treebank.ts); 0 = none. Needs `--treebank DIR`.
   */
  treebankPhrases: number;
  /**
   * Copies of each neutral phrase of the treebank's train split, trained towards 0.5 ("no
   * opinion"); 0 = none. Needs `--treebank DIR`.
   */
  neutralPhrases: number;
  /** Store the weights in 8 bits (tfjs's uint8 quantization in model.json). */
  quantize: boolean;
}

export const RECIPES: Record<ModelName, Recipe> = {
  tutorial: {
    name: "tutorial",
    model: { numWords: 5000, maxLen: 500, embeddingDim: 32, lstmUnits: 100 },
    markNegation: false,
    epochs: 3,
    batchSize: 64,
    seed: 7,
    learningRate: 0.001,
    validationFraction: 0,
    dropout: 0,
    spansPerReview: 0,
    treebankPhrases: 0,
    neutralPhrases: 0,
    quantize: false,
  },
  // Step 12 of `npm run ablate`: the lowest validation loss of the steps trained with early
  // stopping on all three validation sets (IMDB validation reviews, short validation reviews,
  // the treebank's dev sentences), each set weighing the same. Step 11 plus the treebank's
  // neutral phrases trained towards 0.5 ("no opinion").
  default: {
    name: "default",
    model: { numWords: 10000, maxLen: 500, embeddingDim: 16, lstmUnits: 64 },
    markNegation: false,
    epochs: 6,
    batchSize: 64,
    seed: 7,
    learningRate: 0.001,
    validationFraction: 0.1,
    patience: 2,
    dropout: 0,
    spansPerReview: 3,
    treebankPhrases: 1,
    neutralPhrases: 1,
    quantize: true,
  },
};
