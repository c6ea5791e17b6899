import { memo } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Reading } from "@/lib/predictor";
import type { Language } from "@/lib/site";
import { verdictOf } from "@/lib/verdict";
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
 * the model's unsure band; else a label. Under it one plain sentence and the bar; the
 * exact probability and the band's statistics wait behind "How sure is it?".
 */
export const Verdict = memo(function Verdict({
  language,
  reading,
  summary,
}: {
  language: Language;
  reading: Reading;
  summary: ModelSummary;
}) {
  const strings = dictionary(language).box;
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
        <UnknownShare language={language} verdict={verdict} />
        <p className="text-sm text-zinc-600">{strings.stillComputes(shown)}</p>
      </div>
    );
  }
  const percent = (x: number) => formatPercent(x, 0, language);
  return (
    <div className="space-y-3" data-verdict={kind} data-probability={probability} data-label={kind}>
      <p className="flex flex-wrap items-baseline gap-3">
        <span className={`rounded-md px-3 py-1 text-2xl font-semibold ${LABEL_STYLE[kind]}`}>
          {kind === "positive" ? "+" : kind === "negative" ? "−" : "?"} {strings[kind]}
        </span>
        <span className="text-lg" aria-live="polite" data-plain-sentence>
          {kind === "unsure"
            ? strings.cannotTell(percent(probability))
            : strings.sure(percent(Math.max(probability, 1 - probability)), kind === "positive")}
        </span>
      </p>
      <ProbabilityBar language={language} probability={probability} unsureBand={summary.unsureBand} />
      <UnknownShare language={language} verdict={verdict} />
      <HowSure language={language} reading={reading} summary={summary} />
    </div>
  );
});
