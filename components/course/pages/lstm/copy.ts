import type { ReactNode } from "react";
import type { OrderReading } from "../../order-example";
/** Every section of the page, filled once by en.tsx and once by zh.tsx: a missing one is a compile error. */
export type Copy = {
  intro: ReactNode;
  choiceTitle: string;
  choice: ReactNode;
  readsTitle: string;
  reads: ReactNode;
  gatesLead: string;
  gateValues: ReactNode;
  naming: ReactNode;
  codeTitle: string;
  code: ReactNode;
  sigmoid: ReactNode;
  insideTitle: string;
  inside: ReactNode;
  occlusion: ReactNode;
  exercise: { question: string; texts: string[]; explanation: (reading: OrderReading) => string };
  orderHead: string[];
  order: (tutorial: OrderReading) => ReactNode;
  lastTitle: string;
  last: ReactNode;
};

/** The three gates and the candidate, with Keras's weight names (kernel W, recurrent kernel U, bias b) per gate. */
export const GATES = [
  {
    name: "inputGate",
    symbol: "i",
    f: "σ",
    en: "input gate: how much of the candidate to write",
    zh: "输入门：写入多少候选值",
  },
  {
    name: "forgetGate",
    symbol: "f",
    f: "σ",
    en: "forget gate: how much of the old cell state to keep",
    zh: "遗忘门：保留多少旧的细胞状态",
  },
  {
    name: "candidate",
    symbol: "g",
    f: "tanh",
    en: "candidate: the new values that could be written",
    zh: "候选值：可能写入的新值",
  },
  {
    name: "outputGate",
    symbol: "o",
    f: "σ",
    en: "output gate: how much of the cell state to show",
    zh: "输出门：展示多少细胞状态",
  },
];
