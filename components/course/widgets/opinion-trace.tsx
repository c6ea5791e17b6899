"use client";
import { useState } from "react";
import { OpinionTraceView } from "@/components/opinion-trace-view";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import type { LoadedModel } from "../use-predictor";
import { ReviewField, WidgetFrame } from "./widget-frame";

/** The LSTM page's widget: type a review and watch the opinion move word by word. */
export function OpinionTrace({ language }: { language: Language }) {
  return (
    <WidgetFrame language={language} title={dictionary(language).opinionTrace.title}>
      {(model) => <Trace language={language} model={model} />}
    </WidgetFrame>
  );
}

function Trace({ language, model: { predictor } }: { language: Language; model: LoadedModel }) {
  const t = dictionary(language).opinionTrace;
  const [text, setText] = useState("The first hour is slow and boring, but the ending is wonderful and I loved it.");
  const reading = predictor.read(text);
  return (
    <div className="space-y-3">
      <ReviewField label={dictionary(language).widget.review} value={text} onChange={setText} />
      <OpinionTraceView language={language} reading={reading} />
      <p>
        {t.final} <strong data-testid="opinion-final">{reading.probability.toFixed(3)}</strong>
      </p>
    </div>
  );
}
