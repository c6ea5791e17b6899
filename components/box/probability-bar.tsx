import { formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import type { ModelSummary } from "./model-messages";

/** P(positive) as a bar from 0 to 1, with the 0.5 line and the model's unsure band shaded. */
export function ProbabilityBar({
  language,
  probability,
  unsureBand,
}: {
  language: Language;
  probability: number;
  unsureBand: ModelSummary["unsureBand"];
}) {
  const strings = dictionary(language).box;
  return (
    <div
      role="img"
      aria-label={strings.probabilityBar(formatPercent(probability, 0, language))}
      className="relative h-4 w-full rounded-full bg-orange-100"
    >
      <div className="h-4 rounded-full bg-blue-700" style={{ width: `${probability * 100}%` }} />
      {unsureBand && (
        <div
          className="absolute inset-y-0 border-x border-dashed border-zinc-900 bg-zinc-400/40"
          style={{ left: `${unsureBand.low * 100}%`, width: `${(unsureBand.high - unsureBand.low) * 100}%` }}
          aria-hidden
        />
      )}
      <div className="absolute inset-y-[-4px] left-1/2 w-px bg-zinc-900" aria-hidden />
    </div>
  );
}
