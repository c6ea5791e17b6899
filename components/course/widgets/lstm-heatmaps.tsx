"use client";
/**
 * One step of the LSTM as six heat maps of one row each, a cell per unit: the input gate,
 * forget gate, candidate and output gate, then the cell and hidden states. Clicking a cell
 * follows that unit; the chosen unit is outlined. The row names are HTML beside (on a phone,
 * above) each row, so they stay readable however narrow the cells become.
 */
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { signedBackground } from "../../palette";
import type { LstmStep } from "./lstm-trace";

const ROWS = [
  { key: "inputGate", en: "input gate i", zh: "输入门 i", range: "0…1" },
  { key: "forgetGate", en: "forget gate f", zh: "遗忘门 f", range: "0…1" },
  { key: "candidate", en: "candidate g", zh: "候选值 g", range: "−1…1" },
  { key: "outputGate", en: "output gate o", zh: "输出门 o", range: "0…1" },
  { key: "cellState", en: "cell state c", zh: "细胞状态 c", range: "" },
  { key: "hiddenState", en: "hidden state h", zh: "隐藏状态 h", range: "−1…1" },
] as const;

export function LstmHeatmaps({
  step,
  units,
  unit,
  onUnit,
  language,
}: {
  step: LstmStep;
  units: number;
  unit: number;
  onUnit: (unit: number) => void;
  language: Language;
}) {
  const t = dictionary(language).lstmHeatmaps;
  const cell = 6,
    rowH = 16,
    width = units * cell;
  return (
    <div role="img" aria-label={t.label(units)} className="space-y-1" data-testid="lstm-heatmaps">
      {ROWS.map((row) => {
        const values = step[row.key];
        // Cell states are unbounded: scale them by the largest in size at this step.
        const scale = row.key === "cellState" ? Math.max(1e-9, ...Array.from(values, Math.abs)) : 1;
        return (
          <div
            key={row.key}
            className="grid items-center gap-x-2 sm:grid-cols-[9.5rem_1fr]"
            data-testid="heatmap-row"
            data-row={row.key}
          >
            <span className="text-xs text-zinc-700">
              {row[language]} <span className="text-zinc-500">{row.range}</span>
            </span>
            <svg viewBox={`0 0 ${width} ${rowH}`} preserveAspectRatio="none" className="h-4 w-full" aria-hidden>
              {Array.from(values, (value, u) => (
                // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the unit field beside the picture does the same from the keyboard
                <rect
                  key={u}
                  x={u * cell}
                  y={0}
                  width={cell - 0.5}
                  height={rowH}
                  fill={signedBackground(value / scale)}
                  stroke={u === unit ? "#18181b" : "none"}
                  strokeWidth={u === unit ? 1.2 : 0}
                  onClick={() => onUnit(u)}
                  className="cursor-pointer"
                >
                  <title>{t.follow(row[language], u, value.toFixed(3))}</title>
                </rect>
              ))}
            </svg>
          </div>
        );
      })}
    </div>
  );
}
