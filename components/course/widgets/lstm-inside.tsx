"use client";
/**
 * Inside the LSTM, step by step: the unrolled cell along a real review, the gates and
 * states of every unit at the chosen word as heat maps, and the review coloured by one
 * unit's hidden state. Keyboard: the step slider and the unit field; the arrow buttons.
 */
import { useMemo, useState } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { readTokens, textToIndices } from "@/lib/encode";
import type { Language } from "@/lib/site";
import { probabilityBackground, signedBackground } from "../../palette";
import type { LoadedModel } from "../use-predictor";
import { LstmHeatmaps } from "./lstm-heatmaps";
import { mostAlignedUnit, traceLstm } from "./lstm-trace";
import { LstmUnrolled } from "./lstm-unrolled";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

/** A real training review: aclImdb/train/pos/3247_10.txt. */
export const REAL_REVIEW = "I don't know why I like this movie so well, but I never get tired of watching it.";

export function LstmInside({ language }: { language: Language }) {
  const title = useDictionary().lstmInside.title;
  return (
    <WidgetFrame language={language} title={title} switchable={false}>
      {(model) => <Inside model={model} />}
    </WidgetFrame>
  );
}

function Inside({ model: { predictor, metadata } }: { model: LoadedModel }) {
  const dictionary = useDictionary();
  const t = dictionary.lstmInside;
  const { text, setText, field } = useWidgetReview(REAL_REVIEW);
  const aligned = useMemo(() => mostAlignedUnit(predictor.weights), [predictor]);
  const [unit, setUnit] = useState(aligned.unit);
  const steps = useMemo(
    () => traceLstm(predictor.weights, metadata, textToIndices(text, metadata)),
    [predictor, metadata, text],
  );
  // The tokens the model kept, after truncation, as lib/encode.ts reads them.
  const words = useMemo(() => readTokens(text, metadata).tokens.map((token) => token.word), [text, metadata]);
  const [chosen, setStep] = useState(0);
  const step = Math.min(chosen, steps.length - 1);
  const current = steps[step];
  const units = metadata.model.lstmUnits;
  return (
    <div className="space-y-4">
      <ReviewField
        label={text === REAL_REVIEW ? t.review : dictionary.widget.review}
        {...field}
        onChange={(value) => {
          setText(value);
          setStep(0);
        }}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => setStep(Math.max(0, step - 1))}
          disabled={step === 0}
          className="rounded border border-zinc-300 px-2 py-1 text-sm disabled:opacity-40"
          aria-label={t.previous}
        >
          ←
        </button>
        <label className="flex grow items-center gap-2 text-sm">
          {t.step}{" "}
          <span data-testid="lstm-step" className="font-mono">
            {step + 1}/{steps.length}
          </span>
          <input
            type="range"
            min={0}
            max={steps.length - 1}
            value={step}
            onChange={(e) => setStep(Number(e.target.value))}
            className="grow accent-blue-700"
            data-testid="lstm-step-slider"
          />
        </label>
        <button
          type="button"
          onClick={() => setStep(Math.min(steps.length - 1, step + 1))}
          disabled={step === steps.length - 1}
          className="rounded border border-zinc-300 px-2 py-1 text-sm disabled:opacity-40"
          aria-label={t.next}
        >
          →
        </button>
      </div>
      <LstmUnrolled words={words} steps={steps} step={step} onStep={setStep} />
      <p className="text-sm">
        <span lang="en" className="font-mono">
          “{words[step]}”
        </span>{" "}
        · {t.opinion}{" "}
        <strong
          data-testid="lstm-opinion"
          className="rounded px-1 font-mono"
          style={{ background: probabilityBackground(current.opinion) }}
        >
          {current.opinion.toFixed(3)}
        </strong>
      </p>
      <LstmHeatmaps step={current} units={units} unit={unit} onUnit={setUnit} />
      <label className="block text-sm">
        {t.unit}{" "}
        <input
          type="number"
          min={0}
          max={units - 1}
          value={unit}
          onChange={(e) => setUnit(Math.max(0, Math.min(units - 1, Number(e.target.value) || 0)))}
          className="w-20 rounded border border-zinc-300 px-1"
          data-testid="lstm-unit"
        />
      </label>
      <p className="text-sm text-zinc-700" data-testid="lstm-aligned">
        {t.aligned(aligned.unit, aligned.weight.toFixed(3))}
      </p>
      <p className="mb-1 text-sm text-zinc-700">{t.colored(unit, predictor.weights.outputKernel[unit].toFixed(3))}</p>
      <p lang="en" className="m-0 flex flex-wrap gap-1">
        {steps.map((s, i) => (
          <span
            key={i}
            data-testid="unit-word"
            data-value={s.hiddenState[unit].toFixed(4)}
            data-push={s.hiddenState[unit] * predictor.weights.outputKernel[unit] >= 0 ? "positive" : "negative"}
            className="rounded px-1"
            // Coloured by the way the unit pushes P(positive): its value times the sign of its output weight.
            style={{
              background: signedBackground(s.hiddenState[unit] * Math.sign(predictor.weights.outputKernel[unit])),
            }}
            title={s.hiddenState[unit].toFixed(3)}
          >
            {words[i]}
          </span>
        ))}
      </p>
    </div>
  );
}
