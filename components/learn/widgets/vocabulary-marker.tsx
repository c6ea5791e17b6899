"use client";
import { useState } from "react";
import { textToIndices } from "@/lib/encode";
import type { Language } from "@/lib/site";
import { tokenize } from "@/lib/tokenizer";
import { usePredictor, type LoadedModel } from "../use-predictor";
import { ReviewField, WidgetFrame } from "./widget-frame";

const COPY = {
  en: {
    title: "which of your words the model knows",
    review: "Your review (English)",
    summary: (words: number, oov: number) => `${words} words, ${oov} of them out of vocabulary (shown as index 2).`,
  },
  zh: {
    title: "模型认识你的哪些词",
    review: "你的影评（英文）",
    summary: (words: number, oov: number) => `共 ${words} 个词，其中 ${oov} 个不在词汇表里（显示为索引 2）。`,
  },
};

export function VocabularyMarker({ language }: { language: Language }) {
  const state = usePredictor();
  return (
    <WidgetFrame language={language} title={COPY[language].title} state={state}>
      {(model) => <Marker language={language} model={model} />}
    </WidgetFrame>
  );
}

function Marker({ language, model: { metadata } }: { language: Language; model: LoadedModel }) {
  const t = COPY[language];
  const [text, setText] = useState("The cinematography was breathtaking, but the screenplay felt derivative and overwrought.");
  const words = tokenize(text);
  // textToIndices starts with the start marker (index 1); word i has index i + 1.
  const indices = textToIndices(text, metadata).slice(1);
  const { oovIndex } = metadata.preprocessing;
  const oovCount = indices.filter((index) => index === oovIndex).length;
  return (
    <div className="space-y-3">
      <ReviewField label={t.review} value={text} onChange={setText} />
      <p data-testid="vocabulary-summary" className="text-sm text-zinc-600">{t.summary(words.length, oovCount)}</p>
      <ol lang="en" className="m-0 flex list-none flex-wrap gap-1.5 p-0">
        {words.map((word, i) => {
          const oov = indices[i] === oovIndex;
          return (
            <li key={i} data-testid="vocabulary-word" data-oov={oov} className={`m-0 rounded-md border px-2 py-0.5 ${oov ? "border-dashed border-red-400 bg-red-50 text-red-800" : "border-zinc-200 bg-zinc-50"}`}>
              {oov ? <s>{word}</s> : word}
              <sub className="ml-1 font-mono text-xs text-zinc-500">{indices[i]}</sub>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
