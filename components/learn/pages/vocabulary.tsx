import type { ModelMetadata } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { indexToWordTable } from "@/lib/vocabulary";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { formatInteger } from "@/lib/format";
import { LearnArticle } from "../learn-article";
import { VocabularyMarker } from "../widgets/vocabulary-marker";

/** Which word holds index i in this model's vocabulary. */
function vocabularyFacts(m: ModelMetadata) {
  const words = indexToWordTable(m.vocabulary);
  const { numWords } = m.model;
  const { padIndex, startIndex, oovIndex, firstWordIndex } = m.preprocessing;
  return { words, numWords, padIndex, startIndex, oovIndex, firstWordIndex, realWords: numWords - firstWordIndex, last: numWords - 1 };
}

const en = (m: ModelMetadata) => {
  const v = vocabularyFacts(m);
  return {
    intro: <>The training reviews use far more distinct words than any model needs: names, typos, rare words seen once. <code>num_words=5000</code> keeps only the most frequent ones. This model kept indices below {formatInteger(v.numWords, "en")}.</>,
    whyTitle: "Why limit the vocabulary",
    why: [
      <>Every word in the vocabulary costs {m.model.embeddingDim} embedding numbers that must be learned from the reviews it appears in. A word seen twice gives almost nothing to learn from.</>,
      <>Frequent words carry most of the text. Rare words are often names or typos that will not help with the next review anyway.</>,
      <>A smaller table trains faster and downloads faster: this page loads the model into your browser.</>,
    ],
    restTitle: "What happens to the other words",
    rest: <>Every word outside the vocabulary becomes index <code>{v.oovIndex}</code>, out of vocabulary (OOV). The model still sees that <em>some</em> word stood there, but not which. All unknown words share one embedding row.</>,
    reservedTitle: "Indices 0, 1 and 2",
    head: ["index", "means", "in this model"],
    rows: [
      [v.padIndex, "padding: no word at all", "fills short reviews up to the full length"],
      [v.startIndex, "start of the review", "placed before the first word of every review"],
      [v.oovIndex, "out-of-vocabulary word", "any word not among the kept ones"],
      [v.firstWordIndex, "the most frequent word", `“${v.words.get(v.firstWordIndex)}”`],
      [v.firstWordIndex + 1, "the second most frequent", `“${v.words.get(v.firstWordIndex + 1)}”`],
      [v.last, "the last word kept", `“${v.words.get(v.last)}”`],
    ],
    count: <>So <code>num_words={v.numWords}</code> means {formatInteger(v.numWords, "en")} indices, of which {formatInteger(v.realWords, "en")} are real words: the three reserved indices count too, in Keras and here.</>,
    note: <>Keras&apos;s defaults spell the same conventions out: <code>start_char=1</code>, <code>oov_char=2</code>, <code>index_from=3</code>. We chose the same numbers so the tutorial&apos;s explanations apply unchanged.</>,
  };
};

const zh: typeof en = (m) => {
  const v = vocabularyFacts(m);
  return {
    intro: <>训练评论里出现的不同词远比模型需要的多：人名、拼写错误、只出现过一次的生僻词。<code>num_words=5000</code> 只保留最常见的那些。这个模型保留了小于 {formatInteger(v.numWords, "zh")} 的索引。</>,
    whyTitle: "为什么要限制词汇表",
    why: [
      <>词汇表里的每个词都要占用 {m.model.embeddingDim} 个嵌入（embedding）数字，这些数字只能从含有这个词的评论里学。一个只出现两次的词，几乎没有什么可学的。</>,
      <>常用词承载了文本的绝大部分。生僻词往往是人名或错别字，对下一条评论也帮不上忙。</>,
      <>表越小，训练越快，下载也越快：这个页面要把模型加载到你的浏览器里。</>,
    ],
    restTitle: "其余的词怎么办",
    rest: <>词汇表之外的每个词都变成索引 <code>{v.oovIndex}</code>，即“词表外”（out of vocabulary，OOV）。模型仍然知道这里<em>有</em>一个词，但不知道是哪个。所有未知词共用同一行嵌入。</>,
    reservedTitle: "索引 0、1 和 2",
    head: ["索引", "含义", "在这个模型里"],
    rows: [
      [v.padIndex, "填充（padding）：这里没有词", "把短评论补到统一长度"],
      [v.startIndex, "评论开头（start）", "放在每条评论的第一个词前面"],
      [v.oovIndex, "词表外的词（OOV）", "任何没被保留下来的词"],
      [v.firstWordIndex, "最常见的词", `“${v.words.get(v.firstWordIndex)}”`],
      [v.firstWordIndex + 1, "第二常见的词", `“${v.words.get(v.firstWordIndex + 1)}”`],
      [v.last, "保留下来的最后一个词", `“${v.words.get(v.last)}”`],
    ],
    count: <>所以 <code>num_words={v.numWords}</code> 指的是 {formatInteger(v.numWords, "zh")} 个索引，其中真正的词有 {formatInteger(v.realWords, "zh")} 个：三个保留索引也算在内，Keras 和这里都是如此。</>,
    note: <>Keras 的默认参数把同样的约定写得很明白：<code>start_char=1</code>、<code>oov_char=2</code>、<code>index_from=3</code>。我们选了相同的数字，这样教程里的解释可以原样适用。</>,
  };
};

export default function VocabularyPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="vocabulary">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.whyTitle}</h2>
            <ul>{t.why.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <h2>{t.restTitle}</h2>
            <p>{t.rest}</p>
            <VocabularyMarker language={language} />
            <h2>{t.reservedTitle}</h2>
            <div className="overflow-x-auto">
              <table data-testid="reserved-indices">
                <thead>
                  <tr>{t.head.map((cell) => <th key={cell}>{cell}</th>)}</tr>
                </thead>
                <tbody>
                  {t.rows.map(([index, meaning, example]) => (
                    <tr key={index}>
                      <td className="font-mono">{index}</td>
                      <td>{meaning}</td>
                      <td lang={String(example).startsWith("“") ? "en" : undefined}>{example}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>{t.count}</p>
            <CodeCompare language={language} keras={"imdb.load_data(num_words=5000)\n# the defaults: start_char=1, oov_char=2, index_from=3"} file="lib/vocabulary.ts" from="export const PAD_INDEX" to="export const FIRST_WORD_INDEX" />
            <CodeCompare language={language} file="lib/vocabulary.ts" from="export function wordsToIndices(" to="return indices;" />
            <Callout>
              <p>{t.note}</p>
            </Callout>
          </>
        );
      }}
    </LearnArticle>
  );
}
