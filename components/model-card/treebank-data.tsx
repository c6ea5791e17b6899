/**
 * The Stanford Sentiment Treebank on the model card, when a model trained on its phrases:
 * what was used (counts from metadata.json), the files' checksums, the citation and the
 * attribution its README asks for.
 */
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { type Pairs, PairsTable } from "./model-card-section";

/** The treebank's citation, the same in both languages. */
const TREEBANK_CITATION =
  "Richard Socher, Alex Perelygin, Jean Wu, Jason Chuang, Christopher D. Manning, Andrew Ng and Christopher Potts. 2013. Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank. EMNLP 2013.";

const en = {
  models: "Models",
  treebank: (tb: Treebank): Pairs => [
    ["Dataset", tb.name],
    ["SHA-256 of train.txt", <code key="train">{tb.trainSha256}</code>],
    ["SHA-256 of dev.txt", <code key="dev">{tb.devSha256}</code>],
  ],
  usedFor: (phrases: string | null, dev: string | null, neutral: string | null) =>
    `Training: ${phrases ? `${phrases} of the training examples are labelled phrases of the train split (train.txt)` : "the labelled phrases of the train split (train.txt)"}` +
    `${dev ? `; validation and the unsure band: the dev split's ${dev} sentences (dev.txt)` : ""}. ` +
    `Labels 0–1 count as negative, 3–4 as positive; ${neutral ? `${neutral} neutral phrases (2) are trained towards 0.5, “no opinion” (a text another node labels is left out)` : "neutral phrases (2) are left out"}. The test split is not used.`,
  attribution: (
    <>
      Distributed by the Stanford NLP group with the paper (
      <a href="https://nlp.stanford.edu/sentiment/">nlp.stanford.edu/sentiment</a>
      ); its sentences come from Bo Pang and Lillian Lee&apos;s sentence polarity data (Rotten Tomatoes reviews; Seeing
      Stars, ACL 2005).
    </>
  ),
};

const zh: typeof en = {
  models: "模型",
  treebank: (tb) => [
    ["数据集", tb.name],
    ["train.txt 的 SHA-256", <code key="train">{tb.trainSha256}</code>],
    ["dev.txt 的 SHA-256", <code key="dev">{tb.devSha256}</code>],
  ],
  usedFor: (phrases, dev, neutral) =>
    `训练：${phrases ? `训练样本中有 ${phrases} 个是训练集（train.txt）里带标签的短语` : "训练集（train.txt）里带标签的短语"}` +
    `${dev ? `；验证与“拿不准”区间：开发集（dev.txt）的 ${dev} 个句子` : ""}。` +
    `标签 0–1 算负面，3–4 算正面，${neutral ? `${neutral} 个中性（2）短语以 0.5（“没有观点”）为训练目标（别的节点标了正负的文字除外）` : "中性（2）的短语不用"}。测试集没有使用。`,
  attribution: (
    <>
      由斯坦福 NLP 组随论文发布（<a href="https://nlp.stanford.edu/sentiment/">nlp.stanford.edu/sentiment</a>
      ）；其中的句子来自 Bo Pang 与 Lillian Lee 的句子极性数据（烂番茄影评；Seeing Stars，ACL 2005）。
    </>
  ),
};

type Treebank = NonNullable<ModelMetadata["treebank"]>;

export function TreebankData({
  treebank,
  metadata,
  names,
  language,
}: {
  treebank: Treebank;
  metadata: ModelMetadata;
  names: string[];
  language: Language;
}) {
  const t = { en, zh }[language];
  const { treebankPhrases: phrases, neutralPhrases: neutral } = metadata.training;
  const dev = metadata.treebankDev?.examples;
  return (
    <section data-testid="treebank-data">
      <PairsTable pairs={[[t.models, names.join(", ")], ...t.treebank(treebank)]} />
      <p>
        {t.usedFor(
          phrases === undefined ? null : formatInteger(phrases, language),
          dev === undefined ? null : formatInteger(dev, language),
          neutral === undefined ? null : formatInteger(neutral, language),
        )}
      </p>
      <p className="text-sm text-zinc-600">{TREEBANK_CITATION}</p>
      <p className="text-sm text-zinc-600">{t.attribution}</p>
    </section>
  );
}
