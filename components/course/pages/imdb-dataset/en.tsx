import Link from "next/link";
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { DatasetSource } from "../../dataset-source";
import type { Copy } from "./copy";

export const en = (m: ModelMetadata): Copy => ({
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
