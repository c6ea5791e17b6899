import { LineChart } from "@/components/line-chart";
import { NEGATIVE, POSITIVE } from "@/components/palette";
import type { ComparisonReport } from "@/lib/eeg/comparison";

export interface BandPowerPictureText {
  /** Accessible name and heading of the chart for one trial. */
  title: (example: ComparisonReport["examples"][number]) => string;
  component: (k: number) => string;
  xLabel: string;
}

const COLOURS = [POSITIVE, NEGATIVE, "#0f766e", "#7c3aed", "#52525b", "#a16207"];

/**
 * One trial as the band-power LSTM reads it: at each window (x), the log power of every
 * CSP component (one line each). Two trials, one of each label, on the same y scale.
 */
export function BandPowerPicture({ report, text }: { report: ComparisonReport; text: BandPowerPictureText }) {
  const values = report.examples.flatMap((e) => e.sequence.flat());
  if (values.length === 0) return null;
  const [low, high] = [Math.floor(Math.min(...values)), Math.ceil(Math.max(...values))];
  const step = Math.max(1, Math.ceil((high - low) / 4));
  const ticks = Array.from({ length: Math.floor((high - low) / step) + 1 }, (_, i) => low + i * step);
  const components = report.examples[0].sequence[0].map((_, k) => k);
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        {report.examples.map((example) => (
          <LineChart
            key={example.id}
            label={text.title(example)}
            title={text.title(example)}
            series={example.sequence[0].map((_, k) => ({
              name: text.component(k),
              values: example.sequence.map((row) => row[k]),
              color: COLOURS[k % COLOURS.length],
              dashed: k % 2 === 1,
            }))}
            domain={[low, high]}
            yTicks={ticks}
            formatY={(v) => v.toFixed(0)}
            xLabel={text.xLabel}
            dots
          />
        ))}
      </div>
      <ul className="m-0 flex list-none flex-wrap gap-4 p-0 text-sm">
        {components.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <svg width="24" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="24"
                y1="4"
                y2="4"
                stroke={COLOURS[k % COLOURS.length]}
                strokeWidth="2"
                strokeDasharray={k % 2 === 1 ? "5 4" : undefined}
              />
            </svg>
            {text.component(k)}
          </li>
        ))}
      </ul>
    </>
  );
}
