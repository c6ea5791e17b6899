/**
 * Everything inside the LSTM while it reads one review, step by step, for the "inside the
 * LSTM" widget: the three gates, the candidate, the cell and hidden states of every unit
 * after every token (from `LstmCell.step`, which returns the gates), the opinion so far,
 * and per-word occlusion. The same weights and padding as `Predictor`, so the last step's
 * probability equals `predictor.read(text).probability`.
 */
import type { EncodingSettings } from "@/lib/encode";
import { LstmCell, type LstmState, sigmoid, zeroState } from "@/lib/lstm-cell";
import type { NetworkWeights } from "@/lib/network-weights";
import { truncateSequence } from "@/lib/padding";
import type { Predictor } from "@/lib/predictor";

export interface LstmStep {
  index: number;
  /** Each `[units]`. */
  inputGate: Float64Array;
  forgetGate: Float64Array;
  candidate: Float64Array;
  outputGate: Float64Array;
  cellState: Float64Array;
  hiddenState: Float64Array;
  /** sigmoid(Dense(hiddenState)): P(positive) had the review ended here. */
  opinion: number;
}

/**
 * Runs the LSTM over `indices` (start marker first, unpadded) as the model does: truncated
 * to maxLen, after the shared padding steps. One `LstmStep` per kept token.
 */
export function traceLstm(weights: NetworkWeights, settings: EncodingSettings, indices: readonly number[]): LstmStep[] {
  const { maxLen } = settings.model;
  const kept = truncateSequence(indices, maxLen, settings.preprocessing.truncating);
  const cell = new LstmCell(weights.lstm);
  const units = weights.lstm.units;
  const project = (index: number) =>
    cell.inputProjection(weights.embeddings.subarray(index * weights.embeddingDim, (index + 1) * weights.embeddingDim));
  let state: LstmState = zeroState(units);
  const padding = project(settings.preprocessing.padIndex);
  for (let k = 0; k < maxLen - kept.length; k++) state = cell.step(state, padding);
  return kept.map((index) => {
    const gates = new Float64Array(4 * units);
    state = cell.step(state, project(index), gates);
    return {
      index,
      inputGate: gates.slice(0, units),
      forgetGate: gates.slice(units, 2 * units),
      candidate: gates.slice(2 * units, 3 * units),
      outputGate: gates.slice(3 * units),
      cellState: state.cellState,
      hiddenState: state.hiddenState,
      opinion: sigmoid(outputLogit(weights, state.hiddenState)),
    };
  });
}

function outputLogit(weights: NetworkWeights, hiddenState: Float64Array): number {
  let logit = weights.outputBias;
  for (let u = 0; u < hiddenState.length; u++) logit += hiddenState[u] * weights.outputKernel[u];
  return logit;
}

/** The unit whose output weight is largest in size: the one that moves P(positive) most per unit of hidden state. */
export function mostAlignedUnit(weights: NetworkWeights): { unit: number; weight: number } {
  let unit = 0;
  for (let u = 1; u < weights.outputKernel.length; u++)
    if (Math.abs(weights.outputKernel[u]) > Math.abs(weights.outputKernel[unit])) unit = u;
  return { unit, weight: weights.outputKernel[unit] };
}

/**
 * Occlusion: for every token after the start marker, P(positive) of the review with that
 * token removed, minus P(positive) of the whole review. Positive: the word pulled P down.
 */
export function occlusion(predictor: Predictor, indices: readonly number[]): number[] {
  const whole = predictor.probabilityOfIndices(indices);
  return indices
    .slice(1)
    .map((_, i) => predictor.probabilityOfIndices([...indices.slice(0, i + 1), ...indices.slice(i + 2)]) - whole);
}
