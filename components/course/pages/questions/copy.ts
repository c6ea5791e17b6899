import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = { intro: string; more: string; questions: Question[] };

export const LOAD_DATA = `from keras.datasets import imdb
(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=5000)
print(len(X_train), len(X_test))   # 25000 25000
print(X_train[0][:10], y_train[0]) # the first review's first 10 indices, its label`;

export const EMBEDDING = `import numpy as np
embedding = keras.layers.Embedding(input_dim=5000, output_dim=32)
x = np.random.randint(0, 5000, size=(2, 500))  # (batch, 500) word indices
print(embedding(x).shape)                       # (2, 500, 32)`;

export const LOG_LOSS = `import numpy as np
y_true = np.array([[1.0], [0.0]])
y_pred = np.array([[0.9], [0.9]])
print(keras.losses.binary_crossentropy(y_true, y_pred))  # [0.105 2.303]`;

export const SETTINGS = `top_words = 5000                                   # keep the 5,000 most frequent word indices
(X_train, y_train), (X_test, y_test) = imdb.load_data(num_words=top_words)
X_train = sequence.pad_sequences(X_train, maxlen=500) # pad or cut every review to 500
model.add(Embedding(top_words, 32))                   # 32 numbers per word`;

export interface Question {
  id: string;
  question: string;
  answer: ReactNode;
  code?: string;
  /** A worked example on the shipped EEG data shown under the answer (./eeg-worked-example.tsx). */
  example?: "raw-to-trials" | "labels";
  /** The page that goes further. */
  page: string;
}
