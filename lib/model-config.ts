/**
 * The model's shape in numbers, and its layer names: plain data with no TensorFlow.js
 * import, so the browser can read it without loading tfjs.
 */

export interface ModelConfig {
  /** Vocabulary size, including the reserved indices 0, 1 and 2. */
  numWords: number;
  /** Every review is padded or truncated to this many tokens. */
  maxLen: number;
  /** Length of the real vector each word index is mapped to. */
  embeddingDim: number;
  /** Number of LSTM memory units: the size of `hiddenState` and `cellState`. */
  lstmUnits: number;
  /**
   * Keras's `mask_zero`: padding steps leave the LSTM's state unchanged, so a review is
   * read from a zero state whatever its length. Off in the tutorial (the padding runs
   * through the LSTM like any word).
   */
  maskZero?: boolean;
}

/** The tutorial's settings. */
export const TUTORIAL_MODEL_CONFIG: ModelConfig = {
  numWords: 5000,
  maxLen: 500,
  embeddingDim: 32,
  lstmUnits: 100,
};

/** Layer names, so code and pages can find the weights of each layer. */
export const LAYER_NAMES = { embedding: "embedding", lstm: "lstm", output: "output" } as const;
