/**
 * What `npm run evaluate` measures, side by side for the model and the Naive Bayes
 * baseline: on IMDB (test, validation, short-review validation, behaviour suite) or on
 * a user's file of labelled reviews. Storing the results in the model folder is here too.
 */
import { existsSync } from "node:fs";
import { rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BoxView, CapabilityResult, Evaluation, HeldOutResult, ModelMetadata } from "../../../lib/metadata";
import { binaryMetrics } from "../../../lib/metrics";
import { encodeTestPredictions, TEST_PREDICTIONS_FILE } from "../../../lib/test-predictions";
import { loadPredictorDir, writeMetadata } from "../model-files";
import {
  type BandBounds,
  type CaseResult,
  checkBehaviour,
  DEFAULT_UNSURE_BAND,
  summarizeBehaviour,
} from "./behaviour-suite";
import { boxVerdicts, boxViewOf } from "./box-view";
import { heldOutResult, predictTexts, testEvaluation } from "./evaluation";
import { defaultCacheDir, loadImdb } from "./imdb-dataset";
import { NAIVE_BAYES_NAME, trainNaiveBayes } from "./naive-bayes";
import { readReviewFile } from "./review-file";
import { shortValidationSet } from "./short-reviews";
import { loadTreebankData } from "./treebank";
import { chooseUnsureBand } from "./unsure-band";
import { splitValidation, VALIDATION_FRACTION } from "./validation-split";

export interface Scores {
  /** IMDB test; absent with skipTest. */
  test?: HeldOutResult;
  validation: HeldOutResult;
  /** For the model, with the box's view (`box`). */
  shortValidation: HeldOutResult;
  /** The treebank's dev sentences, with --treebank; for the model, with the box's view. */
  treebankDev?: HeldOutResult;
  behaviour: CapabilityResult[];
}

export interface ImdbReport {
  modelDir: string;
  /** The band "no opinion" cases must land in, and whether the model recorded it. */
  unsureBand: BandBounds & { fromModel: boolean };
  model: Scores & { evaluation?: Evaluation; failures: CaseResult[] };
  naiveBayes: Scores;
  /** Counts of the sets, for the table. */
  sizes: { test?: number; validation: number; shortValidation: number; treebankDev?: number; training: number };
  /** Caveats printed under the table, e.g. a model that may have trained on validation reviews. */
  notes: string[];
  /** The model's P(positive) for every test review, in loadImdb's order. */
  testPredictions?: { probabilities: number[]; labels: (0 | 1)[] };
  /** With chooseBand: the unsure band chosen again on the short sets with the saved weights; --save stores it. */
  chosenBand?: NonNullable<ModelMetadata["unsureBand"]>;
}

export interface ImdbOptions {
  modelDir: string;
  /** IMDB tarball or folder; undefined downloads it into the cache. */
  data?: string;
  /** Leave the test reviews unread (recipe choices use validation only). */
  skipTest?: boolean;
  /** Folder with the Stanford Sentiment Treebank's train.txt and dev.txt: also measure its dev sentences. */
  treebank?: string;
  /**
   * Choose the unsure band again, as training does (scripts/lib/imdb/unsure-band.ts), on the
   * short validation reviews and, with `treebank`, the treebank's dev sentences, read by the
   * saved weights the box runs (8-bit ones included); the box's view then uses it.
   */
  chooseBand?: boolean;
  /** Accept datasets without 12,500 reviews per class (fixtures). */
  anySize?: boolean;
  showProgress?: boolean;
}

