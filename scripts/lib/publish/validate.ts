/**
 * Refuses a model the site would run wrongly, before anything is uploaded: metadata.json
 * must describe the network in model.json (lib/model-folder.ts's contract), and the
 * browser's own predictor, run on the recorded samples, must reproduce the
 * probabilities training recorded for them.
 */
import { join } from "node:path";
import { networkWeightsFromFiles } from "../../../lib/network-weights";
import { Predictor } from "../../../lib/predictor";
import { METADATA_FILE } from "../artifacts";
import type { ModelBundle } from "./bundle";
import { ArtifactError } from "./errors";

/** float32 arithmetic in another order (browser vs Node) differs far less than this. */
export const SAMPLE_TOLERANCE = 1e-4;

export async function validateBundle(bundle: ModelBundle, where: string): Promise<void> {
  const samples = bundle.metadata.samples ?? [];
  if (samples.length === 0) return;
  const weightFiles = bundle.files.filter((file) => bundle.modelJson.weightsManifest.some((group) => group.paths.includes(file.name)));
  const weightData = Buffer.concat(weightFiles.map((file) => file.content));
  let predictor: Predictor;
  try {
    predictor = new Predictor(networkWeightsFromFiles(bundle.modelJson, weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength)), bundle.metadata);
  } catch (error) {
    throw new ArtifactError(`${where}: the browser's predictor cannot load this model: ${(error as Error).message}`);
  }
  for (const sample of samples) {
    const probability = predictor.read(sample.text).probability;
    if (!(Math.abs(probability - sample.probability) <= SAMPLE_TOLERANCE)) {
      throw new ArtifactError(
        `${join(where, METADATA_FILE)} records P(positive) = ${sample.probability.toFixed(6)} for the sample "${excerpt(sample.text)}", but the browser's predictor computes ${probability.toFixed(6)} from these files: the weights, vocabulary or settings do not belong together. Train the folder again.`,
      );
    }
  }
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
