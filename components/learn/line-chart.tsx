/** A small server-rendered SVG line chart: one point per epoch, values printed at the points. */
export interface Series {
  name: string;
  values: number[];
  color: string;
  dashed?: boolean;
}

interface LineChartProps {
  title: string;
  xLabel: string;
  series: Series[];
  domain: [number, number];
  format: (value: number) => string;
}

export function LineChart({ title, xLabel, series, domain, format }: LineChartProps) {
  const width = 320, height = 200, left = 40, right = 16, top = 28, bottom = 34;
  const count = Math.max(...series.map((s) => s.values.length));
  const x = (i: number) => left + (count === 1 ? (width - left - right) / 2 : (i / (count - 1)) * (width - left - right));
  const y = (v: number) => top + (1 - (v - domain[0]) / (domain[1] - domain[0])) * (height - top - bottom);
  const ticks = [0, 0.5, 1].map((f) => domain[0] + f * (domain[1] - domain[0]));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="h-auto w-full rounded-lg border border-zinc-200 bg-white">
      <text x={left} y={16} fontSize={12} fontWeight={600} fill="#18181b">{title}</text>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke="#e4e4e7" />
          <text x={left - 6} y={y(tick) + 4} fontSize={10} textAnchor="end" fill="#71717a">{format(tick)}</text>
        </g>
      ))}
      {Array.from({ length: count }, (_, i) => (
        <text key={i} x={x(i)} y={height - bottom + 16} fontSize={10} textAnchor="middle" fill="#71717a">{i + 1}</text>
      ))}
      <text x={(left + width - right) / 2} y={height - 4} fontSize={10} textAnchor="middle" fill="#71717a">{xLabel}</text>
      {series.map((s) => (
        <g key={s.name}>
          <polyline points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dashed ? "5 4" : undefined} />
          {s.values.map((v, i) => (
            <g key={i}>
              <circle cx={x(i)} cy={y(v)} r={3.5} fill={s.color} />
              <text x={x(i)} y={y(v) - 8} fontSize={10} textAnchor="middle" fill={s.color}>{format(v)}</text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
