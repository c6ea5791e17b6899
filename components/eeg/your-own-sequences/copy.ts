import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  keepTitle: string;
  keep: ReactNode[];
  embedTitle: string;
  embed: ReactNode;
  text: string;
  eeg: string;
  sideBySide: string;
  cleanTitle: string;
  clean: ReactNode[];
  shapeTitle: string;
  shape: ReactNode[];
  markersTitle: string;
  markers: ReactNode[];
  codeTitle: string;
  code: ReactNode;
  demoTitle: string;
  realTitle: string;
  paperTitle: string;
  paper: ReactNode[];
  questionsTitle: string;
  questions: ReactNode[][];
  caution: ReactNode;
};

export const TEXT_MODEL = `model = Sequential()
model.add(Embedding(5000, 32, input_length=500))
model.add(LSTM(100))
model.add(Dense(1, activation='sigmoid'))`;

export const EEG_MODEL = `model = Sequential()
# no Embedding: each time step already is a vector
model.add(keras.Input(shape=(time_steps, channels)))
model.add(LSTM(100))
model.add(Dense(1, activation='sigmoid'))`;
