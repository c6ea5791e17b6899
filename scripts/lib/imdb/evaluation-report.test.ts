/**
 * `npm run evaluate` end to end on the tiny IMDB fixture and a tiny model: the report,
 * what --save stores, the user-file path and the command's JSON and errors.
 */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { binaryMetrics } from "../../../lib/metrics";
import { decodeTestPredictions } from "../../../lib/test-predictions";
import { tokenize } from "../../../lib/tokenizer";
import { verdictOf } from "../../../lib/verdict";
import { buildVocabulary } from "../../../lib/vocabulary";
import { fixtureMetadata } from "../../../tests/fixture-metadata";
import { type ImdbFixture, writeImdbFixture } from "../../../tests/imdb-fixture";
import { buildModel } from "../model";
import { loadPredictorDir, readMetadata, saveModelDir, writeMetadata } from "../model-files";
import { CAPABILITIES } from "./behaviour-suite";
import {
  evaluateOnImdb,
  evaluateReviewFile,
  formatImdbReport,
  formatReviewFileReport,
  isImdbSource,
  saveImdbReport,
} from "./evaluation-report";
import { loadImdb } from "./imdb-dataset";
import { NAIVE_BAYES_NAME } from "./naive-bayes";
import { shortValidationSet } from "./short-reviews";
import { loadTreebankData } from "./treebank";
import { chooseUnsureBand } from "./unsure-band";
import { splitValidation } from "./validation-split";

const config = { numWords: 20, maxLen: 12, embeddingDim: 4, lstmUnits: 3 };
let fixture: ImdbFixture;
let dir: string;
let modelFolder: string;
let treebank: string;

/** A tiny treebank folder: the dev file's sentences carry the fixture's words, one neutral. */
const TREEBANK_DEV = [
  "(4 (3 (3 great) (2 film)) (2 .))",
  "(0 (1 awful) (2 (2 boring) (2 plot)))",
  "(2 (2 a) (2 film))",
  "(1 (2 zzyzx) (2 qwfp))",
].join("\n");

before(async () => {
  await tf.setBackend("cpu");
  fixture = await writeImdbFixture({ reviewsPerClass: 10 });
  dir = await mkdtemp(join(tmpdir(), "evaluate-test-"));
  modelFolder = join(dir, "model");
  treebank = join(dir, "sst");
  await mkdir(treebank);
  await writeFile(join(treebank, "train.txt"), "(3 (3 good) (2 film))\n");
  await writeFile(join(treebank, "dev.txt"), TREEBANK_DEV);
  const model = buildModel(config, 7);
  // Scaled weights, so predictions differ from review to review.
  model.setWeights(tf.tidy(() => model.getWeights().map((w, i) => (i === 0 ? w.mul(30) : w.mul(3)))));
  const metadata = fixtureMetadata(
    config,
    buildVocabulary(
      fixture.reviews.filter((r) => r.id.startsWith("train/")).map((r) => tokenize(r.text)),
      config.numWords,
    ),
  );
  await saveModelDir(modelFolder, model, metadata);
  model.dispose();
});

after(async () => {
  await fixture.remove();
  await rm(dir, { recursive: true, force: true });
});

test("evaluateOnImdb: the model's figures are the Predictor's, the baseline's sets the same, behaviour complete", async () => {
  const report = await evaluateOnImdb({
    modelDir: modelFolder,
    data: fixture.tarball,
    anySize: true,
    showProgress: false,
  });
  // 10 per class and split: 1 of each class to validation, 9 + 9 to train.
  assert.deepEqual(
    { ...report.sizes, shortValidation: undefined },
    { test: 20, validation: 2, training: 18, shortValidation: undefined },
  );
  assert.ok(report.sizes.shortValidation >= 2);
  const { predict } = await loadPredictorDir(modelFolder);
  const test = fixture.reviews.filter((r) => r.id.startsWith("test/"));
  const expected = binaryMetrics(
    test.map((r) => r.label),
    test.map((r) => predict(r.text)),
  );
  assert.equal(report.model.test?.accuracy, expected.accuracy);
  assert.equal(report.model.evaluation?.logLoss, expected.logLoss);
  assert.deepEqual(
    report.testPredictions?.labels,
    test.map((r) => r.label),
  );
  // The fixture's words separate the classes perfectly, so the Naive Bayes gets all test reviews right.
  assert.equal(report.naiveBayes.test?.accuracy, 1);
  assert.deepEqual(
    report.model.behaviour.map((r) => [r.capability, r.total]),
    CAPABILITIES.map((c) => [c, 50]),
  );
  assert.equal(
    report.model.failures.length,
    report.model.behaviour.reduce((sum, r) => sum + r.total - r.passed, 0),
  );
  assert.deepEqual(report.unsureBand, { low: 0.35, high: 0.65, fromModel: false });
  // The tiny model records no validation split, so the validation reviews were not held out.
  assert.deepEqual(report.notes, [
    "The model held out 0 of the training reviews, not 0.1: it trained on validation reviews, so its validation figures are not held out.",
  ]);
  const table = formatImdbReport(report);
  assert.match(table, /IMDB test\s+20\s+\d+\.\d\d%/);
  assert.match(table, /negated positive\s+\d+\/50/);
});

