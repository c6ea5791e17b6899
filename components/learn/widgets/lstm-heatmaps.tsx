"use client";
/**
 * One step of the LSTM as six heat maps of one row each, a cell per unit: the input gate,
 * forget gate, candidate and output gate, then the cell and hidden states. Clicking a cell
 * follows that unit; the chosen unit is outlined.
 */
import type { Language } from "@/lib/site";
import type { LstmStep } from "./lstm-trace";
import { signedBackground } from "./palette";

const ROWS = [
  { key: "inputGate", en: "input gate i", zh: "输入门 i", range: "0…1" },
  { key: "forgetGate", en: "forget gate f", zh: "遗忘门 f", range: "0…1" },
  { key: "candidate", en: "candidate g", zh: "候选值 g", range: "−1…1" },
  { key: "outputGate", en: "output gate o", zh: "输出门 o", range: "0…1" },
  { key: "cellState", en: "cell state c", zh: "细胞状态 c", range: "" },
  { key: "hiddenState", en: "hidden state h", zh: "隐藏状态 h", range: "−1…1" },
] as const;

const COPY = {
  en: { label: (units: number) => `Gates and states of the ${units} units at this word; blue is positive, orange negative, gates from white (0) to blue (1)`, follow: (row: string, unit: number, value: string) => `${row}, unit ${unit}: ${value}` },
  zh: { label: (units: number) => `这个词处 ${units} 个单元的门和状态；蓝色为正，橙色为负，门从白色（0）到蓝色（1）`, follow: (row: string, unit: number, value: string) => `${row}，单元 ${unit}：${value}` },
};

export function LstmHeatmaps({ step, units, unit, onUnit, language }: { step: LstmStep; units: number; unit: number; onUnit: (unit: number) => void; language: Language }) {
  const t = COPY[language];
  const cell = 6, labelW = 110, rowH = 16, width = labelW + units * cell + 4;
  return (
    <svg viewBox={`0 0 ${width} ${ROWS.length * (rowH + 4)}`} role="img" aria-label={t.label(units)} className="h-auto w-full" data-testid="lstm-heatmaps">
      {ROWS.map((row, r) => {
        const values = step[row.key];
        const y = r * (rowH + 4);
        // Cell states are unbounded: scale them by the largest in size at this step.
        const scale = row.key === "cellState" ? Math.max(1e-9, ...Array.from(values, Math.abs)) : 1;
        return (
          <g key={row.key} data-testid="heatmap-row" data-row={row.key}>
            <text x={0} y={y + 12} fontSize={10} fill="#3f3f46">{row[language]} <tspan fill="#a1a1aa">{row.range}</tspan></text>
            {Array.from(values, (value, u) => (
              <rect key={u} x={labelW + u * cell} y={y} width={cell - 0.5} height={rowH} fill={signedBackground(value / scale)} stroke={u === unit ? "#18181b" : "none"} strokeWidth={u === unit ? 1.2 : 0} onClick={() => onUnit(u)} className="cursor-pointer">
                <title>{t.follow(row[language], u, value.toFixed(3))}</title>
              </rect>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
