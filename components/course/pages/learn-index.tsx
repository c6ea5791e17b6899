import type { Metadata } from "next";
import Link from "next/link";
import { type Language, LEARN_PAGES, learnPath, localePath } from "@/lib/site";
import styles from "../article.module.css";

const COPY = {
  en: {
    title: "Learn: the Keras IMDB LSTM, step by step",
    description: "Short pages on the Keras LSTM sentiment tutorial, many with live widgets on the trained model.",
    intro: (
      <>
        The Keras tutorial (Jason Brownlee&apos;s{" "}
        <a href="https://machinelearningmastery.com/sequence-classification-lstm-recurrent-neural-networks-python-keras/">
          Sequence Classification with LSTM Recurrent Neural Networks in Python with Keras
        </a>
        ) classifies movie reviews with an LSTM in about twenty lines of Python. These pages take those lines one idea
        at a time, show the TypeScript in this project that does the same, and on many of them let you poke the trained
        model in your browser. The whole tutorial, updated for Keras 3, is one runnable file in this repository:{" "}
        <code>python/imdb_lstm.py</code>.
      </>
    ),
    codeTitle: "The tutorial, line by line",
    code: "Each line links to the page that explains it.",
    courseTitle: "The course",
    box: "Try the review box",
    card: "Read the model card",
  },
  zh: {
    title: "课程：一步一步看懂 Keras IMDB LSTM",
    description: "关于 Keras LSTM 影评情感分类教程的一组短页面，其中许多页有基于训练好的模型的互动小工具。",
    intro: (
      <>
        Keras 教程（Jason Brownlee 的{" "}
        <a href="https://machinelearningmastery.com/sequence-classification-lstm-recurrent-neural-networks-python-keras/">
          Sequence Classification with LSTM Recurrent Neural Networks in Python with Keras
        </a>
        ）用大约二十行 Python 代码，以 LSTM 对影评进行二分类。这些页面一次讲一个概念，给出本项目里做同样事情的
        TypeScript 代码，其中许多页还让你在浏览器里亲手试一试训练好的模型。整个教程按 Keras 3
        更新后，是本仓库里一个可以直接运行的文件：<code>python/imdb_lstm.py</code>。
      </>
    ),
    codeTitle: "逐行看教程",
    code: "每一行都链接到讲解它的那一页。",
    courseTitle: "课程目录",
    box: "试试影评输入框",
    card: "查看模型卡片",
  },
};

/** The tutorial's code, each line with the page that explains it (null: the model card). */
const TUTORIAL_LINES: [string, string | null][] = [
  ["tf.random.set_seed(7)", "random-seed"],
  ["top_words = 5000", "vocabulary"],
  ["(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)", "imdb-dataset"],
  ["X_train = sequence.pad_sequences(X_train, maxlen=500)", "padding-truncation"],
  ["model = Sequential()", null],
  ["model.add(Embedding(top_words, 32, input_length=500))", "word-embeddings"],
  ["model.add(LSTM(100))", "lstm"],
  ["model.add(Dense(1, activation='sigmoid'))", "sigmoid-output"],
  ["model.compile(loss='binary_crossentropy',", "log-loss"],
  ["              optimizer='adam', metrics=['accuracy'])", "adam"],
  ["print(model.summary())", null],
  ["model.fit(X_train, y_train, epochs=3, batch_size=64)", "epochs-batches"],
  ["scores = model.evaluate(X_test, y_test, verbose=0)", "evaluation"],
];

/** Title and description of the course index. */
export function learnIndexMetadata(language: Language): Metadata {
  return { title: COPY[language].title, description: COPY[language].description };
}

export default function LearnIndexPage({ language }: { language: Language }) {
  const t = COPY[language];
  return (
    <main className={styles.article}>
      <h1>{t.title}</h1>
      <p className={styles.lead}>{t.intro}</p>
      <p>
        <Link href={localePath(language, "/")}>{t.box}</Link> ·{" "}
        <Link href={localePath(language, "/model")}>{t.card}</Link>
      </p>
      <h2>{t.codeTitle}</h2>
      <p>{t.code}</p>
      <pre className="rounded-lg border border-zinc-200 bg-zinc-50 p-3">
        <code>
          {TUTORIAL_LINES.map(([line, slug]) => (
            <Link
              key={line}
              href={slug ? learnPath(language, slug) : localePath(language, "/model")}
              // Each line is a link to the page that explains it: it must look like one.
              className="block text-blue-800 underline decoration-blue-300 underline-offset-4 hover:bg-blue-50 hover:decoration-blue-800"
            >
              {line}
            </Link>
          ))}
        </code>
      </pre>
      <h2>{t.courseTitle}</h2>
      <ol className="list-none pl-0">
        {LEARN_PAGES.map((page, i) => (
          <li key={page.slug} className="my-3">
            <Link
              href={learnPath(language, page.slug)}
              className="block rounded-lg border border-zinc-200 p-3 no-underline hover:border-zinc-400"
            >
              <span className="text-sm text-zinc-500">{i + 1}</span>{" "}
              <span className="font-medium text-zinc-900">{page.title[language]}</span>
              <span className="block text-[0.9375rem] text-zinc-600">{page.summary[language]}</span>
            </Link>
          </li>
        ))}
      </ol>
    </main>
  );
}
