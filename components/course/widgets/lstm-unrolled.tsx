"use client";
/**
 * The LSTM unrolled along the review: one cell per word, the cell state as the line that
 * runs through the top, the hidden state passed along the bottom and up to the output.
 * Shows a window of cells around the chosen step; a cell can be chosen by click or keyboard.
 */
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { readableMinWidth } from "../../fixed-scale";
import { NEGATIVE, POSITIVE, probabilityBackground } from "../../palette";
import { ScrollRegion } from "../../scroll-region";
import type { LstmStep } from "./lstm-trace";

const WINDOW = 7;
export function LstmUnrolled({
  words,
  steps,
  step,
  onStep,
}: {
  words: string[];
  steps: LstmStep[];
  step: number;
  onStep: (step: number) => void;
}) {
  const t = useDictionary().lstmUnrolled;
  const first = Math.max(0, Math.min(step - Math.floor(WINDOW / 2), steps.length - WINDOW));
  const shown = steps.slice(first, first + WINDOW);
  const width = 640,
    left = 74,
    boxW = 60,
    gap = (width - left - 6 - WINDOW * boxW) / (WINDOW - 1),
    cellY = 22,
    boxY = 48,
    boxH = 46;
  const x = (i: number) => left + i * (boxW + gap);
  return (
    // Its smallest text is 11 units: at a fixed scale it scrolls sideways on a phone instead of shrinking.
    <ScrollRegion label={t.label(words[step], step + 1)}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing of buttons; <fieldset> cannot hold SVG */}
      <svg
        viewBox={`0 0 ${width} 170`}
        role="group"
        aria-label={t.label(words[step], step + 1)}
        className="h-auto w-full"
        style={{ minWidth: readableMinWidth(width, 11) }}
        data-testid="lstm-unrolled"
      >
        <text x={4} y={cellY - 6} fontSize={11} fill="#52525b">
          {t.cell}
        </text>
        <line x1={4} x2={width - 4} y1={cellY} y2={cellY} stroke={POSITIVE} strokeWidth={3} />
        <text x={4} y={boxY + boxH - 6} fontSize={11} fill={NEGATIVE}>
          {t.hidden} →
        </text>
        <text x={4} y={boxY + boxH + 28} fontSize={11} fill="#52525b">
          {t.opinion}
        </text>
        {shown.map((s, k) => {
          const i = first + k;
          const current = i === step;
          return (
            // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this <g> is focusable and answers Enter and Space
            <g
              key={i}
              role="button"
              tabIndex={0}
              aria-label={t.go(words[i])}
              aria-pressed={current}
              onClick={() => onStep(i)}
              onKeyDown={(e) => {
                if (e.key !== "Enter" && e.key !== " ") return;
                e.preventDefault();
                onStep(i);
              }}
              className="cursor-pointer focus:outline-none [&:focus>rect]:stroke-[3]"
              data-testid="lstm-cell"
            >
              <line
                x1={x(k) + boxW / 2}
                x2={x(k) + boxW / 2}
                y1={cellY}
                y2={boxY}
                stroke={POSITIVE}
                strokeWidth={1.5}
              />
              <rect
                x={x(k)}
                y={boxY}
                width={boxW}
                height={boxH}
                rx={6}
                fill={current ? "#dbeafe" : "#f4f4f5"}
                stroke={current ? POSITIVE : "#a1a1aa"}
                strokeWidth={current ? 2.5 : 1}
              />
              <text x={x(k) + boxW / 2} y={boxY + 19} fontSize={11} textAnchor="middle" fill="#18181b">
                LSTM
              </text>
              <text x={x(k) + boxW / 2} y={boxY + 35} fontSize={11} textAnchor="middle" fill="#52525b">
                t = {i + 1}
              </text>
              {k < shown.length - 1 && (
                <line
                  x1={x(k) + boxW}
                  x2={x(k + 1)}
                  y1={boxY + boxH - 10}
                  y2={boxY + boxH - 10}
                  stroke={NEGATIVE}
                  strokeWidth={1.5}
                  markerEnd="url(#lstm-arrow)"
                />
              )}
              <line x1={x(k) + boxW / 2} x2={x(k) + boxW / 2} y1={boxY + boxH} y2={boxY + boxH + 16} stroke="#a1a1aa" />
              <rect
                x={x(k) + 4}
                y={boxY + boxH + 16}
                width={boxW - 8}
                height={16}
                rx={3}
                fill={probabilityBackground(s.opinion)}
              />
              <text x={x(k) + boxW / 2} y={boxY + boxH + 28} fontSize={11} textAnchor="middle" fill="#18181b">
                {s.opinion.toFixed(2)}
              </text>
              <text
                x={x(k) + boxW / 2}
                y={160}
                fontSize={11}
                textAnchor="middle"
                fill={current ? POSITIVE : "#3f3f46"}
                fontWeight={current ? 700 : 400}
                lang="en"
              >
                {words[i].length > 9 ? `${words[i].slice(0, 8)}…` : words[i]}
              </text>
            </g>
          );
        })}
        <defs>
          <marker id="lstm-arrow" viewBox="0 0 6 6" refX={5} refY={3} markerWidth={6} markerHeight={6} orient="auto">
            <path d="M0,0 L6,3 L0,6 z" fill={NEGATIVE} />
          </marker>
        </defs>
      </svg>
    </ScrollRegion>
  );
}
