import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  loadTitle: string;
  docs: ReactNode;
  load: ReactNode[];
  oursTitle: string;
  ours: ReactNode;
  realTitle: string;
  real: ReactNode;
  label: string;
  differ: ReactNode;
  fileTitle: string;
  file: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};

/** Two short training reviews, quoted from the dataset with their file names (neg = 0, pos = 1). */
export const REVIEWS = [
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

export const KERAS_LOAD = `from tensorflow.keras.datasets import imdb
top_words = 5000
(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)`;
