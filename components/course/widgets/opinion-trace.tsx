"use client";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { OpinionTraceView } from "@/components/opinion-trace-view";
import { LEARN_SECTIONS } from "@/lib/learn-sections";
import type { Language } from "@/lib/site";
import type { LoadedModel } from "../use-predictor";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

/** The LSTM page's widget: type a review and watch the opinion move word by word. */
export function OpinionTrace({ language }: { language: Language }) {
  const title = useDictionary().opinionTrace.title;
  return (
    <WidgetFrame language={language} title={title} id={LEARN_SECTIONS.opinionTrace}>
      {(model) => <Trace language={language} model={model} />}
    </WidgetFrame>
  );
}

function Trace({ language, model: { predictor } }: { language: Language; model: LoadedModel }) {
  const dictionary = useDictionary();
  const t = dictionary.opinionTrace;
  const { text, setText, field } = useWidgetReview(
    "The first hour is slow and boring, but the ending is wonderful and I loved it.",
  );
  const reading = predictor.read(text);
  return (
    <div className="space-y-3">
      <ReviewField label={dictionary.widget.review} {...field} />
      <OpinionTraceView language={language} reading={reading} />
      <p>
        {t.final} <strong data-testid="opinion-final">{reading.probability.toFixed(3)}</strong>
      </p>
    </div>
  );
}
