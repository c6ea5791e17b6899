/**
 * Trains the Keras IMDB tutorial's LSTM with TensorFlow.js and writes the model the
 * site serves. Run `npm run train -- --help` for the flags.
 */
import * as tf from "@tensorflow/tfjs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { textToIndices } from "../lib/encode";
import { METADATA_SCHEMA_VERSION, type ModelMetadata } from "../lib/metadata";
import { buildModel } from "../lib/model";
import { TUTORIAL_MODEL_CONFIG, type ModelConfig } from "../lib/model-config";
import { seededRandom, shuffled } from "../lib/random";
import { truncateSequence } from "../lib/sequence";
import { tokenize, TOKENIZER_VERSION } from "../lib/tokenizer";
import { buildVocabulary, FIRST_WORD_INDEX, OOV_INDEX, PAD_INDEX, START_INDEX } from "../lib/vocabulary";
import { saveModelDir } from "./lib/artifacts";
import { BACKEND_CHOICES, setUpBackend, type BackendChoice } from "./lib/backend";
import { evaluateModel, printEvaluation } from "./lib/evaluation";
import { fit, type Examples } from "./lib/fit";
import { defaultCacheDir, loadImdb, type Review } from "./lib/imdb-dataset";
import { formatSeconds } from "./lib/progress-bar";
import { parseOrHelp, runMain, UsageError } from "./lib/cli";

const HELP = `Train the IMDB LSTM (Embedding -> LSTM -> Dense sigmoid) and save it for the site.

Usage: npm run train -- [flags]

  --data PATH            aclImdb_v1.tar.gz, the labeled tarball, or an aclImdb/ folder
                         (default: download the official tarball into ${defaultCacheDir()})
  --out DIR              where the model goes (default: public/model)
  --epochs N             passes over the training reviews (default: 3)
  --batch-size N         reviews per gradient step (default: 64)
  --seed N               seeds weight initialisers and the shuffle (default: 7)
  --num-words N          vocabulary size incl. indices 0, 1, 2 (default: 5000)
  --max-len N            tokens per review after padding/truncation (default: 500)
  --embedding-dim N      numbers per word vector (default: 32)
  --lstm-units N         LSTM memory units (default: 100)
  --learning-rate X      Adam's step size (default: 0.001)
  --validation-split X   fraction of training reviews held out per epoch (default: 0)
  --limit N              use only N training and N test reviews (quick runs)
  --backend NAME         auto | node | wasm | cpu (default: auto)
  --resume               continue from the last per-epoch checkpoint of the same run
  --checkpoint-dir DIR   where per-epoch checkpoints go (default: under the cache folder)
  --skip-evaluation      do not evaluate on the test reviews after training
  --any-size             accept datasets without 12,500 reviews per class (fixtures)
  -h, --help             show this text
`;

interface TrainFlags {
  data?: string;
  out: string;
  epochs: number;
  batchSize: number;
  seed: number;
  model: ModelConfig;
  learningRate: number;
  validationSplit: number;
  limit?: number;
  backend: BackendChoice;
  resume: boolean;
  checkpointDir?: string;
  skipEvaluation: boolean;
  anySize: boolean;
}

function parseFlags(argv: string[]): TrainFlags | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: "string" },
      out: { type: "string", default: "public/model" },
      epochs: { type: "string", default: "3" },
      "batch-size": { type: "string", default: "64" },
      seed: { type: "string", default: "7" },
      "num-words": { type: "string", default: String(TUTORIAL_MODEL_CONFIG.numWords) },
      "max-len": { type: "string", default: String(TUTORIAL_MODEL_CONFIG.maxLen) },
      "embedding-dim": { type: "string", default: String(TUTORIAL_MODEL_CONFIG.embeddingDim) },
      "lstm-units": { type: "string", default: String(TUTORIAL_MODEL_CONFIG.lstmUnits) },
      "learning-rate": { type: "string", default: "0.001" },
      "validation-split": { type: "string", default: "0" },
      limit: { type: "string" },
      backend: { type: "string", default: "auto" },
      resume: { type: "boolean", default: false },
      "checkpoint-dir": { type: "string" },
      "skip-evaluation": { type: "boolean", default: false },
      "any-size": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return null;
  const integer = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${text}"`);
    return n;
  };
  const fraction = (name: string, text: string, max: number) => {
    const x = Number(text);
    if (!(x >= 0 && x < max)) throw new UsageError(`--${name} must be a number in [0, ${max}), got "${text}"`);
    return x;
  };
  if (!BACKEND_CHOICES.includes(values.backend as BackendChoice)) {
    throw new UsageError(`--backend must be one of ${BACKEND_CHOICES.join(", ")}, got "${values.backend}"`);
  }
  return {
    data: values.data,
    out: values.out,
    epochs: integer("epochs", values.epochs, 1),
    batchSize: integer("batch-size", values["batch-size"], 1),
    seed: integer("seed", values.seed, 0),
    model: {
      numWords: integer("num-words", values["num-words"], FIRST_WORD_INDEX + 1),
      maxLen: integer("max-len", values["max-len"], 1),
      embeddingDim: integer("embedding-dim", values["embedding-dim"], 1),
      lstmUnits: integer("lstm-units", values["lstm-units"], 1),
    },
    learningRate: fraction("learning-rate", values["learning-rate"], 1),
    validationSplit: fraction("validation-split", values["validation-split"], 1),
    limit: values.limit === undefined ? undefined : integer("limit", values.limit, 2),
    backend: values.backend as BackendChoice,
    resume: values.resume,
    checkpointDir: values["checkpoint-dir"],
    skipEvaluation: values["skip-evaluation"],
    anySize: values["any-size"],
  };
}


