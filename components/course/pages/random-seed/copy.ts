import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  randomTitle: string;
  random: ReactNode[];
  seedTitle: string;
  seed: ReactNode;
  sevenTitle: string;
  seven: ReactNode;
  oursTitle: string;
  ours: ReactNode;
  kerasTitle: string;
  keras: ReactNode;
  kerasHead: string[];
  yes: string;
  no: string;
  onBackend: (backend: string) => string;
  kerasOld: ReactNode;
  limitsTitle: string;
  limits: ReactNode[];
  same: ReactNode;
};

/**
 * Keras 3: what each call fixes. The rows without a backend are what
 * `python python/imdb_lstm.py --check-seeding` prints on JAX and python/test_imdb_seeding.py
 * asserts; the TensorFlow row is read from Keras 3.15.1's source (no TensorFlow in the venv).
 */
export const KERAS3_SEEDING: { call: string; weights: boolean; shuffle: boolean | string }[] = [
  { call: "random.seed(7)", weights: true, shuffle: false },
  { call: "numpy.random.seed(7)", weights: false, shuffle: "JAX" },
  { call: "tf.random.set_seed(7)", weights: false, shuffle: "TensorFlow" },
  { call: "keras.utils.set_random_seed(7)", weights: true, shuffle: true },
];

export const KERAS = `# the tutorial (TensorFlow 2 version): on Keras 3 not the starting weights
tf.random.set_seed(7)
# Keras 3: seeds Python's random, NumPy and the backend at once
keras.utils.set_random_seed(7)
# TensorFlow: also make its kernels deterministic (slower)
tf.config.experimental.enable_op_determinism()`;
