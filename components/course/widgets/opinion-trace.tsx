"use client";
import { OpinionTraceView } from "@/components/opinion-trace-view";
import { dictionary } from "@/lib/i18n/dictionary";
import { LEARN_SECTIONS } from "@/lib/learn-sections";
import type { Language } from "@/lib/site";
import type { LoadedModel } from "../use-predictor";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

/** The LSTM page's widget: type a review and watch the opinion move word by word. */
export function OpinionTrace({ language }: { language: Language }) {
  return (
    <WidgetFrame language={language} title={dictionary(language).opinionTrace.title} id={LEARN_SECTIONS.opinionTrace}>
      {(model) => <Trace language={language} model={model} />}
    </WidgetFrame>
  );
}

function Trace({ language, model: { predictor } }: { language: Language; model: LoadedModel }) {
  const t = dictionary(language).opinionTrace;
  const { text, setText, carried, example } = useWidgetReview(
    "The first hour is slow and boring, but the ending is wonderful and I loved it.",
  );
  const reading = predictor.read(text);
  return (
    <div className="space-y-3">
      <ReviewField
        language={language}
        label={dictionary(language).widget.review}
        value={text}
        onChange={setText}
        carried={carried}
        example={example}
      />
      <OpinionTraceView language={language} t={dictionary(language).box} reading={reading} />
      <p>
        {t.final} <strong data-testid="opinion-final">{reading.probability.toFixed(3)}</strong>
      </p>
    </div>
  );
}
