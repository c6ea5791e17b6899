/**
 * The models side by side with the Naive Bayes baseline: accuracy on long and short
 * held-out reviews (and the treebank's dev sentences when measured), the behaviour
 * suite's pass rates, the box's unsure band and the recipe ablation, all read from
 * card.json and reading.json. Shared by the model card and the tutorial-recipe page.
 */
import type { ReactNode } from "react";
import { DEFAULT_UNSURE_BAND } from "@/lib/capabilities";
import { formatDecimal, formatInteger, formatPercent } from "@/lib/format";
import { ablationChangeText } from "@/lib/i18n/ablation";
import { capabilityName } from "@/lib/i18n/capabilities";
import { dictionary } from "@/lib/i18n/dictionary";
import type { AblationRow, CapabilityResult, HeldOutResult, ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "../course/callout";
import { ScrollRegion } from "../scroll-region";
import { BoxViews, unsureBandText } from "../unsure-band-explained";

/** One row or column of the comparison: a model or a baseline, with what its metadata records. */
export interface Contender {
  name: string;
  test?: HeldOutResult;
  shortValidation?: HeldOutResult;
  treebankDev?: HeldOutResult;
  behaviour?: CapabilityResult[];
  /** The model's own unsure band, which its "no opinion" cases were scored with. */
  unsureBand?: { low: number; high: number };
}

const en = {
  names: { tutorial: "The tutorial’s model", default: "The box’s model" },
  notMeasured: "not measured",
  accuracyHead: ["", "IMDB test accuracy (long reviews)", "Short-review validation accuracy"],
  treebankDevHead: "Treebank dev accuracy (sentences)",
  ablationHead: [
    "Step",
    "Change",
    "Validation accuracy",
    "Short validation accuracy",
    "Treebank dev accuracy",
    "Verdicts at ≥ 90% right (short val. · treebank dev)",
    "ROC AUC (short val. · treebank dev)",
    "Epochs kept",
  ],
  capability: "Capability",
  noBehaviour: (
    <>
      No behaviour results are recorded in the metadata yet; <code>npm run evaluate</code> measures them.
    </>
  ),
  answersAll: "The tutorial’s model answers every text, even one with no word it knows.",
  /** Under the behaviour table: how "no opinion" is scored (scripts/lib/imdb/behaviour-suite.ts). */
  noOpinionRule: (band: string, withBand: string | null) =>
    `“No opinion” passes when P(positive) lies inside an unsure band: the model’s own where it records one${withBand ? ` (${withBand})` : ""}; ${band} for models without one (the tutorial’s model, Naive Bayes).`,
  noBand: <>The box&apos;s model records no unsure band yet.</>,
  /** Under the box's views: the same sets made choices, so their figures are not an independent test. */
  choseOnThem: (epoch: boolean) =>
    `These sets are not an untouched test: the unsure band was chosen on them${epoch ? ", and early stopping chose the epoch kept on them (with the IMDB validation reviews)" : ""}. Figures measured where the choices were made tend to read a little better than on new text.`,
  /** The baselines' names by what card.json records; English shows the record itself. */
  baselineNames: {} as Record<string, string>,
};

const zh: typeof en = {
  names: { tutorial: "教程的模型", default: "输入框的模型" },
  notMeasured: "未测量",
  accuracyHead: ["", "IMDB 测试集准确率（长影评）", "短影评验证集准确率"],
  treebankDevHead: "情感树库开发集准确率（句子）",
  ablationHead: [
    "步骤",
    "改动",
    "验证集准确率",
    "短影评验证集准确率",
    "情感树库开发集准确率",
    "准确率 ≥ 90% 时能下判断的比例（短影评验证集 · 情感树库开发集）",
    "ROC 曲线下面积（短影评验证集 · 情感树库开发集）",
    "保留的轮次",
  ],
  capability: "能力",
  noBehaviour: (
    <>
      metadata 里还没有记录行为测试的结果；<code>npm run evaluate</code> 会测量它们。
    </>
  ),
  answersAll: "教程的模型对任何文字都给出判断，哪怕其中没有一个它认识的词。",
  noOpinionRule: (band, withBand) =>
    `“没有观点”一项的判定：P(正面) 落在“拿不准”区间内即算通过。记录了自己区间的模型用自己的区间${withBand ? `（${withBand}）` : ""}；没有区间的模型（教程的模型、朴素贝叶斯）用 ${band}。`,
  noBand: <>输入框的模型还没有记录“拿不准”区间。</>,
  choseOnThem: (epoch) =>
    `这两组数据并不是没碰过的测试集：“拿不准”区间是在它们上面选的${epoch ? "，早停保留哪一轮也是看它们（连同 IMDB 验证影评）决定的" : ""}。在做选择的数据上测出的数字，往往比在新文字上略好一些。`,
  baselineNames: { "Naive Bayes (binarized, unigrams + bigrams)": "朴素贝叶斯（二值化，一元和二元词组）" },
};

/**
 * A model's embedding size as the tables show it: "8", or, for an embedding factored after
 * training (scripts/lib/imdb/low-rank-embedding.ts), what it was trained with too.
 */
export function embeddingSize(m: ModelMetadata, language: Language): string {
  const { embeddingDim } = m.model;
  const trained = m.training.embeddingTrainedDim;
  if (trained === undefined) return String(embeddingDim);
  return language === "zh"
    ? `${embeddingDim}（训练时为 ${trained} 维，训练后经 LSTM 的输入权重矩阵分解为 ${embeddingDim} 维）`
    : `${embeddingDim} (trained with ${trained}, then factored to ${embeddingDim} through the LSTM's input weight matrix)`;
}

/** The display name of a model folder ("default", "tutorial") in `language`. */
export function modelName(name: keyof typeof en.names, language: Language): string {
  return { en, zh }[language].names[name];
}

/**
 * The models in the order given, then the baselines. Baselines are measured on the same
 * data for every model, so either metadata may record them; the box's is preferred.
 */
export function contenders(models: { name: string; metadata: ModelMetadata }[]): Contender[] {
  const withBaselines = models.map(({ metadata }) => metadata).filter((m) => m.baselines?.length);
  const baselines = (withBaselines.find((m) => m.name === "default") ?? withBaselines[0])?.baselines ?? [];
  return [
    ...models.map(({ name, metadata }) => ({
      name,
      test: metadata.evaluation,
      shortValidation: metadata.shortValidation,
      treebankDev: metadata.treebankDev,
      behaviour: metadata.behaviour,
      unsureBand: metadata.unsureBand,
    })),
    ...baselines,
  ];
}

/** A contender's name in `language`: a baseline's recorded English name is translated where a translation exists. */
function contenderName(name: string, language: Language): string {
  return { en, zh }[language].baselineNames[name] ?? name;
}

/** What a page shows for a number the metadata does not record: "not measured" / "未测量". */
export function notMeasured(language: Language): string {
  return { en, zh }[language].notMeasured;
}

/** "87.3%", or "not measured" when the result is missing. */
export function accuracyText(result: { accuracy: number } | null | undefined, language: Language): string {
  return result ? formatPercent(result.accuracy, 1, language) : notMeasured(language);
}

/**
 * One row per contender: IMDB test accuracy, short-review validation accuracy and, when
 * any contender records it, accuracy on the treebank's dev sentences.
 */
export function AccuracyTable({ rows, language }: { rows: Contender[]; language: Language }) {
  const t = { en, zh }[language];
  const withTreebank = rows.some((c) => c.treebankDev);
  return (
    <ComparisonTable
      head={withTreebank ? [...t.accuracyHead, t.treebankDevHead] : t.accuracyHead}
      rows={rows.map((c) => [
        contenderName(c.name, language),
        accuracyText(c.test, language),
        accuracyText(c.shortValidation, language),
        ...(withTreebank ? [accuracyText(c.treebankDev, language)] : []),
      ])}
      testId="length"
    />
  );
}

/**
 * The recipe ablation (`npm run ablate`): one row per step, validation figures only; a
 * dash where a step was measured before the treebank's dev sentences were.
 */
export function AblationTable({ rows, language }: { rows: AblationRow[]; language: Language }) {
  const percent = (result: HeldOutResult | undefined) => (result ? formatPercent(result.accuracy, 1, language) : "—");
  // Figures recorded only from step 11 on (older rows: a dash).
  const pair = (value: (result: HeldOutResult) => string | null, row: AblationRow) =>
    [row.shortValidation, row.treebankDev].map((result) => (result && value(result)) ?? "—").join(" · ");
  const coverage = (result: HeldOutResult) =>
    result.coverageAt90 === undefined ? null : formatPercent(result.coverageAt90, 1, language);
  const auc = (result: HeldOutResult) =>
    result.rocAuc === undefined ? null : formatDecimal(result.rocAuc, 3, language);
  return (
    <ComparisonTable
      head={{ en, zh }[language].ablationHead}
      rows={rows.map((row) => [
        row.step,
        ablationChangeText(language, row),
        percent(row.validation),
        percent(row.shortValidation),
        percent(row.treebankDev),
        pair(coverage, row),
        pair(auc, row),
        row.epochs ?? notMeasured(language),
      ])}
      testId="ablation"
    />
  );
}

/** Capability × contender, each cell "passed/total (pct)"; a note when nothing is recorded. */
export function BehaviourTable({
  columns,
  language,
  testId = "behaviour",
}: {
  columns: Contender[];
  language: Language;
  testId?: string;
}) {
  const t = { en, zh }[language];
  const capabilities = [...new Set(columns.flatMap((c) => c.behaviour?.map((b) => b.capability) ?? []))];
  const band = columns.find((c) => c.behaviour && c.unsureBand)?.unsureBand;
  if (capabilities.length === 0)
    return (
      <Callout kind="warning">
        <p>{t.noBehaviour}</p>
      </Callout>
    );
  return (
    <>
      <ComparisonTable
        head={[t.capability, ...columns.map((c) => contenderName(c.name, language))]}
        rows={capabilities.map((capability) => [
          capabilityName(language, capability),
          ...columns.map(
            (c) =>
              passRate(
                c.behaviour?.find((b) => b.capability === capability),
                language,
              ) ?? t.notMeasured,
          ),
        ])}
        testId={testId}
      />
      {capabilities.includes("no opinion") && (
        <p className="text-sm text-zinc-600" data-testid={`${testId}-no-opinion-band`}>
          {t.noOpinionRule(bandText(DEFAULT_UNSURE_BAND, language), band ? bandText(band, language) : null)}
        </p>
      )}
    </>
  );
}

/** "0.35–0.65". */
function bandText(band: { low: number; high: number }, language: Language): string {
  return `${formatDecimal(band.low, 2, language)}–${formatDecimal(band.high, 2, language)}`;
}

/** The box's unsure band, the figures it was chosen on and what the box does on held-out sets; or a note that none is recorded. */
export function UnsureBandSummary({ box, language }: { box: ModelMetadata | null | undefined; language: Language }) {
  const t = { en, zh }[language];
  if (!box?.unsureBand) return <p data-testid="unsure-band">{t.noBand}</p>;
  return (
    <>
      <p data-testid="unsure-band">
        {t.answersAll}
        {language === "en" ? " " : ""}
        {unsureBandText(box.unsureBand, box.treebank !== undefined, language, dictionary(language))}
      </p>
      <BoxViews
        sets={{ shortValidation: box.shortValidation, treebankDev: box.treebankDev }}
        language={language}
        t={dictionary(language)}
      />
      {(box.shortValidation?.box || box.treebankDev?.box) && (
        <p className="text-sm text-zinc-600" data-testid="box-views-chose">
          {t.choseOnThem(
            box.history.some((h) =>
              h.validationSets?.some((set) => set.name === "short validation" || set.name === "treebank dev"),
            ),
          )}
        </p>
      )}
    </>
  );
}

/** "42/50 (84%)", or null when the capability was not measured. */
function passRate(result: CapabilityResult | undefined, language: Language): string | null {
  if (!result || result.total === 0) return null;
  return `${formatInteger(result.passed, language)}/${formatInteger(result.total, language)} (${formatPercent(result.passed / result.total, 0, language)})`;
}

/** A table whose first row is column headers and whose first column is row headers. */
export function ComparisonTable({ head, rows, testId }: { head: string[]; rows: ReactNode[][]; testId: string }) {
  return (
    <ScrollRegion>
      <table data-testid={testId}>
        <thead>
          <tr>
            {head.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
