"use client";
import { type ReactNode, useRef, useState } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import type { ModelName } from "@/lib/model-folder";
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
  switchable = true,
  children,
}: {
  language: Language;
  title: string;
  /** false: the widget is about the tutorial's model (its sizes, its units) and only names it. */
  switchable?: boolean;
  children: (model: LoadedModel) => ReactNode;
}) {
  const t = useDictionary().widget;
  const [model, setModel] = useState<ModelName>("tutorial");
  const state = usePredictor(model);
  // While the other model loads, the widget keeps showing the last one, so what the learner
  // typed stays and the two models can be compared on it.
  const shown = useRef<LoadedModel | null>(null);
  if (state.status === "ready") shown.current = state;
  return (
    <section
      aria-label={title}
      className="my-8 rounded-xl border border-zinc-300 bg-white p-4 text-base leading-normal shadow-sm sm:p-5"
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
        <p className="text-red-700" role="alert">
          {t.error} {state.message}
        </p>
      )}
      {shown.current && children(shown.current)}
    </section>
  );
}

/** A labelled text area for a review; the model reads English. */
export function ReviewField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <label className="block">
      <span className="mb-1 block text-sm text-zinc-600">{label}</span>
      <textarea
        lang="en"
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-full rounded-lg border border-zinc-300 p-2.5 font-sans text-base focus:border-emerald-600 focus:outline-none"
      />
    </label>
  );
}