export async function evaluateOnImdb(options: ImdbOptions): Promise<ImdbReport> {
  const { modelDir, showProgress = true } = options;
  const { metadata, predict, predictor } = await loadPredictorDir(modelDir);
  const dataset = await loadImdb(options.data, { showProgress, reviewsPerClass: options.anySize ? null : undefined });
  const { train, validation } = splitValidation(dataset.train);
  const short = shortValidationSet(validation);
  const dev = options.treebank === undefined ? undefined : (await loadTreebankData(options.treebank)).devSentences;
  const naiveBayes = trainNaiveBayes(train);
  const bandSet = [...short, ...(dev ?? [])];
  const chosenBand = options.chooseBand
    ? chooseUnsureBand(
        bandSet.map((r) => r.label),
        bandSet.map((r) => predict(r.text)),
      )
    : undefined;
  const modelBand = chosenBand ?? metadata.unsureBand;
  const band = modelBand ?? DEFAULT_UNSURE_BAND;

  const score = (
    name: string,
    probabilityOf: (text: string) => number,
    reviews: readonly { text: string; label: 0 | 1 }[],
  ) => {
    const probabilities = predictTexts(
      probabilityOf,
      reviews.map((r) => r.text),
      name,
      showProgress,
    );
    return {
      probabilities,
      result: heldOutResult(
        reviews.map((r) => r.label),
        probabilities,
      ),
    };
  };
  const nbProbability = (text: string) => naiveBayes.probability(text);
  /** The model's figures on a short set, with what the box shows on it (its own band, as lib/verdict.ts decides). */
  const scoreWithBox = (name: string, reviews: readonly { text: string; label: 0 | 1 }[]): HeldOutResult => {
    const box = boxViewOf(
      boxVerdicts(
        predictor,
        modelBand,
        reviews.map((r) => r.text),
      ),
      reviews.map((r) => r.label),
    );
    return { ...score(name, predict, reviews).result, box };
  };
  const behaviour = checkBehaviour(predict, band);
  const report: ImdbReport = {
    modelDir,
    unsureBand: { low: band.low, high: band.high, fromModel: modelBand !== undefined },
    model: {
      validation: score("model on validation", predict, validation).result,
      shortValidation: scoreWithBox("model on short validation", short),
      behaviour: summarizeBehaviour(behaviour, band),
      failures: behaviour.filter((r) => !r.passed),
    },
    naiveBayes: {
      validation: score("Naive Bayes on validation", nbProbability, validation).result,
      shortValidation: score("Naive Bayes on short validation", nbProbability, short).result,
      behaviour: summarizeBehaviour(checkBehaviour(nbProbability, DEFAULT_UNSURE_BAND)),
    },
    sizes: { validation: validation.length, shortValidation: short.length, training: train.length },
    notes: [],
    ...(chosenBand ? { chosenBand } : {}),
  };
  // Training holds out exactly these reviews when it splits with the same fraction (the seed is fixed).
  if (metadata.training.validationSplit !== VALIDATION_FRACTION) {
    report.notes.push(
      `The model held out ${metadata.training.validationSplit} of the training reviews, not ${VALIDATION_FRACTION}: it trained on validation reviews, so its validation figures are not held out.`,
    );
  }
  if (dev !== undefined) {
    report.model.treebankDev = scoreWithBox("model on treebank dev", dev);
    report.naiveBayes.treebankDev = score("Naive Bayes on treebank dev", nbProbability, dev).result;
    report.sizes.treebankDev = dev.length;
  }
  if (!options.skipTest) {
    const startedAt = Date.now();
    const labels = dataset.test.map((r) => r.label);
    const { probabilities, result } = score("model on test", predict, dataset.test);
    report.model.test = result;
    report.model.evaluation = testEvaluation(
      labels,
      probabilities,
      dataset.test.map((r) => r.text),
      (Date.now() - startedAt) / 1000,
    );
    report.naiveBayes.test = score("Naive Bayes on test", nbProbability, dataset.test).result;
    report.sizes.test = dataset.test.length;
    report.testPredictions = { probabilities, labels };
  }
  return report;
}

/**
 * Stores the report in the model folder: `metadata.json` (evaluation, shortValidation and
 * treebankDev with the box's view, behaviour, the Naive Bayes under baselines with its
 * validation, short-validation and treebank-dev figures) and, when
 * the test set was read, `test-predictions.bin`. Figures of a skipped test, or of the
 * treebank when it was not given, stay as they were.
 */
