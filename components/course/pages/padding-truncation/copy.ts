import type { ReactNode } from "react";
import type { PadSide } from "@/lib/padding";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  whyTitle: string;
  why: ReactNode;
  whereTitle: string;
  where: ReactNode;
  sidesTitle: string;
  sides: ReactNode;
  head: string[];
  whyPre: ReactNode;
  zeros: ReactNode;
  shared: ReactNode;
  exercise: { question: string; texts: string[]; explanation: string };
};

export const KERAS = `from tensorflow.keras.preprocessing import sequence
max_review_length = 500
X_train = sequence.pad_sequences(X_train, maxlen=max_review_length)
X_test = sequence.pad_sequences(X_test, maxlen=max_review_length)`;

/** A short and a long sequence at maxLen 3, under each option: computed by padSequence itself. */
export const SHORT = [5, 6],
  LONG = [5, 6, 7, 8, 9];

export const OPTIONS: { padding: PadSide; truncating: PadSide }[] = [
  { padding: "pre", truncating: "pre" },
  { padding: "post", truncating: "post" },
];
