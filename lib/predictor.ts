/**
 * The predictor: the trained network run in plain arithmetic, fast enough to follow
 * every keystroke, and open enough to show what happened inside.
 *
 * The fast path: with pre-padding, a review of L tokens is `maxLen - L` padding
 * tokens and then its words. The padding is the same for every review, so the LSTM
 * states after k padding tokens are computed once, for every k, when the model loads.
 * A review then costs only its own L steps. Results equal `model.predict` on the
 * padded sequence (tested to 1e-5).
 */
import { textToIndices, type EncodingSettings } from "./encode";
import { LstmCell, sigmoid, zeroState, type LstmCellWeights, type LstmState } from "./lstm-cell";
import { truncateSequence } from "./sequence";
import { tokenize } from "./tokenizer";

/** All weights of Embedding -> LSTM -> Dense(1, sigmoid), as flat arrays. */
export interface NetworkWeights {
  /** `[numWords, embeddingDim]`, row-major. */
  embeddings: Float32Array;
  embeddingDim: number;
  lstm: LstmCellWeights;
  /** `[units]`: the single output neuron's weights. */
  outputKernel: Float32Array;
  outputBias: number;
}

export interface TokenReading {
  /** The word as the tokenizer produced it, or "<start>" for index 1. */
  word: string;
  index: number;
  outOfVocabulary: boolean;
  /**
   * The output neuron applied to the LSTM's memory right after this token. For a review
   * shorter than maxLen this equals P(positive) had the review ended here (the padding
   * state has settled by then); for a truncated review, early values can differ.
   */
  opinionSoFar: number;
}

export interface Reading {
  /** Tokens the model actually read, after truncation (start token first when kept). */
  tokens: TokenReading[];
  /** Tokens cut from the front because the review is longer than maxLen. */
  truncatedCount: number;
  /** Padding zeros added in front. */
  paddingCount: number;
  /** The output neuron before the sigmoid. */
  logit: number;
  /** P(positive) = sigmoid(logit). */
  probability: number;
}

export class Predictor {
  /** paddingStates[k] = LSTM state after k padding tokens, k = 0..maxLen. */
  private readonly paddingStates: LstmState[];
  private readonly cell: LstmCell;
  /** word index -> its input projection (x·W + b), computed on first use. */
  private readonly projections = new Map<number, Float64Array>();

  constructor(
    readonly weights: NetworkWeights,
    readonly settings: EncodingSettings,
  ) {
    const { maxLen } = settings.model;
    this.cell = new LstmCell(weights.lstm);
    const padding = this.projectionOf(settings.preprocessing.padIndex);
    this.paddingStates = [zeroState(weights.lstm.units)];
    for (let k = 1; k <= maxLen; k++) this.paddingStates.push(this.cell.step(this.paddingStates[k - 1], padding));
  }

  /** P(positive) for already-encoded indices (unpadded, any length). */
  probabilityOfIndices(indices: readonly number[]): number {
    return this.run(truncateSequence(indices, this.settings.model.maxLen, this.settings.preprocessing.truncating)).probability;
  }

  /** Everything the model did with a review: tokens, padding, truncation, opinion per word. */
  read(text: string): Reading {
    const { maxLen } = this.settings.model;
    const { truncating } = this.settings.preprocessing;
    const words = tokenize(text);
    const indices = textToIndices(text, this.settings);
    const kept = truncateSequence(indices, maxLen, truncating);
    const truncatedCount = indices.length - kept.length;
    // indices = [start, ...words]; map kept positions back to their words.
    const labels = ["<start>", ...words].slice(truncating === "pre" ? truncatedCount : 0).slice(0, kept.length);
    const { opinions, logit, probability } = this.run(kept);
    return {
      tokens: kept.map((index, i) => ({
        word: labels[i],
        index,
        outOfVocabulary: index === this.settings.preprocessing.oovIndex,
        opinionSoFar: opinions[i],
      })),
      truncatedCount,
      paddingCount: maxLen - kept.length,
      logit,
      probability,
    };
  }

  /** Runs the LSTM over `kept` (at most maxLen indices) after the shared padding. */
  private run(kept: readonly number[]): { opinions: number[]; logit: number; probability: number } {
    const { maxLen } = this.settings.model;
    let state = this.paddingStates[maxLen - kept.length];
    const opinions: number[] = [];
    for (const index of kept) {
      state = this.cell.step(state, this.projectionOf(index));
      opinions.push(sigmoid(this.logitOf(state.hiddenState)));
    }
    const logit = this.logitOf(state.hiddenState);
    return { opinions, logit, probability: sigmoid(logit) };
  }

  /** Dense(1): the output neuron's weighted sum of the final hiddenState. */
  private logitOf(hiddenState: Float64Array): number {
    let logit = this.weights.outputBias;
    for (let u = 0; u < hiddenState.length; u++) logit += hiddenState[u] * this.weights.outputKernel[u];
    return logit;
  }

  private projectionOf(index: number): Float64Array {
    let projection = this.projections.get(index);
    if (!projection) {
      projection = this.cell.inputProjection(this.wordVector(index));
      this.projections.set(index, projection);
    }
    return projection;
  }

  /** The embedding row of `index`: `[embeddingDim]`. */
  wordVector(index: number): Float32Array {
    const { embeddings, embeddingDim } = this.weights;
    return embeddings.subarray(index * embeddingDim, (index + 1) * embeddingDim);
  }
}
