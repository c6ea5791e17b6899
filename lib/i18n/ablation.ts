/**
 * An ablation step's change (lib/ablation-steps.ts) in words, in each language: one
 * function per kind of change, so a new kind without its words is a compile error.
 */
import { ABLATION_STEPS, type AblationChange, type AblationChangeKind } from "../ablation-steps";
import { formatInteger } from "../format";
import type { Language } from "../site";

type Words = { [K in AblationChangeKind]: (change: Extract<AblationChange, { kind: K }>) => string };

const n = (value: number, language: Language) => formatInteger(value, language);

const WORDS: Record<Language, Words> = {
  en: {
    tutorialRecipe: (c) =>
      `the tutorial's recipe (${n(c.numWords, "en")} words, ${c.embeddingDim}-d embedding, ${c.lstmUnits} units, ${c.epochs} epochs)`,
    shortSpans: (c) => `+ ${c.perReview} short span${c.perReview === 1 ? "" : "s"} per training review`,
    negationMarking: (c) => (c.on ? "+ negation marking" : "without negation marking"),
    modelSize: (c) =>
      `+ ${n(c.numWords, "en")} words, ${c.embeddingDim}-d embedding, ${c.lstmUnits} units${c.eightBitWeights ? ", 8-bit weights" : ""}`,
    earlyStopping: (c) => `+ up to ${c.epochs} epochs, early stopping (patience ${c.patience})`,
    maxEpochs: (c) => `with up to ${c.epochs} epochs`,
    masking: () => "+ masking the padding",
    dropout: (c) => `+ dropout ${c.rate} on the LSTM's inputs`,
    treebankPhrases: (c) =>
      c.copies === 1
        ? "+ the treebank's labelled phrases (early stopping on all three validation sets)"
        : `with each labelled phrase ${c.copies === 2 ? "twice" : `${c.copies} times`}`,
    neutralPhrases: () => `+ the treebank's neutral phrases as "no opinion" (target 0.5)`,
    lowRankEmbedding: (c) => `+ the embedding factored to ${c.rank} dimensions after training`,
  },
  zh: {
    tutorialRecipe: (c) =>
      `教程的做法（${n(c.numWords, "zh")} 个词，${c.embeddingDim} 维词嵌入，${c.lstmUnits} 个单元，${c.epochs} 轮）`,
    shortSpans: (c) => `+ 每条训练影评加 ${c.perReview} 个短片段`,
    negationMarking: (c) => (c.on ? "+ 否定标记" : "去掉否定标记"),
    modelSize: (c) =>
      `+ ${n(c.numWords, "zh")} 个词，${c.embeddingDim} 维词嵌入，${c.lstmUnits} 个单元${c.eightBitWeights ? "，8 位权重" : ""}`,
    earlyStopping: (c) => `+ 最多 ${c.epochs} 轮，早停（patience ${c.patience}）`,
    maxEpochs: (c) => `改为最多 ${c.epochs} 轮`,
    masking: () => "+ 对填充做掩码",
    dropout: (c) => `+ 对 LSTM 输入做 ${c.rate} 的 dropout`,
    treebankPhrases: (c) =>
      c.copies === 1 ? "+ 情感树库的标注短语（按三个验证集早停）" : `每个标注短语用 ${c.copies} 次`,
    neutralPhrases: () => "+ 情感树库的中性短语，作为“没有观点”（目标 0.5）",
    lowRankEmbedding: (c) => `+ 训练后把词嵌入分解为 ${c.rank} 维`,
  },
};

/**
 * "step 5 + masking the padding": the change, naming the step it builds on unless that is
 * the step before and no other step builds on it too.
 */
export function ablationChangeText(
  language: Language,
  row: { step: number; base: number | null; change: AblationChange },
): string {
  const words = (WORDS[language][row.change.kind] as (change: AblationChange) => string)(row.change);
  const siblings = ABLATION_STEPS.filter((step) => step.base === row.base).length > 1;
  const named = row.base !== null && (row.base !== row.step - 1 || siblings || !words.startsWith("+"));
  if (!named) return words;
  return language === "zh"
    ? `第 ${row.base} 步${words.startsWith("+") ? " " : ""}${words}`
    : `step ${row.base} ${words}`;
}
