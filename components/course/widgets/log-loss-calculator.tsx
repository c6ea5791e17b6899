"use client";
import { useState } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { binaryMetrics } from "@/lib/metrics";
import type { Language } from "@/lib/site";
import type { LoadedModel } from "../use-predictor";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

export function LogLossCalculator({ language }: { language: Language }) {
  const title = useDictionary().logLoss.title;
  return (
    <WidgetFrame language={language} title={title}>
      {(model) => <Calculator model={model} />}
    </WidgetFrame>
  );
}

function Calculator({ model: { predictor } }: { model: LoadedModel }) {
  const dictionary = useDictionary();
  const t = dictionary.logLoss;
  const { text, setText, field } = useWidgetReview("I expected more. The acting was fine but the story was dull.");
  const [label, setLabel] = useState<0 | 1>(0);
  const { probability } = predictor.read(text);
  // binaryMetrics clips p to [1e-7, 1 - 1e-7] as Keras does, so the loss stays finite.
  const lossFor = (y: 0 | 1) => binaryMetrics([y], [probability]).logLoss;
  const p = probability.toFixed(3);
  return (
    <div className="space-y-3">
      <ReviewField label={dictionary.widget.review} {...field} />
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-3">{t.truth}</legend>
        {([0, 1] as const).map((y) => (
          <label key={y} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name="true-label"
              value={y}
              checked={label === y}
              onChange={() => setLabel(y)}
              className="accent-emerald-700"
            />
            {t.labels[y]}
          </label>
        ))}
      </fieldset>
      <p>
        {t.probability} <strong data-testid="log-loss-probability">{p}</strong>
      </p>
      <p className="font-serif text-lg">
        {t.loss} = {label === 1 ? `−log(${p})` : `−log(1 − ${p})`} ={" "}
        <strong data-testid="log-loss-value">{lossFor(label).toFixed(3)}</strong>
      </p>
      <p className="text-sm text-zinc-600">{t.other(lossFor(label === 1 ? 0 : 1).toFixed(3))}</p>
    </div>
  );
}
