"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { readCarriedReview } from "@/components/carried-review";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import type { LearnSection } from "@/lib/learn-sections";
import type { ModelName } from "@/lib/model-hosting";
import type { Language } from "@/lib/site";
import { type LoadedModel, usePredictor } from "../use-predictor";
import { ModelSwitch } from "./model-switch";

/**
 * The box around a live widget: its title, the model it runs (the tutorial's unless the
 * learner switches it), and that model's loading or error state.
 */
export function WidgetFrame({
  language,
  title,
  id,
  switchable = true,
  children,
}: {
  language: Language;
  title: string;
  /** The section id the review box's links land on (lib/learn-sections.ts). */
  id?: LearnSection;
  /** false: the widget is about the tutorial's model (its sizes, its units) and only names it. */
  switchable?: boolean;
  children: (model: LoadedModel) => ReactNode;
}) {
  const t = useDictionary().widget;
  // Chosen once mounted (the server cannot know): a reader who brings a review from the box sees
  // it on the box's model, so the numbers agree with the box; otherwise the tutorial's, which the
  // course explains. Nothing loads before the choice.
  const [chosen, setModel] = useState<ModelName | null>(null);
  useEffect(() => {
    const carried = readCarriedReview();
    setModel(switchable && carried !== null && carried.trim() !== "" ? "default" : "tutorial");
  }, [switchable]);
  const model = chosen ?? "tutorial";
  const state = usePredictor(model, chosen !== null);
  // While the other model loads, the widget keeps showing the last one, so what the learner
  // typed stays and the two models can be compared on it.
  const shown = useRef<LoadedModel | null>(null);
  if (state.status === "ready") shown.current = state;
  return (
    <section
      id={id}
      aria-label={title}
      className="my-8 scroll-mt-4 rounded-xl border border-zinc-300 bg-white p-4 text-base leading-normal shadow-sm sm:p-5"
    >
      <p className="mt-0 mb-3 text-sm font-semibold tracking-wide text-emerald-700">
        {t.tryIt} · <span className="text-zinc-900">{title}</span>
      </p>
      <ModelSwitch language={language} model={model} onChange={switchable ? setModel : undefined} />
      {state.status === "loading" && (
        <p className="text-zinc-500" role="status">
          {t.loading}
        </p>
      )}
      {state.status === "error" && (
        <div role="alert" className="space-y-2">
          <p className="text-red-700">
            {t.error} {state.message}
          </p>
          <button
            type="button"
            onClick={state.retry}
            className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm text-white hover:bg-zinc-700"
          >
            {t.retry}
          </button>
        </div>
      )}
      {shown.current && children(shown.current)}
    </section>
  );
}

/**
 * A widget's review: the one carried from the review box when there is one (read once, when
 * the widget first shows: widgets render only in the browser, after their model loads), else
 * the page's own example.
 */
export function useWidgetReview(example: string) {
  const [carried] = useState(() => {
    const review = readCarriedReview();
    return review !== null && review.trim() !== "" ? review : null;
  });
  const [text, setText] = useState(carried ?? example);
  /** The props of the widget's <ReviewField>, but its label. */
  const field = { value: text, onChange: setText, carried, example };
  return { text, setText, carried, field };
}

/**
 * A labelled text area for a review (the model reads English), and, when the reader came
 * with a review from the box, buttons to switch between it and the page's example.
 */
export function ReviewField({
  label,
  value,
  onChange,
  carried = null,
  example,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  carried?: string | null;
  example?: string;
}) {
  const t = useDictionary().widget;
  const choice = "rounded-full border border-zinc-300 px-3 py-0.5 text-sm hover:border-emerald-600";
  return (
    <div>
      <label className="block">
        <span className="mb-1 block text-sm text-zinc-600">{label}</span>
        <textarea
          lang="en"
          rows={3}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="w-full rounded-lg border border-zinc-300 p-2.5 font-sans text-base focus:border-emerald-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-700"
        />
      </label>
      {carried !== null && (
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-zinc-700" data-widget-review>
          {value === carried && <span data-from-box>{t.fromBox}</span>}
          {example !== undefined && value !== example && (
            <button type="button" className={choice} onClick={() => onChange(example)} data-use-example>
              {t.useExample}
            </button>
          )}
          {value !== carried && (
            <button type="button" className={choice} onClick={() => onChange(carried)} data-use-carried>
              {t.useCarried}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
