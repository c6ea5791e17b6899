/**
 * The predictor: the trained network run in plain arithmetic, fast enough to follow
 * every keystroke, and open enough to show what happened inside.
 *
 * The fast path: with pre-padding, a review of L tokens is `maxLen - L` padding
 * tokens and then its words. The padding is the same for every review, so the LSTM
 * states after k padding tokens are computed once, when the model loads. Fed the same
 * token again and again, the state settles: once a step changes no number of it by more
 * than 1e-13 (the default model after 129 of its 500 steps), later steps are not
 * run and the settled state stands for them. A review then costs only its own L
 * steps. With post-padding the padding steps run
 * after the words; with a mask (`maskZero`) they change nothing. Results equal
 * `model.predict` on the padded sequence (tested to 1e-5).
 */
import { type EncodingSettings, readTokens } from "./encode";
import { LstmCell, type LstmState, sigmoid, zeroState } from "./lstm-cell";
import type { NetworkWeights } from "./network-weights";
import { truncateSequence } from "./padding";

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
  /** paddingStates[k] = LSTM state after k padding tokens, k = 0..maxLen, or up to the step where it settled. */
  private readonly paddingStates: LstmState[];
  private readonly cell: LstmCell;
  /** word index -> its input projection (x·W + b), computed on first use. */
  private readonly projections = new Map<number, Float64Array>();

  constructor(
    readonly weights: NetworkWeights,
    readonly settings: EncodingSettings,
  ) {
    const { maxLen, maskZero } = settings.model;
    const { padding, truncating } = settings.preprocessing;
    // reading.json is data from a server: refuse what this code does not implement.
    for (const [name, side] of [
      ["padding", padding],
      ["truncating", truncating],
    ] as const) {
      if (side !== "pre" && side !== "post")
        throw new Error(
          `reading.json: preprocessing.${name} is "${String(side)}"; the predictor implements "pre" and "post"`,
        );
    }
    if (!Number.isInteger(maxLen) || maxLen < 1)
      throw new Error(`reading.json: maxLen must be a positive integer, got ${maxLen}`);
    this.cell = new LstmCell(weights.lstm);
    const paddingProjection = this.projectionOf(settings.preprocessing.padIndex);
    this.paddingStates = [zeroState(weights.lstm.units)];
    // With a mask, padding changes nothing: the zero state stands for every k.
    for (let k = 1; k <= maxLen && !maskZero; k++) {
      const previous = this.paddingStates[k - 1];
      const next = this.cell.step(previous, paddingProjection);
      this.paddingStates.push(next);
      if (largestChange(previous, next) <= SETTLED) break;
    }
  }

  /** The LSTM state after `count` padding tokens. */
  paddingState(count: number): LstmState {
    return this.paddingStates[Math.min(count, this.paddingStates.length - 1)];
  }

  /** P(positive) for already-encoded indices (unpadded, any length). */
  probabilityOfIndices(indices: readonly number[]): number {
    return this.run(truncateSequence(indices, this.settings.model.maxLen, this.settings.preprocessing.truncating))
      .probability;
  }

  /** Everything the model did with a review: tokens, padding, truncation, opinion per word. */
  read(text: string): Reading {
    const { tokens, truncatedCount, paddingCount } = readTokens(text, this.settings);
    const { opinions, logit, probability } = this.run(tokens.map((token) => token.index));
    return {
      tokens: tokens.map((token, i) => ({
        ...token,
        outOfVocabulary: token.index === this.settings.preprocessing.oovIndex,
        opinionSoFar: opinions[i],
      })),
      truncatedCount,
      paddingCount,
      logit,
      probability,
    };
  }

  /** Runs the LSTM over `kept` (at most maxLen indices) and the padding around it. */
  private run(kept: readonly number[]): { opinions: number[]; logit: number; probability: number } {
    const { maxLen, maskZero } = this.settings.model;
    const paddingCount = maxLen - kept.length;
    const prePadding = this.settings.preprocessing.padding === "pre";
    let state = this.paddingState(prePadding ? paddingCount : 0);
    const opinions: number[] = [];
    for (const index of kept) {
      state = this.cell.step(state, this.projectionOf(index));
      opinions.push(sigmoid(this.logitOf(state.hiddenState)));
    }
    if (!prePadding && !maskZero) {
      const paddingProjection = this.projectionOf(this.settings.preprocessing.padIndex);
      for (let k = 0; k < paddingCount; k++) state = this.cell.step(state, paddingProjection);
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

/**
 * A padding step that moves no number of the state by more than this has settled it. In the
 * shipped models the state then converges geometrically, so the steps left out would move it by
 * far less than the 1e-5 to which the box equals `model.predict`; tests/predictor-padding.test.ts
 * compares readings with every padding step run.
 */
const SETTLED = 1e-13;

/** The largest change of any hiddenState or cellState number between two states. */
function largestChange(a: LstmState, b: LstmState): number {
  let largest = 0;
  for (let u = 0; u < a.hiddenState.length; u++) {
    largest = Math.max(
      largest,
      Math.abs(a.hiddenState[u] - b.hiddenState[u]),
      Math.abs(a.cellState[u] - b.cellState[u]),
    );
  }
  return largest;
}