export async function saveImdbReport(report: ImdbReport, metadata: ModelMetadata): Promise<ModelMetadata> {
  const { naiveBayes, model } = report;
  const baseline = {
    name: NAIVE_BAYES_NAME,
    ...(naiveBayes.test ? { test: naiveBayes.test } : {}),
    validation: naiveBayes.validation,
    shortValidation: naiveBayes.shortValidation,
    ...(naiveBayes.treebankDev ? { treebankDev: naiveBayes.treebankDev } : {}),
    behaviour: naiveBayes.behaviour,
  };
  const previous = metadata.baselines?.find((b) => b.name === NAIVE_BAYES_NAME);
  const updated: ModelMetadata = {
    ...metadata,
    // Keeps what only training knows, such as the effect of 8-bit weights.
    ...(model.evaluation ? { evaluation: { ...metadata.evaluation, ...model.evaluation } } : {}),
    shortValidation: model.shortValidation,
    ...(model.treebankDev ? { treebankDev: model.treebankDev } : {}),
    ...(report.chosenBand ? { unsureBand: report.chosenBand } : {}),
    behaviour: model.behaviour,
    // A run that skipped the test set keeps the baseline's earlier test figures.
    baselines: [...(metadata.baselines ?? []).filter((b) => b.name !== NAIVE_BAYES_NAME), { ...previous, ...baseline }],
  };
  if (report.testPredictions) {
    const path = join(report.modelDir, TEST_PREDICTIONS_FILE);
    await writeFile(
      `${path}.tmp`,
      encodeTestPredictions(report.testPredictions.probabilities, report.testPredictions.labels),
    );
    await rename(`${path}.tmp`, path);
  }
  await writeMetadata(report.modelDir, updated);
  return updated;
}

/** accuracy, log loss, ROC AUC and count on a user's file, overall and per `test` group. */
export interface FileScores {
  n: number;
  accuracy: number;
  logLoss: number;
  /** null when the file has one label only. */
  rocAuc: number | null;
  groups?: Record<string, { n: number; accuracy: number; logLoss: number; rocAuc: number | null }>;
}

export interface ReviewFileReport extends FileScores {
  model: string;
  file: string;
  /** What the box shows on the file (its own unsure band), overall and per `test` group. */
  box: BoxView & { groups?: Record<string, BoxView> };
  /** The band the box's "unsure" comes from; null for a model without one (unsure only at exactly 0.5). */
  unsureBand: { low: number; high: number } | null;
  /** The same figures for the Naive Bayes, when the IMDB training reviews were at hand. */
  naiveBayes?: FileScores;
  /** Why a part is missing; the command prints these on stderr. */
  notes: string[];
}

export interface ReviewFileOptions {
  modelDir: string;
  file: string;
  /** IMDB tarball or folder to train the Naive Bayes on; default: the cached download, if any. */
  imdb?: string;
  anySize?: boolean;
}

function fileScores(
  reviews: readonly { label: 0 | 1; group?: string }[],
  probabilities: readonly number[],
): FileScores {
  const figures = (indices: number[]) => {
    const { examples, accuracy, logLoss, rocAuc } = binaryMetrics(
      indices.map((i) => reviews[i].label),
      indices.map((i) => probabilities[i]),
    );
    return { n: examples, accuracy, logLoss, rocAuc: Number.isNaN(rocAuc) ? null : rocAuc };
  };
  const names = [...new Set(reviews.flatMap((r) => (r.group === undefined ? [] : [r.group])))].sort();
  const all = reviews.map((_, i) => i);
  const scores: FileScores = figures(all);
  if (names.length > 0)
    scores.groups = Object.fromEntries(
      names.map((name) => [name, figures(all.filter((i) => reviews[i].group === name))]),
    );
  return scores;
}

/** Whether `--data` names an IMDB source (a tarball or folder) rather than a file of reviews. */
export async function isImdbSource(path: string): Promise<boolean> {
  return /\.(tar\.gz|tgz)$/i.test(path) || (existsSync(path) && (await stat(path)).isDirectory());
}

