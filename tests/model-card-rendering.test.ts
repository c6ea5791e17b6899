/**
 * The box's and the model card's sentences about the default model, rendered from two
 * fixture metadata files: one shaped like the shipped model (no treebank, no band reached
 * the target) and one with every field the treebank-trained model adds. Both languages;
 * every figure asserted is one the fixture holds, so the pages need no edit when a model lands.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { BoxLanguageProvider } from "../components/box/box-strings";
import { Verdict } from "../components/box/verdict";
import { DatasetSource } from "../components/course/dataset-source";
import { DictionaryContext } from "../components/dictionary/use-dictionary";
import { ModelCardSection } from "../components/model-card/model-card-section";
import {
  AblationTable,
  AccuracyTable,
  contenders,
  UnsureBandSummary,
} from "../components/model-card/model-comparison-tables";
import { TreebankData } from "../components/model-card/treebank-data";
import { dictionary } from "../lib/i18n/dictionary";
import { IMDB_LABELLED_ONLY_SHA256, IMDB_SHA256 } from "../lib/imdb-source";
import type { ModelMetadata } from "../lib/metadata";
import type { Reading } from "../lib/predictor";
import { fixtureMetadata } from "./fixture-metadata";

const html = (element: ReactElement) =>
  renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

const base = fixtureMetadata({ numWords: 40, maxLen: 12, embeddingDim: 4, lstmUnits: 4 }, {});
const imdbOnly: ModelMetadata = {
  ...base,
  name: "default",
  dataset: {
    ...base.dataset,
    source: "/home/someone/data/aclImdb_v1-labeled.tar.gz",
    sha256: IMDB_LABELLED_ONLY_SHA256,
  },
  training: { ...base.training, epochs: 1, trainExamples: 87_752, shortSpans: 65_252 },
  unsureBand: {
    low: 0.25,
    high: 0.75,
    target: 0.9,
    reachedTarget: false,
    examples: 4849,
    insideShare: 0.4242,
    accuracyInside: 0.6111,
    accuracyOutside: 0.8449,
  },
  shortValidation: { examples: 4849, accuracy: 0.7457, box: { unsure: 0.4242, accuracyOutside: 0.8449, noVerdict: 0 } },
};
const withTreebank: ModelMetadata = {
  ...imdbOnly,
  dataset: { ...imdbOnly.dataset, source: "aclImdb_v1-labeled.tar.gz" },
  training: { ...imdbOnly.training, epochs: 2, trainExamples: 246_978, shortSpans: 65_252, treebankPhrases: 159_226 },
  treebank: {
    name: "Stanford Sentiment Treebank (Socher et al., 2013)",
    trainSha256: "a".repeat(64),
    devSha256: "b".repeat(64),
  },
  treebankDev: { examples: 872, accuracy: 0.8612, box: { unsure: 0.2031, accuracyOutside: 0.9312, noVerdict: 0.0011 } },
  history: [1, 2].map((epoch) => ({
    epoch,
    loss: 0.4,
    accuracy: 0.8,
    valLoss: 0.3,
    valAccuracy: 0.85,
    validationSets: [
      { name: "validation", loss: 0.28, accuracy: 0.88 + epoch / 1000 },
      { name: "short validation", loss: 0.41, accuracy: 0.79 },
      { name: "treebank dev", loss: 0.35, accuracy: 0.8612 },
    ],
    seconds: 300,
  })),
  unsureBand: {
    low: 0.35,
    high: 0.65,
    target: 0.9,
    reachedTarget: true,
    examples: 5721,
    insideShare: 0.21,
    accuracyInside: 0.58,
    accuracyOutside: 0.912,
  },
  ablation: [
    {
      step: 6,
      base: 5,
      change: { kind: "shortSpans", perReview: 3 },
      validation: { examples: 2500, accuracy: 0.8864 },
      shortValidation: { examples: 4849, accuracy: 0.7457 },
    },
    {
      step: 10,
      base: 6,
      change: { kind: "treebankPhrases", copies: 1 },
      validation: { examples: 2500, accuracy: 0.889 },
      shortValidation: { examples: 4849, accuracy: 0.801 },
      treebankDev: { examples: 872, accuracy: 0.8612 },
    },
  ],
};

test("the unsure band in both languages: the figures metadata holds, and the rule they say was met or not", () => {
  const en = html(createElement(UnsureBandSummary, { box: withTreebank, language: "en" }));
  for (const figure of ["0.350", "0.650", "5,721", "21.0%", "58.0%", "91.2%", "90%"])
    assert.ok(en.includes(figure), figure);
  assert.match(en, /narrowest band around 0\.5 tried that leaves at least 90% right outside it/);
  assert.match(en, /the treebank’s dev sentences/);
  // The box's view of both sets.
  assert.match(en, /Short validation reviews \(4,849\): the box says “unsure” on 42\.4%, gives no verdict on 0\.0%/);
  assert.match(
    en,
    /The treebank’s dev sentences \(872\): the box says “unsure” on 20\.3%, gives no verdict on 0\.1% .*right 93\.1%/,
  );
  const zh = html(createElement(UnsureBandSummary, { box: withTreebank, language: "zh" }));
  for (const figure of ["0.350", "0.650", "5,721", "21.0%", "58.0%", "91.2%", "20.3%", "93.1%"])
    assert.ok(zh.includes(figure), figure);
  assert.match(zh, /最窄/);
  assert.doesNotMatch(zh, /最宽/);

  const old = html(createElement(UnsureBandSummary, { box: imdbOnly, language: "en" }));
  assert.match(
    old,
    /No band tried, up to this one, leaves 90% right outside it, so the box uses the widest band tried/,
  );
  assert.doesNotMatch(old, /narrowest|treebank/);
  const oldZh = html(createElement(UnsureBandSummary, { box: imdbOnly, language: "zh" }));
  assert.match(oldZh, /42\.4%.*61\.1%.*84\.5%/);
  assert.match(oldZh, /最宽/);
  assert.doesNotMatch(oldZh, /最窄|0\.25–0\.75|情感树库开发集的句子/);
});

test("accuracy table: a treebank dev column only when a contender records it; the ablation shows a dash before the treebank", () => {
  const rows = (m: ModelMetadata) => contenders([{ name: "box", metadata: m }]);
  assert.match(
    html(createElement(AccuracyTable, { rows: rows(withTreebank), language: "en" })),
    /Treebank dev accuracy.*86\.1%/,
  );
  assert.doesNotMatch(html(createElement(AccuracyTable, { rows: rows(imdbOnly), language: "en" })), /Treebank/);
  const ablation = renderToStaticMarkup(createElement(AblationTable, { rows: withTreebank.ablation!, language: "zh" }));
  assert.match(ablation, /情感树库开发集准确率/);
  const cells = [...ablation.matchAll(/<tr>(.*?)<\/tr>/g)]
    .slice(1)
    .map((row) => [...row[1].matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]));
  assert.deepEqual(
    cells.map((row) => row[3]),
    ["—", "86.1%"],
  );
  // The change, recorded as data, in Chinese.
  assert.deepEqual(
    cells.map((row) => row[0]),
    ["第 5 步 + 每条训练影评加 3 个短片段", "第 6 步 + 情感树库的标注短语（按三个验证集早停）"],
  );
});

test("model card section: the training data names the treebank's phrases when the metadata counts them", () => {
  const en = html(createElement(ModelCardSection, { name: "default", m: withTreebank, language: "en" }));
  assert.match(
    en,
    /246,978 \(22,500 reviews \+ 65,252 short spans cut from them \+ 159,226 labelled phrases of the Stanford Sentiment Treebank’s train split\)/,
  );
  assert.match(en, /and the Stanford Sentiment Treebank’s dev sentences/);
  // Each validation set per epoch, named in the page's language; the epoch kept from metadata.
  assert.match(en, /Epoch kept: 2\./);
  assert.match(en, /Treebank dev sentences.*0\.3500 \/ 0\.8612/);
  const zh = html(createElement(ModelCardSection, { name: "default", m: withTreebank, language: "zh" }));
  assert.match(zh, /159,226 个斯坦福情感树库训练集里带标签的短语/);
  assert.match(zh, /情感树库开发集句子/);
  const old = html(createElement(ModelCardSection, { name: "default", m: imdbOnly, language: "en" }));
  assert.match(old, /87,752 \(22,500 reviews \+ 65,252 short spans cut from them\)/);
  assert.doesNotMatch(old, /Treebank|treebank/);
  // Neutral phrases are counted apart, so the reviews stay 22,500.
  const neutral = {
    ...withTreebank,
    training: { ...withTreebank.training, trainExamples: 328_635, neutralPhrases: 81_657 },
  };
  const withNeutral = html(createElement(ModelCardSection, { name: "default", m: neutral, language: "en" }));
  assert.match(withNeutral, /328,635 \(22,500 reviews \+ .* \+ 81,657 of its neutral phrases, trained towards 0\.5/);
});

test("model card section: an embedding factored after training shows the size it was trained with", () => {
  const factored: ModelMetadata = {
    ...withTreebank,
    model: { ...withTreebank.model, embeddingDim: 2 },
    training: { ...withTreebank.training, embeddingTrainedDim: 4 },
  };
  const en = html(createElement(ModelCardSection, { name: "default", m: factored, language: "en" }));
  assert.match(en, /Embedding size2 \(trained with 4, then factored to 2 through the LSTM's input weight matrix\)/);
  const zh = html(createElement(ModelCardSection, { name: "default", m: factored, language: "zh" }));
  assert.match(zh, /词嵌入维度2（训练时为 4 维，训练后经 LSTM 的输入权重矩阵分解为 2 维）/);
  const plain = html(createElement(ModelCardSection, { name: "default", m: withTreebank, language: "en" }));
  assert.match(plain, /Embedding size4LSTM units/);
});

test("model card data: the file by name with the official checksum, and the treebank's citation and attribution", () => {
  for (const language of ["en", "zh"] as const) {
    const source = html(createElement(DatasetSource, { dataset: imdbOnly.dataset, language }));
    assert.ok(source.includes(IMDB_SHA256) && source.includes(IMDB_LABELLED_ONLY_SHA256), source);
    assert.ok(source.includes("aclImdb_v1-labeled.tar.gz"));
    assert.doesNotMatch(source, /\/home\//);
    const treebank = html(
      createElement(TreebankData, {
        treebank: withTreebank.treebank!,
        metadata: withTreebank,
        names: ["box"],
        language,
      }),
    );
    assert.match(
      treebank,
      /Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank\. EMNLP 2013/,
    );
    assert.match(treebank, /Pang/);
    assert.match(treebank, /nlp\.stanford\.edu\/sentiment/);
    assert.ok(treebank.includes("159,226") && treebank.includes("872") && treebank.includes("a".repeat(64)));
  }
  const official = html(
    createElement(DatasetSource, { dataset: { ...imdbOnly.dataset, sha256: IMDB_SHA256 }, language: "en" }),
  );
  assert.match(official, /^The official aclImdb_v1\.tar\.gz/);
});

test("the box: a verdict, one plain sentence that gives a probability, a bar that reads itself, 'How sure is it?' in two lines", () => {
  const reading = (probability: number): Reading => ({
    tokens: [
      { word: "<start>", index: 1, outOfVocabulary: false, opinionSoFar: probability },
      { word: "fine", index: 4, outOfVocabulary: false, opinionSoFar: probability },
    ],
    truncatedCount: 0,
    paddingCount: 10,
    logit: Math.log(probability / (1 - probability)),
    probability,
  });
  const box = (probability: number, language: "en" | "zh", m = withTreebank) =>
    renderToStaticMarkup(
      createElement(
        DictionaryContext,
        { value: dictionary(language) },
        createElement(
          BoxLanguageProvider,
          { language },
          createElement(Verdict, { reading: reading(probability), summary: m }),
        ),
      ),
    );
  assert.match(box(0.83, "en"), /It puts the chance that this review is positive at 83%\./);
  assert.match(box(0.1, "en"), /data-verdict="negative"[\s\S]*at 10%\./);
  assert.match(box(0.55, "en"), /The model can’t tell: it reads this as 55% positive\./);
  assert.match(box(0.83, "zh"), /它估计这条影评为正面的概率是 83%。/);
  assert.match(box(0.55, "zh"), /模型拿不准：在它看来，这段话为正面的概率是 55%。/);
  // No probability is called "sure" (issue 30): the old sentence said "98% sure" of a 0.02.
  assert.doesNotMatch(box(0.02, "en"), /\d% sure/);
  // 0.7 is a verdict with the narrow band and "can't tell" with the wide one: the band comes from metadata.
  assert.match(box(0.7, "en"), /data-verdict="positive"/);
  assert.match(box(0.7, "en", imdbOnly), /can’t tell/);
  // The bar: three labelled zones from the band, and a marker at P(positive).
  const bar = box(0.83, "en");
  assert.match(bar, /data-zone="negative"[^>]*style="width:35%"[^>]*>negative</);
  assert.match(bar, /data-zone="unsure"[^>]*style="width:30%"[^>]*>unsure</);
  assert.match(bar, /data-zone="positive"[^>]*>positive</);
  assert.match(bar, /data-marker="true"[^>]*style="left:83%"/);
  assert.match(bar, /aria-label="Probability that the review is positive: 83%"/);
  assert.match(box(0.83, "zh"), />拿不准</);
  // "How sure is it?": two lines from the band's numbers, then the details folded.
  const details = box(0.83, "en");
  assert.match(details, /How sure is it\?<\/h3><ul[^>]*><li>From 0\.350 to 0\.650 it says “unsure”/);
  assert.match(details, /<li>Outside that band its verdicts were right [\d.]+% of the time/);
  assert.match(details, /<details[^>]*><summary[^>]*>Details[^<]*<\/summary>[\s\S]*P\(positive\) = 0\.8300\./);
  assert.match(details, /The treebank’s dev sentences \(872\)/);
  assert.match(box(0.83, "zh"), /概率在 0\.350 到 0\.650 之间时，它说“拿不准”/);
});

test("the home page's sentence names the treebank only when the box's model trained on it", () => {
  assert.match(dictionary("en").site.home(true), /and on the labelled phrases of the Stanford Sentiment Treebank/);
  assert.doesNotMatch(dictionary("en").site.home(false), /Treebank/);
  assert.match(dictionary("zh").site.home(true), /斯坦福情感树库/);
});
