import Link from "next/link";
import { textToIndices } from "@/lib/encode";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath, type Language } from "@/lib/site";
import { tokenize } from "@/lib/tokenizer";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { formatInteger } from "@/lib/format";
import { LearnArticle } from "../learn-article";

/** Two short training reviews, quoted from the dataset with their file names (neg = 0, pos = 1). */
const REVIEWS = [
  { file: "aclImdb/train/neg/874_1.txt", label: 0, text: "Long, boring, blasphemous. Never have I been so glad to see ending credits roll." },
  { file: "aclImdb/train/pos/3247_10.txt", label: 1, text: "I don't know why I like this movie so well, but I never get tired of watching it." },
];

const KERAS_LOAD = `from tensorflow.keras.datasets import imdb
top_words = 5000
(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)`;

const en = (m: ModelMetadata) => ({
  intro: <>The Large Movie Review Dataset (Maas et al., 2011) holds 50,000 reviews from IMDb, split evenly: 25,000 for training and 25,000 for testing, each half positive and half negative. A review rated 7–10 out of 10 is labelled <code>1</code> (positive), one rated 1–4 is labelled <code>0</code> (negative); middling reviews were left out. Our model trained on {formatInteger(m.training.trainExamples, "en")} of the training reviews{m.evaluation && <> and was tested on {formatInteger(m.evaluation.examples, "en")} test reviews</>}.</>,
  loadTitle: "What imdb.load_data(num_words=5000) returns",
  load: [
    <><code>X_train</code>: 25,000 reviews, each a Python list of integers of its own length. The text is gone; every word is already a number.</>,
    <><code>y_train</code>: 25,000 labels, each 0 or 1, in the same order.</>,
    <><code>X_test</code>, <code>y_test</code>: the same for the 25,000 test reviews.</>,
    <>Each integer is a word&apos;s frequency rank plus 3: <code>3</code> is the most common word. <code>1</code> marks the start of a review, <code>2</code> stands for every word outside the top <code>num_words</code>, and <code>0</code> is kept free for <Link href={learnPath("en", "padding-truncation")}>padding</Link>.</>,
  ],
  oursTitle: "The same in this project",
  ours: <>Keras downloads reviews that were turned into integers in advance. We start from the original text files and do each step ourselves, with the same conventions: <code>loadImdb</code> reads the reviews and their labels, <code>buildVocabulary</code> ranks the words of the training reviews, and <code>textToIndices</code> turns a review into integers.</>,
  realTitle: "A real review and its integers",
  real: <>Two short training reviews, as the model reads them with its {formatInteger(m.model.numWords, "en")}-word vocabulary. A red number <code>{m.preprocessing.oovIndex}</code> is a word outside the vocabulary.</>,
  label: "label",
  differ: <>Keras&apos;s integers come from its own vocabulary and its own way of splitting words, so the same review gets somewhat different numbers there. The idea, and every convention above, is the same.</>,
  fileTitle: "The file we trained on",
  file: <>Source: <code>{m.dataset.source}</code>, SHA-256 <code className="break-all">{m.dataset.sha256 ?? "not recorded"}</code>. The checksum lets anyone confirm they train on byte-for-byte the same reviews.</>,
});

