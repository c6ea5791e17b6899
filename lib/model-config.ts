/**
 * The model's shape in numbers, and its layer names: plain data with no TensorFlow.js
 * import, so the browser can read it without loading tfjs. The schema is both the type
 * and the check of reading.json's `model` field (lib/metadata.ts).
 */
import * as v from "valibot";

const positive = v.pipe(v.number(), v.integer(), v.minValue(1));

export const ModelConfigSchema = v.strictObject({
  /** Vocabulary size, including the reserved indices 0, 1, 2 and 3 (lib/vocabulary.ts). */
  numWords: positive,
  /** Every review is padded or truncated to this many tokens. */
  maxLen: positive,
  /** Length of the real vector each word index is mapped to. */
  embeddingDim: positive,
  /** Number of LSTM memory units: the size of `hiddenState` and `cellState`. */
  lstmUnits: positive,
  /**
   * Keras's `mask_zero`: padding steps leave the LSTM's state unchanged, so a review is
   * read from a zero state whatever its length. Off in the tutorial (the padding runs
   * through the LSTM like any word).
   */
  maskZero: v.optional(v.boolean()),
});
export type ModelConfig = v.InferOutput<typeof ModelConfigSchema>;

/** The tutorial's settings (Keras's IMDB LSTM tutorial); its recipe (scripts/lib/imdb/recipes.ts) uses these. */
export const TUTORIAL_MODEL_CONFIG: ModelConfig = {
  numWords: 5000,
  maxLen: 500,
  embeddingDim: 32,
  lstmUnits: 100,
};

/** Layer names, so code and pages can find the weights of each layer. */
export const LAYER_NAMES = { embedding: "embedding", lstm: "lstm", output: "output" } as const;
