/**
 * The models side by side with the Naive Bayes baseline: accuracy on long and short
 * held-out reviews, the behaviour suite's pass rates and the box's unsure band, all read
 * from metadata.json. Shared by the model card and the tutorial-recipe page.
 */
import type { ReactNode } from "react";
import { formatInteger, formatNumber, formatPercent } from "@/lib/format";
import type { CapabilityResult, HeldOutResult, ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { Callout } from "./callout";

/** One row or column of the comparison: a model or a baseline, with what its metadata records. */
export interface Contender {
  name: string;
  test?: HeldOutResult;
  shortValidation?: HeldOutResult;
  behaviour?: CapabilityResult[];
}

/** The behaviour suite's capability names (scripts/lib/imdb/behaviour-suite.ts) in each language; others are shown as recorded. */
const CAPABILITY_NAMES: Record<Language, Record<string, string>> = {
  en: {},
  zh: {
    "short positive": "短句·正面",
    "short negative": "短句·负面",
    "negated positive": "否定正面说法",
    "negated negative": "否定负面说法",
    "contrast with but": "“but”转折",
    intensifiers: "程度副词",
    "no opinion": "没有观点",
  },
};

const en = {
  names: { tutorial: "The tutorial’s model", default: "The box’s model" },
  notMeasured: "not measured",
  accuracyHead: ["", "IMDB test accuracy (long reviews)", "Short-review validation accuracy"],
  capability: "Capability",
  noBehaviour: (
    <>
      No behaviour results are recorded in the metadata yet; <code>npm run evaluate</code> measures them.
    </>
  ),
  band: (low: string, high: string, why: string) => (
    <>
      The tutorial&apos;s model answers every text, even one with no word it knows. The box&apos;s model says
      &ldquo;unsure&rdquo; for probabilities from {low} to {high}. {why}
    </>
  ),
  noBand: <>The box&apos;s model records no unsure band yet.</>,
};

const zh: typeof en = {
  names: { tutorial: "教程的模型", default: "本站的模型" },
  notMeasured: "未测量",
  accuracyHead: ["", "IMDB 测试集准确率（长影评）", "短影评验证集准确率"],
  capability: "能力",
  noBehaviour: (
    <>
      metadata 里还没有记录行为测试的结果；<code>npm run evaluate</code> 会测量它们。
    </>
  ),
  // metadata 里的 why 只有英文，这里只用区间的两个端点。
  band: (low, high) => (
    <>
      教程的模型对任何文字都给出判断，哪怕其中没有一个它认识的词。本站的模型在概率介于 {low} 和 {high}{" "}
      之间时只说“拿不准”：这个区间是在短影评验证集上选出的——以 0.5 为中心、区间外至少 90%
      判断正确的最窄区间；若没有一个区间做到，就用试过的最宽区间（0.25–0.75）。
    </>
  ),
  noBand: <>本站的模型还没有记录“拿不准”区间。</>,
};

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
      behaviour: metadata.behaviour,
    })),
    ...baselines,
  ];
}

/** What a page shows for a number the metadata does not record: "not measured" / "未测量". */
export function notMeasured(language: Language): string {
  return { en, zh }[language].notMeasured;
}

/** "87.3%", or "not measured" when the result is missing. */
export function accuracyText(result: { accuracy: number } | null | undefined, language: Language): string {
  return result ? formatPercent(result.accuracy, 1, language) : notMeasured(language);
}

/** One row per contender: IMDB test accuracy and short-review validation accuracy. */
export function AccuracyTable({ rows, language }: { rows: Contender[]; language: Language }) {
  return (
    <ComparisonTable
      head={{ en, zh }[language].accuracyHead}
      rows={rows.map((c) => [c.name, accuracyText(c.test, language), accuracyText(c.shortValidation, language)])}
      testId="length"
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
  if (capabilities.length === 0)
    return (
      <Callout kind="warning">
        <p>{t.noBehaviour}</p>
      </Callout>
    );
  return (
    <ComparisonTable
      head={[t.capability, ...columns.map((c) => c.name)]}
      rows={capabilities.map((capability) => [
        CAPABILITY_NAMES[language][capability] ?? capability,
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
  );
}

/** The box's unsure band and why it is that wide, or a note that none is recorded. */
export function UnsureBand({ band, language }: { band: ModelMetadata["unsureBand"]; language: Language }) {
  const t = { en, zh }[language];
  const number = (x: number) => formatNumber(x, language, { minimumFractionDigits: 3 });
  return <p data-testid="unsure-band">{band ? t.band(number(band.low), number(band.high), band.why) : t.noBand}</p>;
}

/** "42/50 (84%)", or null when the capability was not measured. */
function passRate(result: CapabilityResult | undefined, language: Language): string | null {
  if (!result || result.total === 0) return null;
  return `${formatInteger(result.passed, language)}/${formatInteger(result.total, language)} (${formatPercent(result.passed / result.total, 0, language)})`;
}

/** A table whose first row is column headers and whose first column is row headers. */
export function ComparisonTable({ head, rows, testId }: { head: string[]; rows: ReactNode[][]; testId: string }) {
  return (
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
  );
}
