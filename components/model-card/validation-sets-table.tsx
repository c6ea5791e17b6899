/**
 * Each validation set's loss and accuracy per epoch, for a model validated on several
 * (IMDB validation reviews, short validation reviews, the treebank's dev sentences): the
 * training curves show their mean. Read from metadata.json's `history[].validationSets`.
 */
import { formatInteger, formatNumber } from "@/lib/format";
import type { EpochRecord } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { ComparisonTable } from "./model-comparison-tables";

/** The set names training records (scripts/lib/imdb/train-imdb.ts), in each language; others are shown as recorded. */
const SET_NAMES: Record<Language, Record<string, string>> = {
  en: {
    validation: "IMDB validation reviews",
    "short validation": "Short validation reviews",
    "treebank dev": "Treebank dev sentences",
  },
  zh: { validation: "IMDB 验证影评", "short validation": "短影评验证集", "treebank dev": "情感树库开发集句子" },
};

const en = {
  intro: (epoch: string) =>
    `Validated on several sets: the validation curve above is their mean, each set weighing the same. Epoch kept: ${epoch}. Each set’s log loss / accuracy:`,
  epoch: "Epoch",
};
const zh: typeof en = {
  intro: (epoch) =>
    `这个模型在几个验证集上验证：上图的验证曲线是它们的平均值，每个验证集同等计入。保留的轮次：${epoch}。各集合的对数损失 / 准确率：`,
  epoch: "轮次",
};

export function ValidationSetsTable({
  history,
  epochKept,
  language,
}: {
  history: readonly EpochRecord[];
  epochKept: number;
  language: Language;
}) {
  const names = [...new Set(history.flatMap((h) => h.validationSets?.map((s) => s.name) ?? []))];
  if (names.length === 0) return null;
  const t = { en, zh }[language];
  const figure = (x: number) => formatNumber(x, language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return (
    <>
      <p>{t.intro(formatInteger(epochKept, language))}</p>
      <ComparisonTable
        head={[t.epoch, ...names.map((name) => SET_NAMES[language][name] ?? name)]}
        rows={history.map((h) => [
          h.epoch,
          ...names.map((name) => {
            const set = h.validationSets?.find((s) => s.name === name);
            return set ? `${figure(set.loss)} / ${figure(set.accuracy)}` : "—";
          }),
        ])}
        testId="validation-sets"
      />
    </>
  );
}
