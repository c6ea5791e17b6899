"use client";
import { useMemo, useState } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { textToIndices } from "@/lib/encode";
import { LEARN_SECTIONS } from "@/lib/learn-sections";
import type { Language } from "@/lib/site";
import { tokenize } from "@/lib/tokenizer";
import { indexToWordTable } from "@/lib/vocabulary";
import { signedBackground } from "../../palette";
import type { LoadedModel } from "../use-predictor";
import { useWidgetReview, WidgetFrame } from "./widget-frame";

export function EmbeddingExplorer({ language }: { language: Language }) {
  const title = useDictionary().embedding.title;
  return (
    <WidgetFrame language={language} title={title} id={LEARN_SECTIONS.embeddingExplorer}>
      {(model) => <Explorer model={model} />}
    </WidgetFrame>
  );
}

function Explorer({ model: { predictor, metadata } }: { model: LoadedModel }) {
  const t = useDictionary().embedding;
  // A review carried from the box offers its words to look up, the first one shown.
  const { carried } = useWidgetReview("");
  const yourWords = useMemo(() => [...new Set(tokenize(carried ?? ""))].slice(0, 16), [carried]);
  const [text, setText] = useState(yourWords[0] ?? "excellent");
  const words = useMemo(() => indexToWordTable(metadata.vocabulary), [metadata]);
  const word = tokenize(text)[0];
  const index = word === undefined ? undefined : textToIndices(word, metadata)[1];
  const nearest = useMemo(
    () => (index === undefined ? [] : nearestIndices(predictor, index, metadata.preprocessing.firstWordIndex, 8)),
    [predictor, index, metadata],
  );
  const vector = index === undefined ? [] : Array.from(predictor.wordVector(index));
  const scale = Math.max(1e-6, ...vector.map(Math.abs));
  return (
    <div className="space-y-4">
      <label className="block">
        <span className="mb-1 block text-sm text-zinc-600">{t.word}</span>
        <input
          lang="en"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="w-full rounded-lg border border-zinc-300 p-2 text-base sm:w-64"
        />
      </label>
      {yourWords.length > 0 && (
        <p className="m-0 flex flex-wrap items-center gap-2 text-sm" data-widget-review>
          <span className="text-zinc-600">{t.fromReview}</span>
          {yourWords.map((yours) => (
            <button
              key={yours}
              type="button"
              lang="en"
              aria-pressed={yours === word}
              onClick={() => setText(yours)}
              className="rounded-full border border-zinc-300 px-3 py-0.5 hover:border-emerald-600 aria-pressed:border-emerald-700 aria-pressed:bg-emerald-50"
            >
              {yours}
            </button>
          ))}
        </p>
      )}
      {word !== undefined && index !== undefined && (
        <>
          <p data-testid="embedding-index">
            <strong lang="en">{word}</strong> → {t.index} <code>{index}</code>
            {index === metadata.preprocessing.oovIndex && <span className="text-amber-800"> {t.unknown}</span>}
          </p>
          <ol
            className="m-0 grid list-none grid-cols-4 gap-1 p-0 font-mono text-xs sm:grid-cols-8"
            aria-label={t.vectorLabel(word, vector.length)}
          >
            {vector.map((value, d) => (
              <li
                key={d}
                data-testid="embedding-value"
                className="m-0 rounded px-1 py-1.5 text-center"
                style={{ background: signedBackground(value / scale) }}
              >
                {value.toFixed(3)}
              </li>
            ))}
          </ol>
          <p className="mb-1 text-sm text-zinc-600">{t.nearest}</p>
          <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
            {nearest.map(({ index: other, similarity }) => (
              <li key={other} className="m-0">
                <button
                  type="button"
                  lang="en"
                  data-testid="nearest-word"
                  onClick={() => setText(words.get(other) ?? "")}
                  className="rounded-full border border-zinc-300 px-3 py-1 text-sm hover:border-emerald-600"
                >
                  {words.get(other)} <span className="text-zinc-500">{similarity.toFixed(3)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The `count` word indices whose embedding rows point most nearly the same way as `index`'s. */
function nearestIndices(predictor: LoadedModel["predictor"], index: number, firstWordIndex: number, count: number) {
  const target = predictor.wordVector(index);
  const numWords = predictor.weights.embeddings.length / predictor.weights.embeddingDim;
  const scored: { index: number; similarity: number }[] = [];
  for (let other = firstWordIndex; other < numWords; other++) {
    if (other !== index) scored.push({ index: other, similarity: cosine(target, predictor.wordVector(other)) });
  }
  return scored.sort((a, b) => b.similarity - a.similarity).slice(0, count);
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0,
    normA = 0,
    normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    normA += a[i] * a[i];
    normB += b[i] * b[i];
  }
  return dot / (Math.sqrt(normA * normB) || 1);
}
