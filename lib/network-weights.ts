/**
 * Takes the trained weights out of a TensorFlow.js model, or out of its saved files, as
 * flat arrays, for the plain-arithmetic predictor (lib/predictor.ts) and the pages that
 * show them. The one type of those weights lives here.
 */
import type * as tf from "@tensorflow/tfjs";
import type { LstmCellWeights } from "./lstm-cell";
import { LAYER_NAMES } from "./model-config";
import { type ModelJson, parseWeightsManifest, readWeights } from "./weights-manifest";

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

export function networkWeightsFromModel(model: tf.LayersModel): NetworkWeights {
  const values = (layerName: string) =>
    model
      .getLayer(layerName)
      .getWeights()
      .map((w) => ({ shape: w.shape as number[], values: w.dataSync() as Float32Array }));
  const [embeddings] = values(LAYER_NAMES.embedding);
  const [kernel, recurrentKernel, bias] = values(LAYER_NAMES.lstm);
  const [outputKernel, outputBias] = values(LAYER_NAMES.output);
  return assemble(embeddings, kernel, recurrentKernel, bias, outputKernel, outputBias);
}

/**
 * Reads the weights straight from the saved files, dequantizing 8-bit weights. Call
 * `checkCompatible` (lib/compatibility.ts) first: it checks names, shapes and gates.
 */
export function networkWeightsFromFiles(modelJson: ModelJson, weightData: ArrayBuffer): NetworkWeights {
  const weights = readWeights(parseWeightsManifest(modelJson), weightData);
  const weight = (name: string) => {
    const found = weights.get(name);
    if (!found) throw new Error(`model.json has no weight "${name}"; is this the Embedding -> LSTM -> Dense model?`);
    return found;
  };
  return assemble(
    weight(`${LAYER_NAMES.embedding}/embeddings`),
    weight(`${LAYER_NAMES.lstm}/kernel`),
    weight(`${LAYER_NAMES.lstm}/recurrent_kernel`),
    weight(`${LAYER_NAMES.lstm}/bias`),
    weight(`${LAYER_NAMES.output}/kernel`),
    weight(`${LAYER_NAMES.output}/bias`),
  );
}

type Weight = { shape: number[]; values: Float32Array };

function assemble(
  embeddings: Weight,
  kernel: Weight,
  recurrentKernel: Weight,
  bias: Weight,
  outputKernel: Weight,
  outputBias: Weight,
): NetworkWeights {
  return {
    embeddings: embeddings.values,
    embeddingDim: embeddings.shape[1],
    lstm: {
      units: recurrentKernel.shape[0],
      inputDim: kernel.shape[0],
      kernel: kernel.values,
      recurrentKernel: recurrentKernel.values,
      bias: bias.values,
    },
    outputKernel: outputKernel.values,
    outputBias: outputBias.values[0] ?? 0,
  };
}
