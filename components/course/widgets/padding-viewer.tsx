"use client";
import { useState } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { textToIndices } from "@/lib/encode";
import { LEARN_SECTIONS } from "@/lib/learn-sections";
import type { PadSide } from "@/lib/padding";
import { padSequence } from "@/lib/padding";
import type { Language } from "@/lib/site";
import { ScrollRegion } from "../../scroll-region";
import type { LoadedModel } from "../use-predictor";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

export function PaddingViewer({ language }: { language: Language }) {
  const title = useDictionary().padding.title;
  return (
    <WidgetFrame language={language} title={title} id={LEARN_SECTIONS.paddingViewer}>
      {(model) => <Viewer model={model} />}
    </WidgetFrame>
  );
}

function Viewer({ model: { metadata } }: { model: LoadedModel }) {
  const dictionary = useDictionary();
  const t = dictionary.padding;
  const { maxLen } = metadata.model;
  const { padIndex, startIndex, oovIndex } = metadata.preprocessing;
  const { text, setText, field } = useWidgetReview("A gentle, funny film. I loved it.");
  const [padding, setPadding] = useState<PadSide>(metadata.preprocessing.padding);
  const [truncating, setTruncating] = useState<PadSide>(metadata.preprocessing.truncating);
  const indices = textToIndices(text, metadata);
  const sequence = padSequence(indices, { maxLen, padding, truncating, value: padIndex });
  const cut = Math.max(0, indices.length - maxLen);
  const side = (label: string, value: PadSide, onChange: (side: PadSide) => void, trained: PadSide) => (
    <label className="mr-4 inline-flex items-center gap-2 text-sm">
      {label}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as PadSide)}
        className="rounded border border-zinc-300 px-1 py-0.5"
      >
        {(["pre", "post"] as const).map((option) => (
          <option key={option} value={option}>{`'${option}'${option === trained ? t.trained : ""}`}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="space-y-3">
      <ReviewField label={dictionary.widget.review} {...field} />
      <div>
        {side(t.padding, padding, setPadding, metadata.preprocessing.padding)}
        {side(t.truncating, truncating, setTruncating, metadata.preprocessing.truncating)}
      </div>
      <p data-testid="padding-summary" className="text-sm text-zinc-600">
        {t.summary(indices.length, maxLen - indices.length + cut, cut, maxLen)}
      </p>
      <ScrollRegion label={t.sequence} className="max-h-72 overflow-y-auto">
        <ol
          data-testid="padded-sequence"
          className="m-0 flex list-none flex-wrap gap-0.5 p-0 font-mono text-[0.6875rem] leading-4"
        >
          {sequence.map((index, position) => (
            <li
              key={position}
              className={`m-0 min-w-7 rounded-sm px-0.5 text-center ${index === padIndex ? "bg-zinc-100 text-zinc-600" : index === startIndex ? "bg-sky-200" : index === oovIndex ? "bg-orange-100 text-orange-900" : "bg-emerald-100"}`}
            >
              {index}
            </li>
          ))}
        </ol>
      </ScrollRegion>
    </div>
  );
}
