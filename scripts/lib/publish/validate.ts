/**
 * The last check before anything is uploaded (./bundle.ts has already checked the
 * folder against lib/open-model-folder.ts's checks): the browser's own predictor, run on
 * the samples training recorded in metadata.json, must reproduce their probabilities.
 */
import { join } from "node:path";
import { networkWeightsFromFiles } from "../../../lib/network-weights";
import { MODEL_FILES } from "../../../lib/open-model-folder";
import { Predictor } from "../../../lib/predictor";
import type { ModelBundle } from "./bundle";
import { ArtifactError } from "./errors";

/** float32 arithmetic in another order (browser vs Node) differs far less than this. */
export const SAMPLE_TOLERANCE = 1e-4;

/** Throws an ArtifactError naming the first sample the browser's predictor does not reproduce. */
export function validateBundle(bundle: ModelBundle, where: string): void {
  const samples = bundle.metadata.samples ?? [];
  if (samples.length === 0) {
    throw new ArtifactError(
      `${join(where, MODEL_FILES.card)} records no samples, so nothing shows the browser's predictor reads these weights as training did. Train the folder again with this code.`,
    );
  }
  let predictor: Predictor;
  try {
    predictor = new Predictor(networkWeightsFromFiles(bundle.modelJson, bundle.weightData), bundle.metadata);
  } catch (error) {
    throw new ArtifactError(`${where}: the browser's predictor cannot load this model: ${(error as Error).message}`);
  }
  for (const sample of samples) {
    const probability = predictor.read(sample.text).probability;
    if (!(Math.abs(probability - sample.probability) <= SAMPLE_TOLERANCE)) {
      throw new ArtifactError(
        `${join(where, MODEL_FILES.card)} records P(positive) = ${sample.probability.toFixed(6)} for the sample "${excerpt(sample.text)}", but the browser's predictor computes ${probability.toFixed(6)} from these files: the weights, vocabulary or settings do not belong together. Train the folder again.`,
      );
    }
  }
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
