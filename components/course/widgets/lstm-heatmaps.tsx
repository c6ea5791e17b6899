"use client";
/**
 * One step of the LSTM as six heat maps of one row each, a cell per unit: the input gate,
 * forget gate, candidate and output gate, then the cell and hidden states. Clicking a cell
 * follows that unit; the chosen unit is outlined. The row names are HTML beside (on a phone,
 * above) each row, so they stay readable however narrow the cells become.
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
              {t.rows[row.key]} <span className="text-zinc-500">{row.range}</span>
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
                  <title>{t.follow(t.rows[row.key], u, value.toFixed(3))}</title>
                </rect>
              ))}
            </svg>
          </div>
        );
      })}
    </div>
  );
}
