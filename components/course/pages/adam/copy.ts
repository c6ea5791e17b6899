import type { ReactNode } from "react";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  jobTitle: string;
  job: ReactNode;
  addsTitle: string;
  source: ReactNode;
  adds: ReactNode[];
  defaultsTitle: string;
  defaults: ReactNode;
  head: string[];
  /** What each of DEFAULTS does. */
  roles: string[];
  scale: ReactNode;
};

/** Adam's settings, in the order of `roles` in each language's copy. */
export const DEFAULTS = [
  { name: "learning_rate / learningRate", value: "0.001" },
  {
    name: "beta_1 / beta1",
    value: "0.9",
  },
  { name: "beta_2 / beta2", value: "0.999" },
  { name: "epsilon", value: "10⁻⁷" },
];
