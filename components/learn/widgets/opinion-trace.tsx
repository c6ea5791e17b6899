"use client";
import { useState } from "react";
import type { Reading } from "@/lib/predictor";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { usePredictor, type LoadedModel } from "../use-predictor";
import { NEGATIVE, POSITIVE, probabilityBackground } from "./palette";
import { ReviewField, WidgetFrame } from "./widget-frame";


export function OpinionTrace({ language }: { language: Language }) {
  const state = usePredictor();
  return (
    <WidgetFrame language={language} title={dictionary(language).opinionTrace.title} state={state}>
      {(model) => <Trace language={language} model={model} />}
    </WidgetFrame>
  );
}

function Trace({ language, model: { predictor } }: { language: Language; model: LoadedModel }) {
  const t = dictionary(language).opinionTrace;
  const [text, setText] = useState("The first hour is slow and boring, but the ending is wonderful and I loved it.");
  const reading = predictor.read(text);
  return (
    <div className="space-y-3">
      <ReviewField label={dictionary(language).widget.review} value={text} onChange={setText} />
      <OpinionChart reading={reading} label={t.chart} />
      <ol lang="en" className="m-0 flex list-none flex-wrap gap-1.5 p-0">
        {reading.tokens.map((token, i) => (
          <li key={i} data-testid="opinion-token" className="m-0 rounded-md px-2 py-0.5 text-sm" style={{ background: opinionColor(token.opinionSoFar) }}>
            {token.word} <span className="font-mono text-xs text-zinc-600">{token.opinionSoFar.toFixed(3)}</span>
          </li>
        ))}
      </ol>
      <p>
        {t.final} <strong data-testid="opinion-final">{reading.probability.toFixed(3)}</strong>
      </p>
    </div>
  );
}

/** Orange below 0.5 (negative), blue above, pale near 0.5 (undecided): the colour-blind-safe pair. */
const opinionColor = probabilityBackground;

function OpinionChart({ reading, label }: { reading: Reading; label: string }) {
  const width = 600, height = 120, steps = Math.max(1, reading.tokens.length - 1);
  const x = (i: number) => 10 + (i / steps) * (width - 20);
  const y = (p: number) => 10 + (1 - p) * (height - 20);
  const points = reading.tokens.map((token, i) => `${x(i).toFixed(1)},${y(token.opinionSoFar).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="h-auto w-full rounded-md bg-zinc-50">
      <line x1={10} x2={width - 10} y1={y(0.5)} y2={y(0.5)} stroke="#a1a1aa" strokeDasharray="4 4" />
      <text x={12} y={y(1) + 10} fontSize={11} fill={POSITIVE}>1</text>
      <text x={12} y={y(0) - 2} fontSize={11} fill={NEGATIVE}>0</text>
      <polyline points={points} fill="none" stroke="#18181b" strokeWidth={2} />
      {reading.tokens.map((token, i) => (
        <circle key={i} cx={x(i)} cy={y(token.opinionSoFar)} r={3} fill={token.opinionSoFar < 0.5 ? NEGATIVE : POSITIVE} />
      ))}
    </svg>
  );
}
