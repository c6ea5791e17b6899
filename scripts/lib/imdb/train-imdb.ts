/**
 * Trains a recipe (scripts/lib/imdb/recipes.ts) on the IMDB training reviews and writes a
 * model folder (lib/open-model-folder.ts names its files): split off validation reviews, build the
 * vocabulary from training reviews only, add short spans, fit with per-epoch
 * checkpoints and early stopping, and, once at the end, evaluate on the test reviews.
 */

import { basename, join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { currentPreprocessing, type EncodingSettings, textToIndices, wordsOf } from "../../../lib/encode";
import { formatPercent } from "../../../lib/format";
import { type Evaluation, METADATA_SCHEMA_VERSION, type ModelMetadata } from "../../../lib/metadata";
import { MODEL_FILES } from "../../../lib/open-model-folder";
import { truncateSequence } from "../../../lib/padding";
import { seededRandom, shuffled } from "../../../lib/random";
import { sha256Hex } from "../../../lib/sha256";
import { encodeTestPredictions } from "../../../lib/test-predictions";
import { buildVocabulary } from "../../../lib/vocabulary";
import { type BackendChoice, setUpBackend } from "../backend";
import type { LstmImplementation } from "../lstm-implementation";
import { buildModel } from "../model";
import { loadModelDir, loadPredictorDir } from "../open-saved-model";
import { formatSeconds } from "../progress-bar";
import { saveModelDir } from "../save-model-folder";
import { predictAll } from "../shared-padding";
import { printEvaluation, testEvaluation } from "./evaluation";
import { bestEpoch, type Examples, fit, restoreEpoch, type TrainingExamples } from "./fit";
import { defaultCacheDir, loadImdb } from "./imdb-dataset";
import { withLowRankEmbedding } from "./low-rank-embedding";
import { countPhrases, NEGATION_PHRASES } from "./phrase-counts";
import type { Recipe } from "./recipes";
import { recordSamples } from "./samples";
import { cutShortReviews, shortValidationSet } from "./short-reviews";
import { loadTreebankData, type TreebankData } from "./treebank";
import { chooseUnsureBand } from "./unsure-band";
import { splitValidation } from "./validation-split";

export interface TrainOptions {
  recipe: Recipe;
  /** IMDB tarball or aclImdb/ folder; undefined downloads the official tarball. */
  data?: string;
  out: string;
  /** Folder with the Stanford Sentiment Treebank's train.txt and dev.txt; needed when the recipe uses its phrases. */
  treebank?: string;
  /** Use only this many training and test reviews, and treebank phrases (quick runs). */
  limit?: number;
  backend: BackendChoice;
  lstm: LstmImplementation;
  resume: boolean;
  checkpointDir?: string;
  skipEvaluation: boolean;
  /** Accept datasets without 12,500 reviews per class (fixtures). */
  anySize: boolean;
}

/** A balanced, seeded sample of `limit` reviews (all of them without a limit). */
function sample<T>(reviews: T[], limit: number | undefined, seed: number): T[] {
  return limit === undefined || limit >= reviews.length
    ? reviews
    : shuffled(reviews, seededRandom(seed)).slice(0, limit);
}

export async function trainImdb(options: TrainOptions): Promise<ModelMetadata> {
  const { recipe } = options;
  const backend = await setUpBackend(options.backend);
  console.log(`recipe: ${recipe.name}; backend: ${backend.name} (${backend.reason}); LSTM code: ${options.lstm}`);

  const dataset = await loadImdb(options.data, {
    showProgress: true,
    reviewsPerClass: options.anySize ? null : undefined,
  });
  // Split first, then sample: the validation reviews are the same ones every script holds out.
  const fullSplit = splitValidation(dataset.train, recipe.validationFraction);
  const split = { train: sample(fullSplit.train, options.limit, recipe.seed), validation: fullSplit.validation };
  const spans =
    recipe.spansPerReview > 0
      ? cutShortReviews(split.train, { seed: recipe.seed, spansPerReview: recipe.spansPerReview })
      : [];
  const shortValidation = split.validation.length > 0 ? shortValidationSet(split.validation) : [];
  console.log(
    `data: ${dataset.source} (sha256 ${dataset.sha256 ?? "n/a"}): ${split.train.length} training reviews + ${spans.length} short spans, ` +
      `${split.validation.length} validation reviews (+ ${shortValidation.length} short)`,
  );
  const treebank = recipe.treebankPhrases > 0 || recipe.neutralPhrases > 0 ? await treebankFor(options) : undefined;
  const phrases = treebank ? Array.from({ length: recipe.treebankPhrases }, () => treebank.phrases).flat() : [];
  const neutral = treebank ? Array.from({ length: recipe.neutralPhrases }, () => treebank.neutralPhrases).flat() : [];
  if (treebank)
    console.log(
      `treebank: ${treebank.phrases.length} labelled phrases from its train split (x${recipe.treebankPhrases}), ` +
        `${treebank.neutralPhrases.length} neutral ones as "no opinion" (x${recipe.neutralPhrases}), ` +
        `${treebank.devSentences.length} dev sentences to validate`,
    );

  const preprocessing = currentPreprocessing({ markNegation: recipe.markNegation });
  const settingsWithoutWords: EncodingSettings = { model: recipe.model, preprocessing, vocabulary: {} };
  // The vocabulary comes from the training texts only (reviews, and the treebank's train
  // sentences when used), never validation or test texts.
  const vocabulary = buildVocabulary(
    [...split.train, ...(treebank?.trainSentences ?? [])].map((r) => wordsOf(r.text, settingsWithoutWords)),
    recipe.model.numWords,
  );
  const metadata: ModelMetadata = {
    schemaVersion: METADATA_SCHEMA_VERSION,
    name: recipe.name,
    model: recipe.model,
    preprocessing,
    vocabulary,
    training: {
      epochs: recipe.epochs,
      batchSize: recipe.batchSize,
      seed: recipe.seed,
      validationSplit: recipe.validationFraction,
      trainExamples: split.train.length + spans.length + phrases.length + neutral.length,
      ...(spans.length > 0 ? { shortSpans: spans.length } : {}),
      ...(phrases.length > 0 ? { treebankPhrases: phrases.length } : {}),
      ...(neutral.length > 0 ? { neutralPhrases: neutral.length } : {}),
      optimizer: "adam",
      learningRate: recipe.learningRate,
      loss: "binaryCrossentropy",
      ...(recipe.dropout > 0 ? { dropout: recipe.dropout } : {}),
    },
    history: [],
    backend: backend.name,
    trainingSeconds: 0,
    // The file's name only: a path from the training machine means nothing to a reader.
    dataset: { name: "IMDB (Maas et al., 2011)", source: basename(dataset.source), sha256: dataset.sha256 },
    ...(treebank ? { treebank: treebank.record } : {}),
    createdAt: new Date().toISOString(),
    tfjsVersion: tf.version.tfjs,
  };
  const sequencesOf = (texts: readonly { text: string }[]) =>
    texts.map((r) => truncateSequence(textToIndices(r.text, metadata), recipe.model.maxLen, "pre"));
  const toExamples = (reviews: readonly { text: string; label: 0 | 1 }[]): Examples => ({
    sequences: sequencesOf(reviews),
    labels: reviews.map((r) => r.label),
  });

  const checkpointDir =
    options.checkpointDir ?? join(defaultCacheDir(), "checkpoints", await runFingerprint(options, dataset.sha256));
  const model = buildModel(recipe.model, recipe.seed, recipe.learningRate);
  const trainTexts = [...split.train, ...spans, ...phrases, ...neutral];
  const trainExamples: TrainingExamples = {
    sequences: sequencesOf(trainTexts),
    labels: trainTexts.map((r) => r.label),
  };
  const fitted = await fit(model, trainExamples, {
    epochs: recipe.epochs,
    batchSize: recipe.batchSize,
    seed: recipe.seed,
    maxLen: recipe.model.maxLen,
    validation: split.validation.length > 0 ? toExamples(split.validation) : undefined,
    // With phrase labels the model is also for one-sentence reviews: stop early on those too.
    moreValidation:
      treebank && shortValidation.length > 0
        ? [
            { name: "short validation", examples: toExamples(shortValidation) },
            { name: "treebank dev", examples: toExamples(treebank.devSentences) },
          ]
        : undefined,
    checkpointDir,
    resume: options.resume,
    metadata,
    lstm: options.lstm,
    patience: recipe.patience,
    dropout: recipe.dropout,
  });
  const { history, trainingSeconds } = fitted;
  // Early stopping keeps the epoch with the lowest validation loss; without it, the last epoch.
  const chosen = recipe.patience !== undefined ? bestEpoch(history) : history.at(-1)!.epoch;
  if (chosen !== history.at(-1)?.epoch) await restoreEpoch(checkpointDir, chosen, fitted.model);
  console.log(
    `trained ${history.length} epochs in ${formatSeconds(trainingSeconds)} on ${backend.name}; keeping epoch ${chosen}`,
  );
  let trained = fitted.model;
  let modelConfig = recipe.model;
  if (recipe.embeddingRank !== undefined) {
    const factored = withLowRankEmbedding(trained, recipe.model, recipe.embeddingRank);
    trained.dispose();
    ({ model: trained, config: modelConfig } = factored);
    console.log(
      `embedding factored from ${recipe.model.embeddingDim} to ${recipe.embeddingRank} dimensions: ` +
        `${formatPercent(factored.keptShare, 3)} of the gates' input kept (over the vocabulary)`,
    );
  }

  const result: ModelMetadata = {
    ...metadata,
    model: modelConfig,
    history,
    trainingSeconds,
    training: {
      ...metadata.training,
      epochs: chosen,
      ...(recipe.embeddingRank !== undefined ? { embeddingTrainedDim: recipe.model.embeddingDim } : {}),
    },
    phraseCounts: countPhrases(split.train, NEGATION_PHRASES),
  };
  if (shortValidation.length > 0) {
    // The band is for short texts as people type them: short validation reviews, and the
    // treebank's dev sentences when the recipe uses the treebank.
    const bandSet = [...shortValidation, ...(treebank?.devSentences ?? [])];
    const probabilities = Array.from(
      await predictAll(trained, toExamples(bandSet).sequences, recipe.model.maxLen, 256),
    );
    result.unsureBand = chooseUnsureBand(
      bandSet.map((r) => r.label),
      probabilities,
    );
    const band = result.unsureBand;
    const percent = (x: number | null) => (x === null ? "n/a" : formatPercent(x, 1));
    console.log(
      `unsure band ${band.low.toFixed(3)}–${band.high.toFixed(3)} on ${band.examples} short texts: ${percent(band.insideShare)} inside ` +
        `(right ${percent(band.accuracyInside)}), right ${percent(band.accuracyOutside)} outside; ` +
        `${band.reachedTarget ? "narrowest band reaching" : "widest band tried: none reaches"} ${percent(band.target)}`,
    );
  }
  await saveModelDir(options.out, trained, result, {}, { quantize: recipe.quantize });
  const extraFiles: Record<string, Uint8Array> = {};

  // Everything below reads the saved folder, 8-bit weights included: what the site serves.
  const saved = await loadModelDir(options.out);
  const { predictor } = await loadPredictorDir(options.out);
  result.samples = recordSamples(predictor);
  if (!options.skipEvaluation) {
    const testReviews = sample(dataset.test, options.limit, recipe.seed);
    const test = toExamples(testReviews);
    const startedAt = Date.now();
    const probabilities = await predictAll(saved.model, test.sequences, recipe.model.maxLen, 256);
    const evaluation = testEvaluation(
      test.labels,
      Array.from(probabilities),
      testReviews.map((r) => r.text),
      (Date.now() - startedAt) / 1000,
    );
    if (recipe.quantize)
      evaluation.quantization = await quantizationEffect(trained, probabilities, test, recipe.model.maxLen);
    result.evaluation = evaluation;
    extraFiles[MODEL_FILES.testPredictions] = encodeTestPredictions(probabilities, test.labels);
    printEvaluation(result.evaluation);
  }
  saved.model.dispose();
  // The same weights again (8-bit quantization is deterministic), now with every file: one atomic save.
  await saveModelDir(options.out, trained, result, extraFiles, { quantize: recipe.quantize });
  console.log(`saved ${options.out}/`);
  return result;
}

async function treebankFor(options: TrainOptions): Promise<TreebankData> {
  if (options.treebank === undefined)
    throw new Error(
      `recipe "${options.recipe.name}" trains on the Stanford Sentiment Treebank's phrases: ` +
        "give --treebank DIR, the folder with its train.txt and dev.txt (here: ../shared/data/sst)",
    );
  const data = await loadTreebankData(options.treebank);
  return options.limit === undefined
    ? data
    : {
        ...data,
        phrases: sample(data.phrases, options.limit, options.recipe.seed),
        neutralPhrases: sample(data.neutralPhrases, options.limit, options.recipe.seed),
      };
}

/** How much 8-bit weights change the test results: accuracy of the float model and verdicts flipped. */
async function quantizationEffect(
  float: tf.LayersModel,
  quantized: Float32Array,
  test: Examples,
  maxLen: number,
): Promise<NonNullable<Evaluation["quantization"]>> {
  const a = await predictAll(float, test.sequences, maxLen, 256);
  const b = quantized;
  let floatCorrect = 0;
  let flipped = 0;
  a.forEach((p, i) => {
    if (p > 0.5 === (test.labels[i] === 1)) floatCorrect++;
    if (p > 0.5 !== b[i] > 0.5) flipped++;
  });
  return { floatAccuracy: floatCorrect / a.length, flippedVerdicts: flipped, examples: a.length };
}

/** Names a run by everything that shapes its weights, so --resume never mixes runs. */
async function runFingerprint(options: TrainOptions, datasetSha256: string | null): Promise<string> {
  // Epochs are left out (the shuffle of epoch k does not depend on how many follow), and so
  // is the LSTM code: both compute the same weights. So is the embedding's rank, applied after training.
  const { epochs: _epochs, embeddingRank: _embeddingRank, ...recipe } = options.recipe;
  const shaping = { recipe, limit: options.limit, backend: options.backend, anySize: options.anySize, datasetSha256 };
  // Recipes without the treebank keep the fingerprint they had before it existed.
  if (recipe.treebankPhrases === 0) delete (shaping.recipe as Partial<typeof recipe>).treebankPhrases;
  if (recipe.neutralPhrases === 0) delete (shaping.recipe as Partial<typeof recipe>).neutralPhrases;
  return (await sha256Hex(JSON.stringify(shaping))).slice(0, 16);
}
