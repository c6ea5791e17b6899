import { formatPercent } from "@/lib/format";
import { useBoxStrings } from "./box-strings";
import type { ModelSummary } from "./model-messages";

/** The three zones' colours: orange negative, grey unsure, blue positive (components/palette.ts). */
const ZONE_STYLE = {
  negative: "bg-orange-200 text-orange-950",
  unsure: "bg-zinc-200 text-zinc-900",
  positive: "bg-blue-200 text-blue-950",
} as const;

/**
 * P(positive) on a scale from 0 to 1 that reads itself: labelled negative · unsure · positive
 * zones (the unsure one is the model's band; without a band, the scale splits at 0.5) and a
 * marker at the probability, with the ends and the middle numbered below.
 */
export function ProbabilityBar({
  probability,
  unsureBand,
}: {
  probability: number;
  unsureBand: ModelSummary["unsureBand"];
}) {
  const { language, t } = useBoxStrings();
  const [low, high] = unsureBand ? [unsureBand.low, unsureBand.high] : [0.5, 0.5];
  const zones = [
    { kind: "negative", from: 0, to: low },
    { kind: "unsure", from: low, to: high },
    { kind: "positive", from: high, to: 1 },
  ] as const;
  const shown = formatPercent(probability, 0, language);
  return (
    <div className="pt-1 pb-5" data-probability-bar>
      <div
        role="img"
        aria-label={t.box.probabilityBar(shown)}
        className="relative flex h-7 w-full overflow-visible rounded-md text-xs font-medium"
      >
        {zones
          .filter((zone) => zone.to > zone.from)
          .map((zone) => (
            <span
              key={zone.kind}
              data-zone={zone.kind}
              className={`flex items-center justify-center overflow-hidden whitespace-nowrap first:rounded-l-md last:rounded-r-md ${ZONE_STYLE[zone.kind]}`}
              style={{ width: `${Number(((zone.to - zone.from) * 100).toFixed(3))}%` }}
            >
              {t.box.zones[zone.kind]}
            </span>
          ))}
        <span
          aria-hidden
          data-marker
          className="absolute -top-1 -bottom-1 w-1.5 -translate-x-1/2 rounded-sm border border-white bg-zinc-900 shadow"
          style={{ left: `${probability * 100}%` }}
        />
        <span
          aria-hidden
          className="absolute top-8 -translate-x-1/2 whitespace-nowrap font-mono text-xs text-zinc-900"
          style={{ left: `${Math.min(94, Math.max(6, probability * 100))}%` }}
        >
          {shown}
        </span>
      </div>
    </div>
  );
}
