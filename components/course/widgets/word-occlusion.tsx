"use client";
/**
 * Per-word occlusion: how much P(positive) changes when one word is removed from the
 * review, for every word, from the live model. Blue words pushed the review towards
 * positive (removing them lowers P), orange ones towards negative.
 */
import { useDeferredValue, useMemo } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { textToIndices } from "@/lib/encode";
import type { Language } from "@/lib/site";
import { tokenize } from "@/lib/tokenizer";
import { signedBackground } from "../../palette";
import type { LoadedModel } from "../use-predictor";
import { occlusion } from "./lstm-trace";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

/** Occlusion costs one run per word; longer reviews are cut to their last words here. */
const MAX_WORDS = 80;

export function WordOcclusion({ language, initialText }: { language: Language; initialText: string }) {
  const title = useDictionary().occlusion.title;
  return (
    <WidgetFrame language={language} title={title}>
      {(model) => <Occlusion model={model} initialText={initialText} />}
    </WidgetFrame>
  );
}

function Occlusion({ model: { predictor, metadata }, initialText }: { model: LoadedModel; initialText: string }) {
  const t = useDictionary().occlusion;
  const { text, setText, field } = useWidgetReview(initialText);
  const deferred = useDeferredValue(text);
  const result = useMemo(() => {
    const words = tokenize(deferred).slice(-MAX_WORDS);
    const indices = textToIndices(words.join(" "), metadata);
    return {
      words,
      deltas: occlusion(predictor, indices),
      probability: predictor.probabilityOfIndices(indices),
      cut: tokenize(deferred).length > MAX_WORDS,
    };
  }, [deferred, predictor, metadata]);
  const largest = Math.max(1e-6, ...result.deltas.map(Math.abs));
  return (
    <div className="space-y-3">
      <ReviewField label={t.review} {...field} />
      <p className="text-sm">
        {t.total}{" "}
        <strong data-testid="occlusion-probability" className="font-mono">
          {result.probability.toFixed(3)}
        </strong>
        {result.cut && <> {t.cut(MAX_WORDS)}</>}
      </p>
      <p className="text-sm text-zinc-600">{t.explain}</p>
      <p lang="en" className="m-0 flex flex-wrap gap-1">
        {result.words.map((word, i) => {
          // Removing a word that pushed towards positive lowers P: a negative delta, shown blue.
          const drop = -result.deltas[i];
          const label = t.delta(word, (-drop >= 0 ? "+" : "") + (-drop).toFixed(3));
          return (
            <span
              key={i}
              role="img"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: each word is focusable so keyboard users can read its effect
              tabIndex={0}
              title={label}
              aria-label={label}
              data-testid="occlusion-word"
              data-delta={result.deltas[i].toFixed(4)}
              className="rounded px-1"
              style={{ background: signedBackground(drop / largest) }}
            >
              {word}
            </span>
          );
        })}
      </p>
    </div>
  );
}
