/**
 * Takes the trained weights out of a TensorFlow.js model, or out of its saved files, as flat arrays, for the
 * plain-arithmetic predictor (lib/predictor.ts) and the pages that show them.
 */
import type * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES } from "./model-config";
import type { NetworkWeights } from "./predictor";

export function networkWeightsFromModel(model: tf.LayersModel): NetworkWeights {
  // The plain-arithmetic LSTM uses true sigmoid gates; refuse models trained otherwise.
  checkRecurrentActivation(model.getLayer(LAYER_NAMES.lstm).getConfig().recurrentActivation);
  const values = (layerName: string) => model.getLayer(layerName).getWeights().map((w) => ({ shape: w.shape as number[], data: w.dataSync() as Float32Array }));
  const [embeddings] = values(LAYER_NAMES.embedding);
  const [kernel, recurrentKernel, bias] = values(LAYER_NAMES.lstm);
  const [outputKernel, outputBias] = values(LAYER_NAMES.output);
  return {
    embeddings: embeddings.data,
    embeddingDim: embeddings.shape[1],
    lstm: { units: recurrentKernel.shape[0], inputDim: kernel.shape[0], kernel: kernel.data, recurrentKernel: recurrentKernel.data, bias: bias.data },
    outputKernel: outputKernel.data,
    outputBias: outputBias.data[0] ?? 0,
  };
}

/** The parts of model.json this reader needs. */
export interface ModelJson {
  modelTopology: unknown;
  weightsManifest: { paths: string[]; weights: { name: string; shape: number[]; dtype: string }[] }[];
}

/**
 * Reads the weights straight from the saved files: model.json's manifest says where
 * each weight sits in the concatenated weight files (`weightData`, float32 only).
 * Throws if a weight is missing or the data is shorter or longer than the manifest.
 */
export function networkWeightsFromFiles(modelJson: ModelJson, weightData: ArrayBuffer): NetworkWeights {
  const specs = modelJson.weightsManifest.flatMap((group) => group.weights);
  const byName = new Map<string, { shape: number[]; data: Float32Array }>();
  let offset = 0;
  for (const spec of specs) {
    if (spec.dtype !== "float32") throw new Error(`weight ${spec.name} has dtype ${spec.dtype}; only float32 is supported`);
    const size = spec.shape.reduce((a, b) => a * b, 1);
    if (offset + size * 4 > weightData.byteLength) {
      throw new Error(`the weights file is too short (${weightData.byteLength} bytes) for model.json's manifest; it may be truncated`);
    }
    byName.set(spec.name, { shape: spec.shape, data: new Float32Array(weightData, offset, size) });
    offset += size * 4;
  }
  if (offset !== weightData.byteLength) {
    throw new Error(`the weights file has ${weightData.byteLength} bytes but model.json describes ${offset}`);
  }
  const weight = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`model.json has no weight "${name}"; is this the Embedding -> LSTM -> Dense model?`);
    return found;
  };
  const embeddings = weight(`${LAYER_NAMES.embedding}/embeddings`);
  const kernel = weight(`${LAYER_NAMES.lstm}/kernel`);
  const recurrentKernel = weight(`${LAYER_NAMES.lstm}/recurrent_kernel`);
  assertSigmoidGates(modelJson.modelTopology);
  return {
    embeddings: embeddings.data,
    embeddingDim: embeddings.shape[1],
    lstm: {
      units: recurrentKernel.shape[0],
      inputDim: kernel.shape[0],
      kernel: kernel.data,
      recurrentKernel: recurrentKernel.data,
      bias: weight(`${LAYER_NAMES.lstm}/bias`).data,
    },
    outputKernel: weight(`${LAYER_NAMES.output}/kernel`).data,
    outputBias: weight(`${LAYER_NAMES.output}/bias`).data[0] ?? 0,
  };
}

/** Finds the LSTM layer's recurrentActivation in a Keras-style topology and checks it. */
function assertSigmoidGates(topology: unknown): void {
  const layers = (topology as { config?: { layers?: { class_name: string; config: { recurrent_activation?: string } }[] } })?.config?.layers ?? [];
  const lstm = layers.find((layer) => layer.class_name === "LSTM");
  checkRecurrentActivation(lstm?.config.recurrent_activation);
}

function checkRecurrentActivation(recurrentActivation: unknown): void {
  if (recurrentActivation !== "sigmoid") {
    throw new Error(`the LSTM layer uses recurrentActivation "${String(recurrentActivation)}"; retrain with lib/model.ts, which uses "sigmoid"`);
  }
}
