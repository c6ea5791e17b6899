import type { TrialPicture } from "@/lib/eeg/trial-picture";

export interface TrialEventsText {
  /** Accessible name of the picture. */
  title: string;
  /** What each code means, shown under it. */
  meaning: (code: string) => string;
  epoch: string;
  baseline: string;
  seconds: string;
  label: (code: string) => string;
  /** Under the voltage trace, e.g. "E11, µV". */
  trace: (channel: string) => string;
}

/** Picture units: the viewBox is 340 wide, so at 390 px (a phone) the text keeps at least its 11 px. */
const W = 340;
const H = 236;
const LEFT = 12;
const RIGHT = W - 12;
const TRACE_TOP = 70;
const TRACE_BOTTOM = 150;
const AXIS = 168;

/**
 * One trial of the miniature in its recording: one channel's voltage, the events as
 * vertical lines (fixation code, 0400, the response), the epoch the preset cuts around
 * 0400 with its baseline, and the label the response gives. Read from trial-picture.json.
 */
export function TrialEventsPicture({ picture, text }: { picture: TrialPicture; text: TrialEventsText }) {
  const { trace, events } = picture;
  const start = trace.start;
  const end = start + trace.values.length / trace.rate;
  const x = (t: number) => LEFT + ((t - start) / (end - start)) * (RIGHT - LEFT);
  const lo = Math.min(...trace.values);
  const hi = Math.max(...trace.values);
  const y = (v: number) => TRACE_BOTTOM - ((v - lo) / (hi - lo || 1)) * (TRACE_BOTTOM - TRACE_TOP);
  const path = trace.values
    .map((v, i) => `${i === 0 ? "M" : "L"}${x(start + i / trace.rate).toFixed(1)},${y(v).toFixed(1)}`)
    .join("");
  const ticks: number[] = [];
  for (let t = Math.ceil(start * 2) / 2; t <= end; t += 0.5) ticks.push(Number(t.toFixed(1)));
  const response = events.find((e) => e.code === "0500" || e.code === "0501");
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={text.title}
      className="h-auto w-full max-w-2xl"
      fontSize={11}
      fontFamily="inherit"
    >
      <title>{text.title}</title>
      {/* the epoch around 0400, and its baseline */}
      <rect x={x(-0.2)} y={TRACE_TOP - 6} width={x(0.8) - x(-0.2)} height={AXIS - TRACE_TOP + 6} fill="#dbeafe" />
      <rect x={x(-0.2)} y={TRACE_TOP - 6} width={x(0) - x(-0.2)} height={AXIS - TRACE_TOP + 6} fill="#bfdbfe" />
      <text x={x(0.3)} y={AXIS + 30} textAnchor="middle" fill="#1e3a8a">
        {text.epoch}
      </text>
      <text x={x(-0.2)} y={AXIS + 46} textAnchor="middle" fill="#1e3a8a">
        {text.baseline}
      </text>
      <path d={path} fill="none" stroke="#3f3f46" strokeWidth={1} />
      <text x={RIGHT} y={TRACE_BOTTOM + 12} textAnchor="end" fill="#3f3f46">
        {text.trace(trace.channel)}
      </text>
      {/* time axis, seconds from 0400 */}
      <line x1={LEFT} x2={RIGHT} y1={AXIS} y2={AXIS} stroke="#52525b" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={AXIS} y2={AXIS + 4} stroke="#52525b" />
          <text x={x(t)} y={AXIS + 15} textAnchor="middle" fill="#3f3f46">
            {t === 0 ? "0" : t.toFixed(1)}
          </text>
        </g>
      ))}
      <text x={RIGHT} y={AXIS + 62} textAnchor="end" fill="#3f3f46">
        {text.seconds}
      </text>
      {/* events: code above, meaning below it, alternating rows so neighbours do not collide */}
      {events.map((e, i) => {
        const row = i % 2;
        const anchor = x(e.time) < LEFT + 40 ? "start" : x(e.time) > RIGHT - 40 ? "end" : "middle";
        return (
          <g key={`${e.code}-${e.time}`}>
            <line x1={x(e.time)} x2={x(e.time)} y1={14 + row * 26} y2={AXIS} stroke="#b91c1c" strokeDasharray="3 2" />
            <text x={x(e.time)} y={12 + row * 26} textAnchor={anchor} fill="#7f1d1d" fontWeight={600}>
              {e.code}
            </text>
            <text x={x(e.time)} y={24 + row * 26} textAnchor={anchor} fill="#7f1d1d">
              {text.meaning(e.code)}
            </text>
          </g>
        );
      })}
      {response && (
        <text x={RIGHT} y={AXIS + 46} textAnchor="end" fill="#7f1d1d" fontWeight={600}>
          {text.label(response.code)}
        </text>
      )}
    </svg>
  );
}
