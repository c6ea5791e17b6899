/**
 * Every string the sentiment box shows, in each site language. Numbers arrive
 * already formatted (see `formatNumber`), so each language places them itself.
 */
import type { Language } from "@/lib/site";
import type { ExampleKind } from "./example-reviews";

export interface BoxStrings {
  inputLabel: string;
  placeholder: string;
  examplesLabel: string;
  examples: Record<ExampleKind, string>;
  loading: (loaded: string, total: string | null) => string;
  errorTitle: string;
  errorHelp: string;
  retry: string;
  emptyHint: string;
  positive: string;
  negative: string;
  sure: (percent: string, label: string) => string;
  probabilityBar: (percent: string) => string;
  sigmoidNote: (logit: string) => string;
  sigmoidLink: string;
  sawHeading: string;
  sawIntro: string;
  vocabularyLink: string;
  outOfVocabulary: string;
  oovNote: (count: number, formatted: string, oovIndex: string) => string;
  truncated: (total: string, maxLen: string, cut: string, side: "pre" | "post") => string;
  padded: (count: string, maxLen: string, padIndex: string) => string;
  paddingLink: string;
  embeddingNote: (dim: string) => string;
  embeddingLink: string;
  whyHeading: string;
  whyIntro: string;
  lstmLink: string;
  chartLabel: (first: string, last: string) => string;
  opinionAfter: (word: string, percent: string) => string;
  biggestMoves: string;
  move: (word: string, points: string) => string;
}

export const BOX_STRINGS: Record<Language, BoxStrings> = {
  en: {
    inputLabel: "Your movie review",
    placeholder: "Type or paste a movie review in English…",
    examplesLabel: "Try an example:",
    examples: { positive: "Clearly positive", negative: "Clearly negative", negation: "Negation", sarcasm: "Sarcasm", mixed: "Mixed" },
    loading: (loaded, total) => `Loading the model: ${loaded}${total ? ` of ${total}` : ""}`,
    errorTitle: "The model could not be loaded.",
    errorHelp: "Nothing you typed was sent anywhere. Check your connection and try again.",
    retry: "Try again",
    emptyHint: "Type a review above (at least one word) to see what the model thinks.",
    positive: "Positive",
    negative: "Negative",
    sure: (percent, label) => `The model is ${percent} sure this review is ${label.toLowerCase()}.`,
    probabilityBar: (percent) => `Probability that the review is positive: ${percent}`,
    sigmoidNote: (logit) => `The output neuron computed ${logit}; a sigmoid turned that into the probability.`,
    sigmoidLink: "How one sigmoid neuron decides",
    sawHeading: "What the model saw",
    sawIntro: "Each word became a number, its index in the vocabulary. The model reads only these numbers.",
    vocabularyLink: "About the vocabulary",
    outOfVocabulary: "out of vocabulary",
    oovNote: (count, formatted, oovIndex) => `${formatted} ${count === 1 ? "word is" : "words are"} not in the vocabulary: ${count === 1 ? "it" : "each"} became index ${oovIndex}, the same for every unknown word.`,
    truncated: (total, maxLen, cut, side) => `Your review has ${total} tokens, but the model reads at most ${maxLen}: the ${side === "pre" ? "first" : "last"} ${cut} were cut.`,
    padded: (count, maxLen, padIndex) => `${count} padding tokens (index ${padIndex}) were added in front, to make ${maxLen} tokens.`,
    paddingLink: "Why padding and truncation",
    embeddingNote: (dim) => `Each index then picks a row of ${dim} learned numbers: its word embedding.`,
    embeddingLink: "About word embeddings",
    whyHeading: "Why: the opinion word by word",
    whyIntro: "The LSTM reads the review one word at a time. After each word, this is what the output neuron would answer from the LSTM's memory so far.",
    lstmLink: "How the LSTM remembers",
    chartLabel: (first, last) => `Line chart of the probability of positive after each word, from ${first} to ${last}; the dashed line is 50%.`,
    opinionAfter: (word, percent) => `After “${word}”: ${percent} positive`,
    biggestMoves: "Words that moved the opinion most:",
    move: (word, points) => `“${word}” ${points} points`,
  },
  zh: {
    inputLabel: "你的影评",
    placeholder: "输入或粘贴一条英文影评……",
    examplesLabel: "试试示例：",
    examples: { positive: "明显正面", negative: "明显负面", negation: "否定", sarcasm: "反讽", mixed: "褒贬参半" },
    loading: (loaded, total) => `正在加载模型：${loaded}${total ? ` / ${total}` : ""}`,
    errorTitle: "模型加载失败。",
    errorHelp: "你输入的内容没有发送到任何地方。请检查网络后重试。",
    retry: "重试",
    emptyHint: "请在上方输入影评（至少一个词），查看模型的判断。",
    positive: "正面",
    negative: "负面",
    sure: (percent, label) => `模型有 ${percent} 的把握认为这条影评是${label}的。`,
    probabilityBar: (percent) => `影评为正面的概率：${percent}`,
    sigmoidNote: (logit) => `输出神经元算出 ${logit}，sigmoid 函数把它变成了概率。`,
    sigmoidLink: "一个 sigmoid 神经元如何做判断",
    sawHeading: "模型看到了什么",
    sawIntro: "每个词都变成了一个数字，即它在词汇表中的索引。模型只读这些数字。",
    vocabularyLink: "关于词汇表",
    outOfVocabulary: "词汇表外",
    oovNote: (_count, formatted, oovIndex) => `有 ${formatted} 个词不在词汇表中：它们都变成了索引 ${oovIndex}，所有未知词都一样。`,
    truncated: (total, maxLen, cut, side) => `你的影评有 ${total} 个词元，但模型最多只读 ${maxLen} 个：${side === "pre" ? "开头" : "末尾"}的 ${cut} 个被截掉了。`,
    padded: (count, maxLen, padIndex) => `在前面补了 ${count} 个填充词元（索引 ${padIndex}），凑成 ${maxLen} 个词元。`,
    paddingLink: "为什么要填充和截断",
    embeddingNote: (dim) => `然后每个索引取出一行 ${dim} 个学到的数字：这个词的词嵌入。`,
    embeddingLink: "关于词嵌入",
    whyHeading: "为什么：逐词变化的判断",
    whyIntro: "LSTM 一次读一个词。每读完一个词，输出神经元根据 LSTM 此刻的记忆会给出这样的答案。",
    lstmLink: "LSTM 如何记忆",
    chartLabel: (first, last) => `折线图：每个词之后为正面的概率，从 ${first} 到 ${last}；虚线为 50%。`,
    opinionAfter: (word, percent) => `读到“${word}”后：${percent} 正面`,
    biggestMoves: "最能改变判断的词：",
    move: (word, points) => `“${word}” ${points} 个百分点`,
  },
};

const LOCALES: Record<Language, string> = { en: "en-US", zh: "zh-CN" };

export function formatNumber(language: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[language], options).format(value);
}

export function formatPercent(language: Language, probability: number): string {
  return formatNumber(language, probability, { style: "percent", maximumFractionDigits: 0 });
}

/** "412 kB", for the loading progress. */
export function formatBytes(language: Language, bytes: number): string {
  return formatNumber(language, bytes / 1000, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
}