const zh: typeof en = (m) => ({
  intro: <>大型影评数据集（Large Movie Review Dataset，Maas 等，2011）收录了 IMDb 上的 50,000 条影评，平均分成两半：25,000 条用于训练，25,000 条用于测试，每一半里正面和负面各占一半。打了 7–10 分（满分 10）的评论标为 <code>1</code>（正面），打了 1–4 分的标为 <code>0</code>（负面），中间分数的评论没有收录。我们的模型用了其中 {formatInteger(m.training.trainExamples, "zh")} 条训练评论{m.evaluation && <>，并在 {formatInteger(m.evaluation.examples, "zh")} 条测试评论上做了测试</>}。</>,
  loadTitle: "imdb.load_data(num_words=5000) 返回什么",
  load: [
    <><code>X_train</code>：25,000 条评论，每条是一个长度各不相同的 Python 整数列表。文字已经没有了，每个词都已变成一个数字。</>,
    <><code>y_train</code>：25,000 个标签，每个是 0 或 1，顺序与评论一一对应。</>,
    <><code>X_test</code>、<code>y_test</code>：测试集的 25,000 条评论和标签，格式相同。</>,
    <>每个整数是这个词的词频排名加 3：<code>3</code> 代表最常见的词。<code>1</code> 标记评论的开头，<code>2</code> 代表所有排在前 <code>num_words</code> 之外的词，<code>0</code> 则留给<Link href={learnPath("zh", "padding-truncation")}>填充</Link>（padding）。</>,
  ],
  oursTitle: "本项目里的对应做法",
  ours: <>Keras 下载的是事先转换成整数的评论。我们从原始的文本文件出发，每一步都自己做，但沿用相同的约定：<code>loadImdb</code> 读取评论和标签，<code>buildVocabulary</code> 给训练评论里的词排名，<code>textToIndices</code> 把一条评论变成整数。</>,
  realTitle: "一条真实的评论和它的整数",
  real: <>下面是两条很短的训练评论，按模型的 {formatInteger(m.model.numWords, "zh")} 词词汇表读出来的样子。红色的 <code>{m.preprocessing.oovIndex}</code> 表示词汇表之外的词。</>,
  label: "标签",
  differ: <>Keras 的整数来自它自己的词汇表和它自己的分词方式，所以同一条评论在 Keras 里得到的数字会有些不同。但思路和上面的每一条约定都一样。</>,
  fileTitle: "我们训练用的文件",
  file: <>来源：<code>{m.dataset.source}</code>，SHA-256 校验和 <code className="break-all">{m.dataset.sha256 ?? "未记录"}</code>。有了校验和，任何人都能确认自己训练用的评论与我们逐字节相同。</>,
});

export default function ImdbDatasetPage({ language }: { language: Language }) {
  return (
    <LearnArticle language={language} slug="imdb-dataset">
      {(m) => {
        const t = { en, zh }[language](m);
        return (
          <>
            <p>{t.intro}</p>
            <h2>{t.loadTitle}</h2>
            <pre className="rounded-lg bg-zinc-50 p-3"><code>{KERAS_LOAD}</code></pre>
            <ul>{t.load.map((item, i) => <li key={i}>{item}</li>)}</ul>
            <h2>{t.oursTitle}</h2>
            <p>{t.ours}</p>
            <CodeCompare language={language} keras="(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)" file="scripts/train.ts" from="const dataset = await loadImdb(" />
            <CodeCompare language={language} file="scripts/train.ts" from="const toExamples = " to="});" />
            <h2>{t.realTitle}</h2>
            <p>{t.real}</p>
            {REVIEWS.map((review) => <IndexedReview key={review.file} review={review} metadata={m} labelWord={t.label} />)}
            <Callout>
              <p>{t.differ}</p>
            </Callout>
            <h2>{t.fileTitle}</h2>
            <p>{t.file}</p>
          </>
        );
      }}
    </LearnArticle>
  );
}

function IndexedReview({ review, metadata, labelWord }: { review: (typeof REVIEWS)[number]; metadata: ModelMetadata; labelWord: string }) {
  const words = ["<start>", ...tokenize(review.text)];
  const indices = textToIndices(review.text, metadata);
  return (
    <figure className="my-6 rounded-lg border border-zinc-200 p-3">
      <blockquote lang="en" className="m-0 italic">“{review.text}”</blockquote>
      <figcaption className="mt-1 text-sm text-zinc-500">
        <code>{review.file}</code> · {labelWord} <code>{review.label}</code>
      </figcaption>
      <ol lang="en" data-testid="review-indices" className="m-0 mt-3 flex list-none flex-wrap gap-1 p-0 text-sm">
        {indices.map((index, i) => (
          <li key={i} className={`m-0 rounded border px-1.5 ${index === metadata.preprocessing.oovIndex ? "border-red-300 bg-red-50 text-red-800" : "border-zinc-200 bg-zinc-50"}`}>
            <span className="text-zinc-500">{words[i]}</span> <span className="font-mono">{index}</span>
          </li>
        ))}
      </ol>
      <p className="mb-0 mt-2 font-mono text-sm break-words">[{indices.join(", ")}]</p>
    </figure>
  );
}
