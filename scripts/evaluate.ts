/**
 * Evaluates a saved model on the 25,000 IMDB test reviews (which it never trained on)
 * and stores the results in its metadata.json. `npm run evaluate -- --help`.
 */
import * as tf from "@tensorflow/tfjs";
import { parseArgs } from "node:util";
import { textToIndices } from "../lib/encode";
import type { Evaluation, Mistake } from "../lib/metadata";
import { binaryMetrics } from "../lib/metrics";
import { truncateSequence } from "../lib/sequence";
import { predictAll } from "../lib/shared-padding";
import { loadModelDir, writeMetadata } from "./lib/artifacts";
import { BACKEND_CHOICES, setUpBackend, type BackendChoice } from "./lib/backend";
import type { Examples } from "./lib/fit";
import { loadImdb } from "./lib/imdb-dataset";
import { ProgressBar } from "./lib/progress-bar";
import { runMain } from "./lib/cli";

const HELP = `Evaluate a trained model on the IMDB test reviews and store the results.

Usage: npm run evaluate -- [flags]

  --model DIR      model folder with model.json and metadata.json (default: public/model)
  --data PATH      IMDB .tar.gz or aclImdb/ folder (default: download into the cache)
  --backend NAME   auto | node | wasm | cpu (default: auto)
  --any-size       accept datasets without 12,500 reviews per class (fixtures)
  -h, --help       show this text
`;

/** Mistakes of each kind (false positive, false negative) kept as examples. */
const MISTAKES_PER_KIND = 3;
const EXCERPT_CHARACTERS = 300;

/**
 * Accuracy, log loss, precision/recall/F1, ROC AUC and the confusion matrix on `test`.
 * With `texts`, also keeps the most confident mistakes as short excerpts.
 */
export async function evaluateModel(model: tf.LayersModel, test: Examples, maxLen: number, texts?: readonly string[]): Promise<Evaluation> {
  const startedAt = Date.now();
  const bar = new ProgressBar("evaluating", test.sequences.length, "reviews");
  const probabilities = Array.from(await predictAll(model, test.sequences, maxLen, 128, (done) => bar.advance(done)));
  bar.finish();
  return {
    split: "test",
    ...binaryMetrics(test.labels, probabilities),
    seconds: (Date.now() - startedAt) / 1000,
    evaluatedAt: new Date().toISOString(),
    mistakes: texts ? confidentMistakes(texts, test.labels, probabilities) : undefined,
  };
}

function confidentMistakes(texts: readonly string[], labels: readonly (0 | 1)[], probabilities: readonly number[]): Mistake[] {
  const wrongness = (i: number) => Math.abs(labels[i] - probabilities[i]);
  const worst = (label: 0 | 1) =>
    labels
      .map((_, i) => i)
      .filter((i) => labels[i] === label && wrongness(i) > 0.5)
      .sort((a, b) => wrongness(b) - wrongness(a))
      .slice(0, MISTAKES_PER_KIND);
  return [...worst(1), ...worst(0)].map((i) => ({
    excerpt: excerpt(texts[i]),
    ending: ending(texts[i]),
    label: labels[i],
    probability: probabilities[i],
  }));
}

function excerpt(text: string): string {
  const plain = text.replace(/<br\s*\/?>/gi, " ").replace(/\s+/g, " ").trim();
  return plain.length <= EXCERPT_CHARACTERS ? plain : `${plain.slice(0, EXCERPT_CHARACTERS).replace(/\s+\S*$/, "")} …`;
}

/** The last EXCERPT_CHARACTERS of the review, cut at a word boundary. */
function ending(text: string): string {
  const plain = text.replace(/<br\s*\/?>/gi, " ").replace(/\s+/g, " ").trim();
  return plain.length <= EXCERPT_CHARACTERS ? plain : `… ${plain.slice(-EXCERPT_CHARACTERS).replace(/^\S*\s+/, "")}`;
}

export function printEvaluation(evaluation: Evaluation): void {
  const { truePositive, falseNegative, falsePositive, trueNegative } = evaluation.confusionMatrix;
  const percent = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(`
Test evaluation (${evaluation.examples} reviews)
  accuracy    ${percent(evaluation.accuracy)}
  log loss    ${evaluation.logLoss.toFixed(4)}
  precision   ${percent(evaluation.precision)}
  recall      ${percent(evaluation.recall)}
  F1          ${percent(evaluation.f1)}
  ROC AUC     ${evaluation.rocAuc.toFixed(4)}

                    predicted positive   predicted negative
  actual positive   ${String(truePositive).padStart(18)}   ${String(falseNegative).padStart(18)}
  actual negative   ${String(falsePositive).padStart(18)}   ${String(trueNegative).padStart(18)}
`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: "string", default: "public/model" },
      data: { type: "string" },
      backend: { type: "string", default: "auto" },
      "any-size": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (!BACKEND_CHOICES.includes(values.backend as BackendChoice)) {
    throw new Error(`--backend must be one of ${BACKEND_CHOICES.join(", ")}`);
  }
  const backend = await setUpBackend(values.backend as BackendChoice);
  console.log(`backend: ${backend.name} (${backend.reason})`);
  const { model, metadata } = await loadModelDir(values.model);
  const dataset = await loadImdb(values.data, { showProgress: true, reviewsPerClass: values["any-size"] ? null : undefined });
  const { maxLen } = metadata.model;
  const test: Examples = {
    sequences: dataset.test.map((r) => truncateSequence(textToIndices(r.text, metadata), maxLen, metadata.preprocessing.truncating)),
    labels: dataset.test.map((r) => r.label),
  };
  const evaluation = await evaluateModel(model, test, maxLen, dataset.test.map((r) => r.text));
  printEvaluation(evaluation);
  await writeMetadata(values.model, { ...metadata, evaluation });
  console.log(`stored the evaluation in ${values.model}/metadata.json`);
}

runMain(import.meta.url, main);
