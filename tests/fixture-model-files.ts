/**
 * model.json and weights of a tiny untrained model (12 words, maxLen 9, 4-dim embedding,
 * 3 LSTM units), saved in memory: for the tests of the model folder's formats.
 */
import * as tf from "@tensorflow/tfjs";
import type { ModelJson } from "../lib/weights-manifest";
import { buildModel } from "../scripts/lib/model";

export const TINY_CONFIG = { numWords: 12, maxLen: 9, embeddingDim: 4, lstmUnits: 3 };

export async function tinyModelFiles(seed = 7): Promise<{ modelJson: ModelJson; weightData: ArrayBuffer }> {
  await tf.setBackend("cpu");
  let saved: tf.io.ModelArtifacts | undefined;
  await buildModel(TINY_CONFIG, seed).save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  const modelJson: ModelJson = {
    modelTopology: saved!.modelTopology,
    format: "layers-model",
    weightsManifest: [
      { paths: ["weights.bin"], weights: saved!.weightSpecs as ModelJson["weightsManifest"][0]["weights"] },
    ],
  };
  return { modelJson, weightData: saved!.weightData as ArrayBuffer };
}
