/**
 * The exact commands that made a model, written from its metadata.json, for the model
 * card. Flag names are scripts/train.ts's (a test checks them against its --help).
 */
import type { ModelMetadata } from "./metadata";

/** The full IMDB training split: runs with fewer reviews used --limit. */
const IMDB_TRAIN_REVIEWS = 25_000;

/** tfjs's backend names -> train.ts's --backend choices. */
const BACKEND_FLAGS: Record<string, string> = { tensorflow: "node", wasm: "wasm", cpu: "cpu" };

/**
 * `npm run train -- ...` with every setting that shaped the weights. `npm run retrain`
 * takes the same flags, then publishes the model.
 */
export function trainCommand(
  metadata: Pick<ModelMetadata, "model" | "training" | "backend">,
  script: "train" | "retrain" = "train",
): string {
  const { model, training } = metadata;
  const flags: [string, string | number][] = [
    ["epochs", training.epochs],
    ["batch-size", training.batchSize],
    ["seed", training.seed],
    ["num-words", model.numWords],
    ["max-len", model.maxLen],
    ["embedding-dim", model.embeddingDim],
    ["lstm-units", model.lstmUnits],
    ["learning-rate", training.learningRate],
    ["validation-split", training.validationSplit],
  ];
  const limit = reviewsUsed(training.trainExamples, training.validationSplit);
  if (limit < IMDB_TRAIN_REVIEWS) flags.push(["limit", limit]);
  const backend = BACKEND_FLAGS[metadata.backend];
  if (backend) flags.push(["backend", backend]);
  return `npm run ${script} -- ${flags.map(([name, value]) => `--${name} ${value}`).join(" ")}`;
}

/** Scores a saved model on the test reviews again and stores the results in its metadata.json. */
export const EVALUATE_COMMAND = "npm run evaluate -- --model public/model";

/**
 * The --limit that leaves `trainExamples` after holding out `validationSplit` of them:
 * train.ts holds out `round(limit * validationSplit)` reviews.
 */
function reviewsUsed(trainExamples: number, validationSplit: number): number {
  const guess = Math.round(trainExamples / (1 - validationSplit));
  for (const limit of [guess, guess - 1, guess + 1]) {
    if (limit - Math.round(limit * validationSplit) === trainExamples) return limit;
  }
  return guess;
}
