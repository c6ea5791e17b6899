import Link from "next/link";
import { readTokens } from "@/lib/encode";
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { type Language, learnPath } from "@/lib/site";
import { Callout } from "../callout";
import { CodeCompare } from "../code-compare";
import { DatasetSource } from "../dataset-source";
import { LearnArticle } from "../learn-article";
import { PredictThenTry } from "../widgets/predict-then-try";

/** Two short training reviews, quoted from the dataset with their file names (neg = 0, pos = 1). */
const REVIEWS = [
  {
    file: "aclImdb/train/neg/874_1.txt",
    label: 0,
    text: "Long, boring, blasphemous. Never have I been so glad to see ending credits roll.",
  },
  {
    file: "aclImdb/train/pos/3247_10.txt",
    label: 1,
    text: "I don't know why I like this movie so well, but I never get tired of watching it.",
  },
];

const KERAS_LOAD = `from tensorflow.keras.datasets import imdb
top_words = 5000
(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)`;

const en = (m: ModelMetadata) => ({
  intro: (
    <>
      The <a href="https://ai.stanford.edu/~amaas/data/sentiment/">Large Movie Review Dataset</a> (Maas et al.,{" "}
      <a href="https://aclanthology.org/P11-1015/">Learning Word Vectors for Sentiment Analysis</a>, ACL 2011) holds
      50,000 reviews from IMDb, split evenly: 25,000 for training and 25,000 for testing, each half positive and half
      negative. A review rated 7–10 out of 10 is labelled <code>1</code> (positive), one rated 1–4 is labelled{" "}
      <code>0</code> (negative); middling reviews were left out. Our model trained on{" "}
      {formatInteger(m.training.trainExamples, "en")} of the training reviews
      {m.evaluation && <> and was tested on {formatInteger(m.evaluation.examples, "en")} test reviews</>}.
    </>
  ),
  loadTitle: "What imdb.load_data(num_words=5000) returns",
  docs: (
    <>
      Keras docs: <a href="https://keras.io/api/datasets/imdb/">IMDB movie review sentiment classification dataset</a>.
    </>
  ),
  load: [
    <>
      <code>X_train</code>: 25,000 reviews, each a Python list of integers of its own length. The text is gone; every
      word is already a number.
    </>,
    <>
      <code>y_train</code>: 25,000 labels, each 0 or 1, in the same order.
    </>,
    <>
      <code>X_test</code>, <code>y_test</code>: the same for the 25,000 test reviews.
    </>,
    <>
      Each integer is a word&apos;s frequency rank plus <code>index_from=3</code>: <code>4</code> is the most common
      word, and <code>3</code> is never used. <code>1</code> marks the start of a review, <code>2</code> stands for
      every word outside the top <code>num_words</code> (rare words become 2, not 0), and <code>0</code> is kept free
      for <Link href={learnPath("en", "padding-truncation")}>padding</Link>. Only indices below 5,000 are kept, so{" "}
      <code>num_words=5000</code> leaves <Link href={learnPath("en", "vocabulary")}>4,996 words</Link>.
    </>,
  ],
  oursTitle: "The same in this project",
  ours: (
    <>
      Keras downloads reviews that were turned into integers in advance. We start from the original text files and do
      each step ourselves, with the same conventions: <code>loadImdb</code> reads the reviews and their labels,{" "}
      <code>buildVocabulary</code> ranks the words of the training reviews, and <code>textToIndices</code> turns a
      review into integers.
    </>
  ),
  realTitle: "A real review and its integers",
  real: (
    <>
      Two short training reviews, as the model reads them with its vocabulary of indices below{" "}
      {formatInteger(m.model.numWords, "en")} (most frequent word: <code>{m.preprocessing.firstWordIndex}</code>). An
      orange number <code>{m.preprocessing.oovIndex}</code> is a word outside the vocabulary.
    </>
  ),
  label: "label",
  differ: (
    <>
      Keras&apos;s integers come from its own vocabulary and its own way of splitting words, so the same review gets
      somewhat different numbers there. The idea, and every convention above, is the same.
    </>
  ),
  fileTitle: "The file we trained on",
  file: (
    <>
      <DatasetSource dataset={m.dataset} language="en" /> The checksum lets anyone confirm they train on byte-for-byte
      the same reviews.
    </>
  ),
  exercise: {
    question: "The first review above is a negative training review. Guess the trained model's P(positive) for it.",
    texts: ["Long, boring, blasphemous. Never have I been so glad to see ending credits roll."],
    explanation: `The model trained on this review, but training is not memorising: its accuracy on the training reviews in the last epoch was ${((m.history.at(-1)?.accuracy ?? NaN) * 100).toFixed(1)}%, and short reviews like this one are among the hardest.`,
  },
});

