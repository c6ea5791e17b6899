/**
 * How many trainable numbers each layer of Embedding -> LSTM -> Dense(1) holds,
 * computed from the model config alone, as Keras's `model.summary()` reports them.
 */
import { LAYER_NAMES, type ModelConfig } from "./model-config";

export interface LayerParameters {
  /** The layer's name in model.json (LAYER_NAMES). */
  name: string;
  /** Keras class name: "Embedding", "LSTM", "Dense". */
  kind: string;
  /** Output shape, `null` for the batch dimension. */
  outputShape: (number | null)[];
  parameters: number;
  /** How `parameters` is made up, with the numbers filled in. */
  formula: string;
}

export function parameterCounts(config: ModelConfig): LayerParameters[] {
  const { numWords, maxLen, embeddingDim, lstmUnits } = config;
  return [
    {
      name: LAYER_NAMES.embedding,
      kind: "Embedding",
      outputShape: [null, maxLen, embeddingDim],
      parameters: numWords * embeddingDim,
      formula: `${numWords} × ${embeddingDim}`,
    },
    {
      // Four gates, each with input weights, recurrent weights and a bias per unit.
      name: LAYER_NAMES.lstm,
      kind: "LSTM",
      outputShape: [null, lstmUnits],
      parameters: 4 * (embeddingDim + lstmUnits + 1) * lstmUnits,
      formula: `4 × (${embeddingDim} + ${lstmUnits} + 1) × ${lstmUnits}`,
    },
    {
      name: LAYER_NAMES.output,
      kind: "Dense",
      outputShape: [null, 1],
      parameters: lstmUnits + 1,
      formula: `${lstmUnits} + 1`,
    },
  ];
}