test("evaluateOnImdb --treebank: the dev sentences measured, and the box's view of them and of short validation", async () => {
  const report = await evaluateOnImdb({
    modelDir: modelFolder,
    data: fixture.tarball,
    anySize: true,
    skipTest: true,
    treebank,
    showProgress: false,
  });
  const { predictor, predict, metadata } = await loadPredictorDir(modelFolder);
  const dev = (await loadTreebankData(treebank)).devSentences;
  assert.equal(dev.length, 3, "the neutral sentence is left out");
  assert.equal(report.sizes.treebankDev, 3);
  assert.equal(
    report.model.treebankDev?.accuracy,
    binaryMetrics(
      dev.map((r) => r.label),
      dev.map((r) => predict(r.text)),
    ).accuracy,
  );
  // The box's view, counted here by hand from the box's own verdicts.
  const kinds = dev.map((r) => verdictOf(predictor.read(r.text), metadata.unsureBand).kind);
  assert.deepEqual(kinds.at(-1), "no-known-words", "zzyzx qwfp: no word the model knows");
  const given = dev.flatMap((r, i) =>
    kinds[i] === "positive" || kinds[i] === "negative" ? [[r, kinds[i]] as const] : [],
  );
  assert.deepEqual(report.model.treebankDev?.box, {
    unsure: kinds.filter((k) => k === "unsure").length / 3,
    noVerdict: 1 / 3,
    accuracyOutside:
      given.length === 0
        ? null
        : given.filter(([r, k]) => (k === "positive") === (r.label === 1)).length / given.length,
  });
  const short = report.model.shortValidation.box;
  assert.ok(short && short.unsure + short.noVerdict <= 1);
  const table = formatImdbReport(report);
  assert.match(table, /treebank dev\s+3\s+\d+\.\d\d%/);
  assert.match(table, /The box's view \(unsure band none: unsure only at exactly 0\.5\)/);
  assert.match(table, /\ntreebank dev\s+\d+\.\d\d%\s+33\.33%/);

  await saveImdbReport(report, await readMetadata(modelFolder));
  const saved = await readMetadata(modelFolder);
  assert.deepEqual(saved.treebankDev, report.model.treebankDev);
  assert.deepEqual(saved.shortValidation?.box, short);
  // The Naive Bayes' validation and treebank-dev figures are recorded too (the model card shows them).
  const baseline = saved.baselines?.find((b) => b.name === NAIVE_BAYES_NAME);
  assert.deepEqual(baseline?.treebankDev, report.naiveBayes.treebankDev);
  assert.deepEqual(baseline?.validation, report.naiveBayes.validation);
  assert.equal(baseline?.treebankDev?.examples, 3);
});

test("evaluateOnImdb --choose-band: the band chosen again on short validation and treebank dev, used and stored", async () => {
  const before = await readMetadata(modelFolder);
  // A band chosen earlier on other texts: --choose-band replaces it.
  await writeMetadata(modelFolder, {
    ...before,
    unsureBand: {
      low: 0.4,
      high: 0.6,
      target: 0.9,
      reachedTarget: false,
      examples: 7,
      insideShare: 0.5,
      accuracyInside: 0.5,
      accuracyOutside: 0.75,
    },
  });
  const report = await evaluateOnImdb({
    modelDir: modelFolder,
    data: fixture.tarball,
    anySize: true,
    skipTest: true,
    treebank,
    chooseBand: true,
    showProgress: false,
  });
  const { predict } = await loadPredictorDir(modelFolder);
  const dataset = await loadImdb(fixture.tarball, { reviewsPerClass: null });
  const bandSet = [
    ...shortValidationSet(splitValidation(dataset.train).validation),
    ...(await loadTreebankData(treebank)).devSentences,
  ];
  assert.deepEqual(
    report.chosenBand,
    chooseUnsureBand(
      bandSet.map((r) => r.label),
      bandSet.map((r) => predict(r.text)),
    ),
  );
  assert.equal(report.chosenBand?.examples, report.sizes.shortValidation + 3);
  assert.deepEqual([report.unsureBand.low, report.unsureBand.high], [report.chosenBand?.low, report.chosenBand?.high]);
  assert.match(formatImdbReport(report), /Unsure band chosen again \(--choose-band\) on \d+ short texts/);
  await saveImdbReport(report, await readMetadata(modelFolder));
  assert.deepEqual((await readMetadata(modelFolder)).unsureBand, report.chosenBand);
  await writeMetadata(modelFolder, before);
});

test("evaluateOnImdb --skip-test reads no test figures; saveImdbReport keeps the earlier ones", async () => {
  const full = await evaluateOnImdb({
    modelDir: modelFolder,
    data: fixture.tarball,
    anySize: true,
    showProgress: false,
  });
  await saveImdbReport(full, await readMetadata(modelFolder));
  const saved = await readMetadata(modelFolder);
  assert.equal(saved.evaluation?.accuracy, full.model.test?.accuracy);
  assert.deepEqual(saved.behaviour, full.model.behaviour);
  assert.deepEqual(saved.shortValidation, full.model.shortValidation);
  assert.deepEqual(
    saved.baselines?.map((b) => [b.name, b.test?.accuracy]),
    [[NAIVE_BAYES_NAME, 1]],
  );
  const bin = decodeTestPredictions(await readFile(join(modelFolder, "test-predictions.bin")));
  assert.deepEqual(Array.from(bin.labels), full.testPredictions?.labels);
  assert.ok(bin.probabilities.every((p, i) => Math.abs(p - full.testPredictions!.probabilities[i]) <= 1 / 65535));

  // Trained with the split's fraction: validation was held out, so no note.
  await writeMetadata(modelFolder, { ...saved, training: { ...saved.training, validationSplit: 0.1 } });
  const partial = await evaluateOnImdb({
    modelDir: modelFolder,
    data: fixture.tarball,
    anySize: true,
    skipTest: true,
    showProgress: false,
  });
  assert.deepEqual(partial.notes, []);
  assert.equal(partial.model.test, undefined);
  assert.equal(partial.testPredictions, undefined);
  assert.match(formatImdbReport(partial), /IMDB test not read/);
  await saveImdbReport(partial, saved);
  const again = await readMetadata(modelFolder);
  assert.deepEqual(again.evaluation, saved.evaluation);
  assert.equal(again.baselines?.length, 1);
  assert.equal(again.baselines?.[0].test?.accuracy, 1);
});

test("evaluateReviewFile: overall and per-group figures for the model and, with IMDB at hand, the Naive Bayes", async () => {
  const file = join(dir, "mine.csv");
  await writeFile(file, 'text,label,test\n"Great, wonderful, loved it",1,a\nawful boring,0,a\n"hated it, awful",0,b\n');
  const report = await evaluateReviewFile({ modelDir: modelFolder, file, imdb: fixture.tarball, anySize: true });
  assert.equal(report.n, 3);
  assert.deepEqual(Object.keys(report.groups ?? {}), ["a", "b"]);
  assert.equal(report.groups?.b.rocAuc, null);
  assert.deepEqual(report.naiveBayes && { accuracy: report.naiveBayes.accuracy, a: report.naiveBayes.groups?.a.n }, {
    accuracy: 1,
    a: 2,
  });
  assert.deepEqual(report.notes, []);
  assert.match(formatReviewFileReport(report), /\n {2}b\s+1\s/);
  // The box's view: the tiny model has no band, so nothing is unsure unless exactly 0.5; every text has a known word.
  assert.deepEqual(
    { unsure: report.box.unsure, noVerdict: report.box.noVerdict, groups: Object.keys(report.box.groups ?? {}) },
    { unsure: 0, noVerdict: 0, groups: ["a", "b"] },
  );
  assert.equal(report.box.accuracyOutside, report.accuracy);
  assert.equal(report.unsureBand, null);
  assert.match(
    formatReviewFileReport(report),
    /The box's view[^\n]*\n.*unsure\s+no verdict\s+right outside\nall\s+0\.00%\s+0\.00%\s+66\.67%/,
  );
});

test("npm run evaluate -- --data FILE --json: one JSON object; a bad file one error line", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/evaluate.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, XDG_CACHE_HOME: join(dir, "empty-cache") },
    });
  return Promise.all([
    writeFile(join(dir, "a.jsonl"), '{"text": "loved it, great", "label": 1}\n{"text": "awful", "label": 0}\n'),
    writeFile(join(dir, "bad.csv"), "text,label\nfine,1\nmeh,pos\n"),
  ]).then(() => {
    const good = run(["--model", modelFolder, "--data", join(dir, "a.jsonl"), "--json"]);
    assert.equal(good.status, 0, good.stderr);
    const output = JSON.parse(good.stdout) as {
      n: number;
      accuracy: number;
      naiveBayes?: unknown;
      box: { unsure: number; accuracyOutside: number | null; noVerdict: number };
    };
    assert.equal(output.n, 2);
    assert.deepEqual(Object.keys(output.box).sort(), ["accuracyOutside", "noVerdict", "unsure"]);
    assert.equal(output.box.accuracyOutside, output.accuracy, "no band, known words: every text gets a verdict");
    assert.equal(output.naiveBayes, undefined);
    assert.match(good.stderr, /Naive Bayes left out/);
    const bad = run(["--model", modelFolder, "--data", join(dir, "bad.csv")]);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr.trim(), `error: ${join(dir, "bad.csv")}:3: label must be 0 or 1, got "pos"`);
  });
});

test("isImdbSource: tarballs and folders are IMDB, other files are reviews", async () => {
  assert.equal(await isImdbSource(fixture.tarball), true);
  assert.equal(await isImdbSource(fixture.dir), true);
  assert.equal(await isImdbSource("x.tgz"), true);
  assert.equal(await isImdbSource("mine.csv"), false);
});
