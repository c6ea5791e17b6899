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
  limitsTitle: string;
  limits: ReactNode[];
  same: ReactNode;
};

export const KERAS = `# the tutorial (TensorFlow 2 version): seeds TensorFlow only
tf.random.set_seed(7)
# Keras 3: seeds Python's random, NumPy and the backend at once
keras.utils.set_random_seed(7)
# TensorFlow: also make its kernels deterministic (slower)
tf.config.experimental.enable_op_determinism()`;
