/**
 * Typed site data in one place: languages, the course of /learn pages, navigation.
 * Read by the layout, the learn index, the box's links and the tests.
 */

export const LANGUAGES = ["en", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The `lang` attribute of each language's pages. */
export const HTML_LANG: Record<Language, string> = { en: "en", zh: "zh-Hans" };

/** A route's `[lang]` parameter, checked. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** English lives at the root (`/learn/lstm`), Simplified Chinese under `/zh` (`/zh/learn/lstm`). */
export function localePath(language: Language, path: string): string {
  return language === "en" ? path : path === "/" ? "/zh" : `/zh${path}`;
}

export interface LearnPage {
  slug: string;
  title: Record<Language, string>;
  /** One line for the index and link previews. */
  summary: Record<Language, string>;
}

/** The course, in reading order. Routes: `/learn/<slug>` and `/zh/learn/<slug>`. */
export const LEARN_PAGES = [
  {
    slug: "training-vs-testing",
    title: { en: "Training vs testing", zh: "训练与测试" },
    summary: {
      en: "What each is for, and why testing changes no weights.",
      zh: "两者各有什么用，为什么测试不改变任何权重。",
    },
  },
  {
    slug: "imdb-dataset",
    title: { en: "The IMDB dataset", zh: "IMDB 数据集" },
    summary: {
      en: "25,000 + 25,000 reviews, labels 0/1, reviews as integers.",
      zh: "两万五千条训练影评和两万五千条测试影评，标签 0/1，影评变成整数序列。",
    },
  },
  {
    slug: "word-embeddings",
    title: { en: "Word embeddings: a real vector domain", zh: "词嵌入：实数向量空间" },
    summary: {
      en: "Embedding(5000, 32) turns each word index into 32 real numbers.",
      zh: "Embedding(5000, 32) 把每个词的索引变成 32 个实数。",
    },
  },
  {
    slug: "vocabulary",
    title: { en: "Vocabulary: keeping the most frequent words", zh: "词汇表：只保留最常见的词" },
    summary: {
      en: "Why limit it, and what the reserved indices 0–3 mean.",
      zh: "为什么要限制词汇表，保留索引 0–3 分别代表什么。",
    },
  },
  {
    slug: "padding-truncation",
    title: { en: "Padding and truncation to 500", zh: "填充与截断到 500" },
    summary: { en: "pad_sequences: every review the same length.", zh: "pad_sequences：让每条影评长度相同。" },
  },
  {
    slug: "random-seed",
    title: { en: "The random seed", zh: "随机种子" },
    summary: { en: "What seed 7 fixes, and what it does not.", zh: "种子 7 固定了什么，又没有固定什么。" },
  },
  {
    slug: "lstm",
    title: { en: "LSTM and its 100 memory units", zh: "LSTM 与它的 100 个记忆单元" },
    summary: {
      en: "Gates, cell state, and how the opinion moves word by word.",
      zh: "门、细胞状态，以及判断如何逐词变化。",
    },
  },
  {
    slug: "sigmoid-output",
    title: { en: "Dense output with one sigmoid neuron", zh: "一个 sigmoid 神经元的全连接输出层" },
    summary: { en: "Why one neuron and a sigmoid for two classes.", zh: "为什么二分类只需要一个神经元和 sigmoid。" },
  },
  {
    slug: "log-loss",
    title: { en: "Log loss (binary cross-entropy)", zh: "对数损失（二元交叉熵）" },
    summary: {
      en: "The formula, a worked example, and your own review's loss.",
      zh: "公式、算例，以及你自己的影评的损失。",
    },
  },
  {
    slug: "adam",
    title: { en: "The Adam optimizer", zh: "Adam 优化器" },
    summary: { en: "What an optimizer does and what Adam adds.", zh: "优化器做什么，Adam 又多了什么。" },
  },
  {
    slug: "epochs-batches",
    title: { en: "Epochs, batch size and overfitting", zh: "轮次、批大小与过拟合" },
    summary: {
      en: "Why 2–3 epochs, what batch 64 means, the real training curves.",
      zh: "为什么训练 2–3 轮，批大小 64 是什么意思，真实的训练曲线。",
    },
  },
  {
    slug: "evaluation",
    title: { en: "Evaluating on unseen reviews", zh: "在没见过的影评上评估" },
    summary: { en: "The real test results and where the model errs.", zh: "真实的测试结果，以及模型在哪里出错。" },
  },
  {
    slug: "tutorial-recipe",
    title: { en: "What the tutorial’s recipe gets wrong", zh: "教程的配方错在哪里" },
    summary: {
      en: "Short reviews, negation and unknown words: the tutorial’s model, the box’s model and a Naive Bayes baseline, measured.",
      zh: "短影评、否定和未登录词：教程的模型、输入框的模型和朴素贝叶斯基线的实测结果。",
    },
  },
  {
    slug: "your-own-sequences",
    title: { en: "Use this template on your own sequences (EEG)", zh: "把这个模板用在你自己的序列数据上（脑电）" },
    summary: {
      en: "From text to EEG: what carries over and what changes.",
      zh: "从文本到脑电：哪些可以照搬，哪些需要改变。",
    },
  },
  {
    slug: "questions",
    title: { en: "Your questions, answered", zh: "你的问题，逐一解答" },
    summary: {
      en: "What learners of this tutorial ask, each with a short answer and the page that goes further.",
      zh: "学习这个教程的人常问的问题，每个都有简短回答和深入讲解的那一页。",
    },
  },
  {
    slug: "glossary",
    title: { en: "Glossary", zh: "术语表" },
    summary: {
      en: "One English and one Chinese term per concept, as the course uses them.",
      zh: "每个概念一个英文术语、一个中文术语，与课程的用法一致。",
    },
  },
] as const satisfies readonly LearnPage[];

/** The slug of a course page: a page body is registered for each (components/course/learn-page-bodies.ts). */
export type LearnSlug = (typeof LEARN_PAGES)[number]["slug"];

/** A route's `[slug]` parameter, checked against the course. */
export function isLearnSlug(value: string): value is LearnSlug {
  return LEARN_PAGES.some((page) => page.slug === value);
}

export function learnPath(language: Language, slug: string): string {
  return localePath(language, `/learn/${slug}`);
}

/** The header's links after the site name (which leads home), in order; `href` is the English path, `key` names its label in the dictionary. */
export const NAV_LINKS = [
  { href: "/learn", key: "learn" },
  { href: "/model", key: "model" },
] as const;

/** What each language is called in its own words, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", zh: "中文" };

export const SITE = {
  name: { en: "How an LSTM reads a review", zh: "LSTM 如何读一条影评" },
} as const;