/** A balanced, seeded sample of `limit` reviews (all of them without a limit). */
function sample(reviews: Review[], limit: number | undefined, seed: number): Review[] {
  return limit === undefined || limit >= reviews.length ? reviews : shuffled(reviews, seededRandom(seed)).slice(0, limit);
}

export async function train(flags: TrainFlags): Promise<ModelMetadata> {
  const backend = await setUpBackend(flags.backend);
  console.log(`backend: ${backend.name} (${backend.reason})`);

  const dataset = await loadImdb(flags.data, { showProgress: true, reviewsPerClass: flags.anySize ? null : undefined });
  const allTrain = sample(dataset.train, flags.limit, flags.seed);
  const holdOut = Math.round(allTrain.length * flags.validationSplit);
  const ordered = shuffled(allTrain, seededRandom(flags.seed + 1));
  const trainReviews = ordered.slice(0, ordered.length - holdOut);
  const validationReviews = ordered.slice(ordered.length - holdOut);
  console.log(`data: ${dataset.source} (sha256 ${dataset.sha256 ?? "n/a"}): ${trainReviews.length} training, ${validationReviews.length} validation reviews`);

  // The vocabulary comes from the training reviews only, never the test reviews.
  const vocabulary = buildVocabulary(trainReviews.map((r) => tokenize(r.text)), flags.model.numWords);
  const metadata: ModelMetadata = {
    schemaVersion: METADATA_SCHEMA_VERSION,
    model: flags.model,
    preprocessing: {
      tokenizerVersion: TOKENIZER_VERSION,
      padding: "pre",
      truncating: "pre",
      padIndex: PAD_INDEX,
      startIndex: START_INDEX,
      oovIndex: OOV_INDEX,
      firstWordIndex: FIRST_WORD_INDEX,
    },
    vocabulary,
    training: {
      epochs: flags.epochs,
      batchSize: flags.batchSize,
      seed: flags.seed,
      validationSplit: flags.validationSplit,
      trainExamples: trainReviews.length,
      optimizer: "adam",
      learningRate: flags.learningRate,
      loss: "binaryCrossentropy",
    },
    history: [],
    backend: backend.name,
    trainingSeconds: 0,
    dataset: { name: "IMDB (Maas et al., 2011)", source: dataset.source, sha256: dataset.sha256 },
    createdAt: new Date().toISOString(),
    tfjsVersion: tf.version.tfjs,
  };
  const toExamples = (reviews: Review[]): Examples => ({
    sequences: reviews.map((r) => truncateSequence(textToIndices(r.text, metadata), flags.model.maxLen, "pre")),
    labels: reviews.map((r) => r.label),
  });

  const model = buildModel(flags.model, flags.seed, flags.learningRate);
  const { model: trained, history, trainingSeconds } = await fit(model, toExamples(trainReviews), {
    epochs: flags.epochs,
    batchSize: flags.batchSize,
    seed: flags.seed,
    maxLen: flags.model.maxLen,
    validation: holdOut > 0 ? toExamples(validationReviews) : undefined,
    checkpointDir: flags.checkpointDir ?? join(defaultCacheDir(), "checkpoints", runFingerprint(flags, dataset.sha256)),
    resume: flags.resume,
    metadata,
  });
  const result: ModelMetadata = { ...metadata, history, trainingSeconds };
  console.log(`trained ${history.length} epochs in ${formatSeconds(trainingSeconds)} on ${backend.name}`);

  if (!flags.skipEvaluation) {
    const testReviews = sample(dataset.test, flags.limit, flags.seed);
    result.evaluation = await evaluateModel(trained, toExamples(testReviews), flags.model.maxLen, testReviews.map((r) => r.text));
    printEvaluation(result.evaluation);
  }
  await saveModelDir(flags.out, trained, result);
  console.log(`saved ${flags.out}/model.json, weights.bin, metadata.json`);
  return result;
}

/** Names a run by everything that shapes its weights, so --resume never mixes runs. */
function runFingerprint(flags: TrainFlags, datasetSha256: string | null): string {
  // Epochs are left out: the shuffle of epoch k does not depend on how many follow.
  const { out: _out, epochs: _epochs, resume: _resume, checkpointDir: _dir, skipEvaluation: _skip, ...shaping } = flags;
  return createHash("sha256").update(JSON.stringify({ ...shaping, datasetSha256 })).digest("hex").slice(0, 16);
}

async function main(argv: string[]): Promise<void> {
  const flags = parseOrHelp(argv, HELP, parseFlags);
  if (flags === null) return;
  await train(flags);
}

runMain(import.meta.url, main);
