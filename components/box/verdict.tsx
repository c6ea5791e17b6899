import { memo } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import type { Reading } from "@/lib/predictor";
import { verdictOf } from "@/lib/verdict";
import { useBoxStrings } from "./box-strings";
import { HowSure } from "./how-sure";
import type { ModelSummary } from "./model-messages";
import { ProbabilityBar } from "./probability-bar";
import { UnknownShare } from "./unknown-share";

const LABEL_STYLE = {
  positive: "bg-blue-100 text-blue-950",
  negative: "bg-orange-100 text-orange-950",
  unsure: "bg-zinc-200 text-zinc-900",
} as const;

/**
 * The answer, honestly (lib/verdict.ts): no verdict without a known word; "unsure" inside
 * the model's unsure band; else a label. Beside it one plain sentence that gives the
 * probability as a probability (not as how "sure" the model is), under it the bar, then
 * "How sure is it?" in two lines with its details folded.
 */
export const Verdict = memo(function Verdict({ reading, summary }: { reading: Reading; summary: ModelSummary }) {
  const { language, t } = useBoxStrings();
  const strings = t.box;
  const verdict = verdictOf(reading, summary.unsureBand);
  const { kind, probability } = verdict;
  const shown = formatNumber(probability, language, { maximumFractionDigits: 4, minimumFractionDigits: 4 });
  if (kind === "empty" || kind === "no-known-words") {
    return (
      <div
        role="status"
        className="space-y-2 rounded-md border-l-4 border-zinc-500 bg-zinc-100 p-4"
        data-verdict={kind}
        data-probability={probability}
      >
        <p className="text-lg font-semibold">{kind === "empty" ? strings.noWords : strings.noKnownWords}</p>
        <UnknownShare verdict={verdict} />
        <p className="text-sm text-zinc-600">{strings.stillComputes(shown)}</p>
      </div>
    );
  }
  const percent = formatPercent(probability, 0, language);
  return (
    <div className="space-y-3" data-verdict={kind} data-probability={probability} data-label={kind}>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1" data-verdict-line>
        <span className={`rounded-md px-3 py-0.5 text-2xl font-semibold ${LABEL_STYLE[kind]}`}>
          {kind === "positive" ? "+" : kind === "negative" ? "−" : "?"} {strings[kind]}
        </span>
        <span aria-live="polite" data-plain-sentence>
          {kind === "unsure" ? strings.cannotTell(percent) : strings.chance(percent)}
        </span>
      </p>
      <ProbabilityBar probability={probability} unsureBand={summary.unsureBand} />
      <UnknownShare verdict={verdict} />
      <HowSure reading={reading} summary={summary} />
    </div>
  );
});
