"use client";
import { useState } from "react";
import { binaryMetrics } from "@/lib/metrics";
import type { Language } from "@/lib/site";
import { usePredictor, type LoadedModel } from "../use-predictor";
import { ReviewField, WidgetFrame } from "./widget-frame";

const COPY = {
  en: {
    title: "the loss of your review",
    review: "Your review (English)",
    truth: "The true label is",
    labels: ["negative (y = 0)", "positive (y = 1)"],
    probability: "The model says p = P(positive) =",
    loss: "Log loss",
    other: (loss: string) => `With the other label the loss would be ${loss}.`,
  },
  zh: {
    title: "你这条影评的损失",
    review: "你的影评（英文）",
    truth: "真实标签是",
    labels: ["负面（y = 0）", "正面（y = 1）"],
    probability: "模型给出 p = P(正面) =",
    loss: "对数损失",
    other: (loss: string) => `如果真实标签是另一个，损失会是 ${loss}。`,
  },
};

export function LogLossCalculator({ language }: { language: Language }) {
  const state = usePredictor();
  return (
    <WidgetFrame language={language} title={COPY[language].title} state={state}>
      {(model) => <Calculator language={language} model={model} />}
    </WidgetFrame>
  );
}

function Calculator({ language, model: { predictor } }: { language: Language; model: LoadedModel }) {
  const t = COPY[language];
  const [text, setText] = useState("I expected more. The acting was fine but the story was dull.");
  const [label, setLabel] = useState<0 | 1>(0);
  const { probability } = predictor.read(text);
  // binaryMetrics clips p to [1e-7, 1 - 1e-7] as Keras does, so the loss stays finite.
  const lossFor = (y: 0 | 1) => binaryMetrics([y], [probability]).logLoss;
  const p = probability.toFixed(3);
  return (
    <div className="space-y-3">
      <ReviewField label={t.review} value={text} onChange={setText} />
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-3">{t.truth}</legend>
        {([0, 1] as const).map((y) => (
          <label key={y} className="inline-flex items-center gap-1.5">
            <input type="radio" name="true-label" value={y} checked={label === y} onChange={() => setLabel(y)} className="accent-emerald-700" />
            {t.labels[y]}
          </label>
        ))}
      </fieldset>
      <p>
        {t.probability} <strong data-testid="log-loss-probability">{p}</strong>
      </p>
      <p className="font-serif text-lg">
        {t.loss} = {label === 1 ? `−log(${p})` : `−log(1 − ${p})`} = <strong data-testid="log-loss-value">{lossFor(label).toFixed(3)}</strong>
      </p>
      <p className="text-sm text-zinc-600">{t.other(lossFor(label === 1 ? 0 : 1).toFixed(3))}</p>
    </div>
  );
}
