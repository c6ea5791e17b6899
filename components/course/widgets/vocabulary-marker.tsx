"use client";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { textToIndices } from "@/lib/encode";
import { LEARN_SECTIONS } from "@/lib/learn-sections";
import type { Language } from "@/lib/site";
import { tokenize } from "@/lib/tokenizer";
import type { LoadedModel } from "../use-predictor";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

export function VocabularyMarker({ language }: { language: Language }) {
  const title = useDictionary().vocabulary.title;
  return (
    <WidgetFrame language={language} title={title} id={LEARN_SECTIONS.vocabularyMarker}>
      {(model) => <Marker model={model} />}
    </WidgetFrame>
  );
}

function Marker({ model: { metadata } }: { model: LoadedModel }) {
  const dictionary = useDictionary();
  const t = dictionary.vocabulary;
  const { text, setText, field } = useWidgetReview(
    "The cinematography was breathtaking, but the screenplay felt derivative and overwrought.",
  );
  const words = tokenize(text);
  // textToIndices starts with the start marker (index 1); word i has index i + 1.
  const indices = textToIndices(text, metadata).slice(1);
  const { oovIndex } = metadata.preprocessing;
  const oovCount = indices.filter((index) => index === oovIndex).length;
  return (
    <div className="space-y-3">
      <ReviewField label={dictionary.widget.review} {...field} />
      <p data-testid="vocabulary-summary" className="text-sm text-zinc-600">
        {t.summary(words.length, oovCount)}
      </p>
      <ol lang="en" className="m-0 flex list-none flex-wrap gap-1.5 p-0">
        {words.map((word, i) => {
          const oov = indices[i] === oovIndex;
          return (
            <li
              key={i}
              data-testid="vocabulary-word"
              data-oov={oov}
              className={`m-0 rounded-md border px-2 py-0.5 ${oov ? "border-dashed border-orange-400 bg-orange-50 text-orange-900" : "border-zinc-200 bg-zinc-50"}`}
            >
              {oov ? <s>{word}</s> : word}
              <sub className="ml-1 font-mono text-xs text-zinc-600">{indices[i]}</sub>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