const zh: typeof en = (m) => ({
  intro: (
    <>
      <a href="https://ai.stanford.edu/~amaas/data/sentiment/">大型影评数据集</a>（Large Movie Review Dataset，Maas 等，
      <a href="https://aclanthology.org/P11-1015/">Learning Word Vectors for Sentiment Analysis</a>，ACL 2011）收录了
      IMDb 上的 50,000 条影评，平均分成两半：25,000 条用于训练，25,000 条用于测试，每一半里正面和负面各占一半。打了 7–10
      分（满分 10）的影评标为 <code>1</code>（正面），打了 1–4 分的标为 <code>0</code>
      （负面），中间分数的影评没有收录。我们的模型用了其中 {formatInteger(m.training.trainExamples, "zh")} 条训练影评
      {m.evaluation && <>，并在 {formatInteger(m.evaluation.examples, "zh")} 条测试影评上做了测试</>}。
    </>
  ),
  loadTitle: "imdb.load_data(num_words=5000) 返回什么",
  docs: (
    <>
      Keras 文档：<a href="https://keras.io/api/datasets/imdb/">IMDB movie review sentiment classification dataset</a>。
    </>
  ),
  load: [
    <>
      <code>X_train</code>：25,000 条影评，每条是一个长度各不相同的 Python
      整数列表。文字已经没有了，每个词都已变成一个数字。
    </>,
    <>
      <code>y_train</code>：25,000 个标签，每个是 0 或 1，顺序与影评一一对应。
    </>,
    <>
      <code>X_test</code>、<code>y_test</code>：测试集的 25,000 条影评和标签，格式相同。
    </>,
    <>
      每个整数是这个词的词频排名加上 <code>index_from=3</code>：<code>4</code> 代表最常见的词，<code>3</code> 从不使用。
      <code>1</code> 标记影评的开头，<code>2</code> 代表所有排在前 <code>num_words</code> 之外的词（生僻词变成 2，而不是
      0），<code>0</code> 则留给<Link href={learnPath("zh", "padding-truncation")}>填充</Link>（padding）。只有小于
      5,000 的索引会保留，所以 <code>num_words=5000</code> 留下{" "}
      <Link href={learnPath("zh", "vocabulary")}>4,996 个词</Link>。
    </>,
  ],
  oursTitle: "本项目里的对应做法",
  ours: (
    <>
      Keras 下载的是事先转换成整数的影评。我们从原始的文本文件出发，每一步都自己做，但沿用相同的约定：
      <code>loadImdb</code> 读取影评和标签，<code>buildVocabulary</code> 给训练影评里的词排名，
      <code>textToIndices</code> 把一条影评变成整数。
    </>
  ),
  realTitle: "一条真实的影评和它的整数",
  real: (
    <>
      下面是两条很短的训练影评，按模型的词汇表（索引小于 {formatInteger(m.model.numWords, "zh")}，最常见的词是{" "}
      <code>{m.preprocessing.firstWordIndex}</code>）读出来的样子。橙色的 <code>{m.preprocessing.oovIndex}</code>{" "}
      表示未登录词（OOV）。
    </>
  ),
  label: "标签",
  differ: (
    <>
      Keras 的整数来自它自己的词汇表和它自己的分词方式，所以同一条影评在 Keras
      里得到的数字会有些不同。但思路和上面的每一条约定都一样。
    </>
  ),
  fileTitle: "我们训练用的文件",
  file: (
    <>
      <DatasetSource dataset={m.dataset} language="zh" />
      有了校验和，任何人都能确认自己训练用的影评与我们逐字节相同。
    </>
  ),
  exercise: {
    question: "上面第一条是负面的训练影评。猜一猜训练好的模型给它的 P(正面)。",
    texts: ["Long, boring, blasphemous. Never have I been so glad to see ending credits roll."],
    explanation: `模型在这条影评上训练过，但训练不等于背下来：最后一轮它在训练影评上的准确率是 ${((m.history.at(-1)?.accuracy ?? NaN) * 100).toFixed(1)}%，而像这样的短影评属于最难的一类。`,
  },
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
            <pre className="rounded-lg bg-zinc-50 p-3">
              <code>{KERAS_LOAD}</code>
            </pre>
            <ul>
              {t.load.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <p className="text-sm">{t.docs}</p>
            <h2>{t.oursTitle}</h2>
            <p>{t.ours}</p>
            <CodeCompare
              language={language}
              keras="(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)"
              file="scripts/lib/imdb/train-imdb.ts"
              from="const dataset = await loadImdb("
            />
            <CodeCompare
              language={language}
              file="scripts/lib/imdb/train-imdb.ts"
              from="const toExamples = "
              to="});"
            />
            <h2>{t.realTitle}</h2>
            <p>{t.real}</p>
            {REVIEWS.map((review) => (
              <IndexedReview key={review.file} review={review} metadata={m} labelWord={t.label} />
            ))}
            <PredictThenTry language={language} {...t.exercise} />
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

function IndexedReview({
  review,
  metadata,
  labelWord,
}: {
  review: (typeof REVIEWS)[number];
  metadata: ModelMetadata;
  labelWord: string;
}) {
  const { tokens } = readTokens(review.text, metadata);
  const words = tokens.map((token) => token.word);
  const indices = tokens.map((token) => token.index);
  return (
    <figure className="my-6 rounded-lg border border-zinc-200 p-3">
      <blockquote lang="en" className="m-0 italic">
        “{review.text}”
      </blockquote>
      <figcaption className="mt-1 text-sm text-zinc-600">
        <code>{review.file}</code> · {labelWord} <code>{review.label}</code>
      </figcaption>
      <ol lang="en" data-testid="review-indices" className="m-0 mt-3 flex list-none flex-wrap gap-1 p-0 text-sm">
        {indices.map((index, i) => (
          <li
            key={i}
            className={`m-0 rounded border px-1.5 ${index === metadata.preprocessing.oovIndex ? "border-orange-300 bg-orange-50 text-orange-900" : "border-zinc-200 bg-zinc-50"}`}
          >
            <span className="text-zinc-600">{words[i]}</span> <span className="font-mono">{index}</span>
          </li>
        ))}
      </ol>
      <p className="mb-0 mt-2 font-mono text-sm break-words">[{indices.join(", ")}]</p>
    </figure>
  );
}
