import { formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";

const WIDTH = 600;
const HEIGHT = 140;
const LEFT = 44;

/** A small line chart: P(positive) after each token the model read, with the 50% line dashed. */
export function OpinionChart({ language, opinions }: { language: Language; opinions: readonly number[] }) {
  const strings = dictionary(language).box;
  const x = (i: number) => LEFT + (opinions.length > 1 ? (i / (opinions.length - 1)) * (WIDTH - LEFT - 8) : 0);
  const y = (p: number) => 8 + (1 - p) * (HEIGHT - 16);
  const points = opinions.map((p, i) => `${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(" ");
  const label = strings.chartLabel(formatPercent(opinions[0] ?? 0.5, 0, language), formatPercent(opinions.at(-1) ?? 0.5, 0, language));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-auto w-full max-w-2xl text-zinc-500">
      <title>{label}</title>
      {[1, 0.5, 0].map((p) => (
        <g key={p}>
          <line x1={LEFT} x2={WIDTH - 8} y1={y(p)} y2={y(p)} stroke="currentColor" strokeDasharray={p === 0.5 ? "4 4" : undefined} strokeOpacity={p === 0.5 ? 1 : 0.3} />
          <text x={LEFT - 6} y={y(p) + 4} textAnchor="end" fontSize="11" fill="currentColor">
            {formatPercent(p, 0, language)}
          </text>
        </g>
      ))}
      <polyline points={points} fill="none" stroke="#1d4ed8" strokeWidth="2" strokeLinejoin="round" />
      {opinions.length === 1 && <circle cx={x(0)} cy={y(opinions[0])} r="3" fill="#1d4ed8" />}
    </svg>
  );
}
