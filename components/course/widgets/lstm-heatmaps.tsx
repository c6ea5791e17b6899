"use client";
/**
 * One step of the LSTM as six heat maps of one row each, a cell per unit: the input gate,
 * forget gate, candidate and output gate, then the cell and hidden states. Clicking a cell
 * follows that unit; the chosen unit is outlined.
 */
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { signedBackground } from "../../palette";
import type { LstmStep } from "./lstm-trace";

/** The heat maps, top to bottom, with the range of their values. */
const ROWS = [
  { key: "inputGate", range: "0…1" },
  { key: "forgetGate", range: "0…1" },
  { key: "candidate", range: "−1…1" },
  { key: "outputGate", range: "0…1" },
  { key: "cellState", range: "" },
  { key: "hiddenState", range: "−1…1" },
] as const;

export function LstmHeatmaps({
  step,
  units,
  unit,
  onUnit,
}: {
  step: LstmStep;
  units: number;
  unit: number;
  onUnit: (unit: number) => void;
}) {
  const t = useDictionary().lstmHeatmaps;
  const cell = 6,
    labelW = 110,
    rowH = 16,
    width = labelW + units * cell + 4;
  return (
    <svg
      viewBox={`0 0 ${width} ${ROWS.length * (rowH + 4)}`}
      role="img"
      aria-label={t.label(units)}
      className="h-auto w-full"
      data-testid="lstm-heatmaps"
    >
      {ROWS.map((row, r) => {
        const values = step[row.key];
        const y = r * (rowH + 4);
        // Cell states are unbounded: scale them by the largest in size at this step.
        const scale = row.key === "cellState" ? Math.max(1e-9, ...Array.from(values, Math.abs)) : 1;
        return (
          <g key={row.key} data-testid="heatmap-row" data-row={row.key}>
            <text x={0} y={y + 12} fontSize={10} fill="#3f3f46">
              {t.rows[row.key]} <tspan fill="#a1a1aa">{row.range}</tspan>
            </text>
            {Array.from(values, (value, u) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the unit field beside the picture does the same from the keyboard
              <rect
                key={u}
                x={labelW + u * cell}
                y={y}
                width={cell - 0.5}
                height={rowH}
                fill={signedBackground(value / scale)}
                stroke={u === unit ? "#18181b" : "none"}
                strokeWidth={u === unit ? 1.2 : 0}
                onClick={() => onUnit(u)}
                className="cursor-pointer"
              >
                <title>{t.follow(t.rows[row.key], u, value.toFixed(3))}</title>
              </rect>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