export async function evaluateReviewFile(options: ReviewFileOptions): Promise<ReviewFileReport> {
  const reviews = await readReviewFile(options.file);
  const { predict, predictor, metadata } = await loadPredictorDir(options.modelDir);
  const texts = reviews.map((r) => r.text);
  const scores = fileScores(reviews, predictTexts(predict, texts, "model", false));
  const verdicts = boxVerdicts(predictor, metadata.unsureBand, texts);
  const boxOf = (indices: number[]) =>
    boxViewOf(
      indices.map((i) => verdicts[i]),
      indices.map((i) => reviews[i].label),
    );
  const all = reviews.map((_, i) => i);
  const box: ReviewFileReport["box"] = boxOf(all);
  if (scores.groups)
    box.groups = Object.fromEntries(
      Object.keys(scores.groups).map((name) => [name, boxOf(all.filter((i) => reviews[i].group === name))]),
    );
  const band = metadata.unsureBand ? { low: metadata.unsureBand.low, high: metadata.unsureBand.high } : null;
  const report: ReviewFileReport = {
    model: options.modelDir,
    file: options.file,
    ...scores,
    box,
    unsureBand: band,
    notes: [],
  };
  const cached = join(defaultCacheDir(), "aclImdb_v1.tar.gz");
  const imdb = options.imdb ?? (existsSync(cached) ? cached : undefined);
  if (imdb === undefined) {
    report.notes.push(
      "Naive Bayes left out: it trains on the IMDB training reviews; pass --imdb with the aclImdb tarball, or run npm run evaluate once to download it",
    );
  } else {
    // Trained on the same reviews as in the IMDB report: the training reviews outside validation.
    const dataset = await loadImdb(imdb, { reviewsPerClass: options.anySize ? null : undefined });
    const naiveBayes = trainNaiveBayes(splitValidation(dataset.train).train);
    report.naiveBayes = fileScores(
      reviews,
      predictTexts((text) => naiveBayes.probability(text), texts, "Naive Bayes", false),
    );
  }
  return report;
}

const percent = (x: number) => `${(100 * x).toFixed(2)}%`;
const figures = (result: HeldOutResult | FileScores | undefined) =>
  result === undefined
    ? "".padStart(30)
    : `${percent(result.accuracy).padStart(9)}  ${(result.logLoss?.toFixed(4) ?? "").padStart(8)}  ${(result.rocAuc == null ? "n/a" : result.rocAuc.toFixed(4)).padStart(7)}`;
const header = (first: string) => [
  `${"".padEnd(first.length)}${"model".padStart(16)}${"Naive Bayes".padStart(34)}`,
  `${first}${"accuracy".padStart(9)}  log loss  ROC AUC   ${"accuracy".padStart(9)}  log loss  ROC AUC`,
];

/** Failed behaviour cases shown per capability. */
const FAILURES_SHOWN = 3;

