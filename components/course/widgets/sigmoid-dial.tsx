"use client";
import { useState } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { LEARN_SECTIONS } from "@/lib/learn-sections";
import { sigmoid } from "@/lib/lstm-cell";
import type { Language } from "@/lib/site";
import { NEGATIVE, POSITIVE } from "../../palette";
import type { LoadedModel } from "../use-predictor";
import { ReviewField, useWidgetReview, WidgetFrame } from "./widget-frame";

const RANGE = 8;

export function SigmoidDial({ language }: { language: Language }) {
  const title = useDictionary().sigmoid.title;
  return (
    <WidgetFrame language={language} title={title} id={LEARN_SECTIONS.sigmoidDial}>
      {(model) => <Dial model={model} />}
    </WidgetFrame>
  );
}

function Dial({ model: { predictor } }: { model: LoadedModel }) {
  const t = useDictionary().sigmoid;
  const { text, setText, field } = useWidgetReview("Not great, not terrible. Worth a look.");
  const [logit, setLogit] = useState(() => predictor.read(text).logit);
  const probability = sigmoid(logit);
  const onText = (next: string) => {
    setText(next);
    setLogit(predictor.read(next).logit);
  };
  return (
    <div className="space-y-3">
      <ReviewField label={t.review} {...field} onChange={onText} />
      <label className="flex items-center gap-3 text-sm">
        <span className="shrink-0">{t.logit}</span>
        <input
          type="range"
          min={-RANGE}
          max={RANGE}
          step={0.01}
          value={Math.max(-RANGE, Math.min(RANGE, logit))}
          onChange={(e) => setLogit(Number(e.target.value))}
          className="w-full accent-emerald-700"
        />
      </label>
      <SigmoidCurve logit={logit} />
      <p className="font-serif text-lg">
        <span data-testid="sigmoid-result">{t.result(logit.toFixed(3), probability.toFixed(3))}</span>{" "}
        <span className="font-sans text-base text-zinc-600">{t.verdict(probability > 0.5)}</span>
      </p>
    </div>
  );
}

function SigmoidCurve({ logit }: { logit: number }) {
  const width = 600,
    height = 160;
  const x = (z: number) => ((z + RANGE) / (2 * RANGE)) * width;
  const y = (p: number) => 10 + (1 - p) * (height - 20);
  const curve = Array.from({ length: 161 }, (_, i) => -RANGE + (i / 160) * 2 * RANGE)
    .map((z) => `${x(z).toFixed(1)},${y(sigmoid(z)).toFixed(1)}`)
    .join(" ");
  const shown = Math.max(-RANGE, Math.min(RANGE, logit));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} aria-hidden className="h-auto w-full rounded-md bg-zinc-50">
      <line x1={0} x2={width} y1={y(0.5)} y2={y(0.5)} stroke="#d4d4d8" strokeDasharray="4 4" />
      <line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke="#d4d4d8" strokeDasharray="4 4" />
      <polyline points={curve} fill="none" stroke="#18181b" strokeWidth={2} />
      <circle cx={x(shown)} cy={y(sigmoid(shown))} r={6} fill={logit >= 0 ? POSITIVE : NEGATIVE} />
    </svg>
  );
}
