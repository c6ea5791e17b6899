/**
 * The site's one SVG line chart, server- or client-rendered: series of values at
 * x = 0, 1, 2…, a y domain with grid lines, optional dashed reference line, dots and
 * value labels. Used by the training curves and the opinion trace.
 */
import { readableMinWidth } from "./fixed-scale";
import { PALETTE } from "./palette";
import { ScrollRegion } from "./scroll-region";

/** The chart's text size in viewBox units: with readableMinWidth, never under 11 px on screen. */
const FONT = 12;

export interface Series {
  name: string;
  values: readonly number[];
  color: string;
  dashed?: boolean;
}

interface LineChartProps {
  /** The chart's accessible name. */
  label: string;
  /** A heading drawn inside the chart. */
  title?: string;
  series: readonly Series[];
  domain: readonly [number, number];
  yTicks: readonly number[];
  formatY: (value: number) => string;
  /** Numbers the x positions 1, 2, 3… and names the axis. */
  xLabel?: string;
  /** A dashed horizontal line, e.g. at 0.5. */
  reference?: number;
  /**
   * Dots at the points, with their values printed when `labels`: above the point for the
   * highest series at that x, below it for the others, so close curves do not print over each other.
   */
  dots?: boolean;
  labels?: boolean;
  size?: { width: number; height: number };
}

export function LineChart(props: LineChartProps) {
  const { label, title, series, domain, yTicks, formatY, xLabel, reference, dots, labels } = props;
  const { width, height } = props.size ?? { width: 320, height: 200 };
  const [left, right, top, bottom] = [40, 12, title ? 28 : 10, xLabel ? 34 : 10];
  const count = Math.max(...series.map((s) => s.values.length));
  const x = (i: number) =>
    left + (count <= 1 ? (width - left - right) / 2 : (i / (count - 1)) * (width - left - right));
  const y = (v: number) => top + (1 - (v - domain[0]) / (domain[1] - domain[0])) * (height - top - bottom);
  const small = { fontSize: FONT, fill: PALETTE.muted };
  return (
    <ScrollRegion label={label}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        className="h-auto w-full rounded-lg border border-zinc-200 bg-white"
        // + 2: its 1 px border each side narrows the drawing
        style={{ minWidth: readableMinWidth(width, FONT) + 2 }}
      >
        <title>{label}</title>
        {title && (
          <text x={left} y={16} fontSize={FONT + 1} fontWeight={600} fill={PALETTE.ink}>
            {title}
          </text>
        )}
        {yTicks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke={PALETTE.grid} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" {...small}>
              {formatY(tick)}
            </text>
          </g>
        ))}
        {reference !== undefined && (
          <line
            x1={left}
            x2={width - right}
            y1={y(reference)}
            y2={y(reference)}
            stroke={PALETTE.muted}
            strokeDasharray="4 4"
          />
        )}
        {xLabel && (
          <>
            {Array.from({ length: count }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the positions are the data
              <text key={i} x={x(i)} y={height - bottom + 16} textAnchor="middle" {...small}>
                {i + 1}
              </text>
            ))}
            <text x={(left + width - right) / 2} y={height - 4} textAnchor="middle" {...small}>
              {xLabel}
            </text>
          </>
        )}
        {series.map((s, k) => (
          <g key={s.name}>
            <polyline
              points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
              fill="none"
              stroke={s.color}
              strokeWidth={2}
              strokeLinejoin="round"
              strokeDasharray={s.dashed ? "5 4" : undefined}
            />
            {(dots || s.values.length === 1) &&
              s.values.map((v, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the positions are the data
                <g key={i}>
                  <circle cx={x(i)} cy={y(v)} r={3} fill={s.color} />
                  {labels && (
                    <text
                      x={x(i)}
                      y={series.every((other, j) => j === k || !(other.values[i] > v)) ? y(v) - 8 : y(v) + 8 + FONT}
                      fontSize={FONT}
                      textAnchor="middle"
                      fill={s.color}
                    >
                      {formatY(v)}
                    </text>
                  )}
                </g>
              ))}
          </g>
        ))}
      </svg>
    </ScrollRegion>
  );
}