/** The table `npm run evaluate` prints for IMDB. */
export function formatImdbReport(report: ImdbReport): string {
  const { model, naiveBayes, sizes, unsureBand } = report;
  const row = (name: string, n: number, mine: HeldOutResult | undefined, theirs: HeldOutResult | undefined) =>
    `${name.padEnd(20)}${String(n).padStart(6)}   ${figures(mine)}   ${figures(theirs)}`;
  const rate = (r: CapabilityResult) =>
    `${String(r.passed).padStart(3)}/${r.total} ${percent(r.passed / r.total).padStart(7)}`;
  const band = `[${unsureBand.low}, ${unsureBand.high}]`;
  const lines = [
    `Model ${report.modelDir} beside ${NAIVE_BAYES_NAME}, trained on the ${sizes.training} training reviews outside validation`,
    "",
    ...header(`${"set".padEnd(20)}${"n".padStart(6)}   `),
    ...(sizes.test !== undefined ? [row("IMDB test", sizes.test, model.test, naiveBayes.test)] : []),
    row("validation", sizes.validation, model.validation, naiveBayes.validation),
    row("short validation", sizes.shortValidation, model.shortValidation, naiveBayes.shortValidation),
    ...(sizes.treebankDev !== undefined
      ? [row("treebank dev", sizes.treebankDev, model.treebankDev, naiveBayes.treebankDev)]
      : []),
    ...(sizes.test === undefined ? ["(IMDB test not read: --skip-test)"] : []),
    "",
    ...(report.chosenBand ? [chosenBandLine(report.chosenBand)] : []),
    ...boxViewLines(bandName(unsureBand.fromModel ? unsureBand : null), [
      ["short validation", model.shortValidation.box],
      ["treebank dev", model.treebankDev?.box],
    ]),
    "",
    `${"behaviour suite".padEnd(20)}${"model".padStart(18)}${"Naive Bayes".padStart(20)}`,
    ...model.behaviour.map(
      (r, i) => `  ${r.capability.padEnd(18)}${rate(r).padStart(18)}${rate(naiveBayes.behaviour[i]).padStart(20)}`,
    ),
    `"no opinion" passes inside the unsure band: the model's ${band}${unsureBand.fromModel ? " (from its metadata)" : " (the default: its metadata records none)"}; Naive Bayes [${DEFAULT_UNSURE_BAND.low}, ${DEFAULT_UNSURE_BAND.high}].`,
  ];
  lines.push(...report.notes.map((note) => `note: ${note}`));
  const failures = model.behaviour.flatMap(({ capability }) =>
    model.failures.filter((f) => f.capability === capability).slice(0, FAILURES_SHOWN),
  );
  if (failures.length > 0) {
    lines.push("", `The model's failed cases (up to ${FAILURES_SHOWN} per capability), P(positive) and text:`);
    for (const f of failures) lines.push(`  ${f.capability.padEnd(18)} ${f.probability.toFixed(3)}  ${f.text}`);
  }
  return lines.join("\n");
}

/** The table `npm run evaluate -- --data FILE` prints. */
export function formatReviewFileReport(report: ReviewFileReport): string {
  const row = (name: string, mine: FileScores, theirs: FileScores | undefined) =>
    `${name.padEnd(20)}${String(mine.n).padStart(6)}   ${figures(mine)}   ${figures(theirs)}`;
  return [
    `Model ${report.model} on ${report.file}`,
    "",
    ...header(`${"reviews".padEnd(20)}${"n".padStart(6)}   `),
    row("all", report, report.naiveBayes),
    ...Object.entries(report.groups ?? {}).map(([name, scores]) =>
      row(`  ${name}`, { ...scores }, report.naiveBayes?.groups?.[name]),
    ),
    "",
    ...boxViewLines(bandName(report.unsureBand), [
      ["all", report.box],
      ...Object.entries(report.box.groups ?? {}).map(([name, view]): [string, BoxView] => [`  ${name}`, view]),
    ]),
  ].join("\n");
}

const chosenBandLine = (band: NonNullable<ModelMetadata["unsureBand"]>) =>
  `Unsure band chosen again (--choose-band) on ${band.examples} short texts: [${band.low}, ${band.high}], ` +
  `${percent(band.insideShare)} inside (right ${band.accuracyInside === null ? "n/a" : percent(band.accuracyInside)}), ` +
  `right ${percent(band.accuracyOutside)} outside; ${band.reachedTarget ? "the narrowest band reaching" : "the widest band tried: none reaches"} ${percent(band.target)}`;

const bandName = (band: { low: number; high: number } | null) =>
  band ? `[${band.low}, ${band.high}]` : "none: unsure only at exactly 0.5";

/** The box's view, one row per set measured: unsure, no verdict, right outside the band. */
function boxViewLines(band: string, rows: [name: string, view: BoxView | undefined][]): string[] {
  return [
    `The box's view (unsure band ${band})`,
    `${"".padEnd(26)}${"unsure".padStart(9)}${"no verdict".padStart(12)}${"right outside".padStart(15)}`,
    ...rows.flatMap(([name, view]) =>
      view
        ? [
            `${name.padEnd(26)}${percent(view.unsure).padStart(9)}${percent(view.noVerdict).padStart(12)}${(view.accuracyOutside === null ? "n/a" : percent(view.accuracyOutside)).padStart(15)}`,
          ]
        : [],
    ),
  ];
}
