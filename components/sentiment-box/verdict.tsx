import { memo } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Reading } from "@/lib/predictor";
import type { Language } from "@/lib/site";
import { verdictOf } from "@/lib/verdict";
import { LearnLink } from "./learn-link";
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
 * the model's unsure band; else a label, the probability as a number and a bar, and a sentence.
 */
export const Verdict = memo(function Verdict({
  language,
  reading,
  unsureBand,
}: {
  language: Language;
  reading: Reading;
  unsureBand: ModelSummary["unsureBand"];
}) {
  const strings = dictionary(language).box;
  const verdict = verdictOf(reading, unsureBand);
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
  const label = strings[kind];
  return (
    <div className="space-y-3" data-verdict={kind} data-probability={probability} data-label={kind}>
      <p className="flex items-baseline gap-3">
        <span className={`rounded-md px-3 py-1 text-2xl font-semibold ${LABEL_STYLE[kind]}`}>
          {kind === "positive" ? "+" : kind === "negative" ? "−" : "?"} {label}
        </span>
        <span className="font-mono text-lg">P(positive) = {shown}</span>
      </p>
      <ProbabilityBar language={language} probability={probability} unsureBand={unsureBand} />
      <p className="text-lg" aria-live="polite">
        {kind === "unsure"
          ? strings.unsureSentence(shown)
          : strings.sure(formatPercent(Math.max(probability, 1 - probability), 0, language), label)}
      </p>
      <p className="text-sm text-zinc-600" data-unsure-band>
        {unsureBand
          ? strings.band(
              formatNumber(unsureBand.low, language, { minimumFractionDigits: 3 }),
              formatNumber(unsureBand.high, language, { minimumFractionDigits: 3 }),
              unsureBand.why,
            )
          : strings.noBand}
      </p>
      <UnknownShare language={language} verdict={verdict} />
      <p className="text-sm text-zinc-600">
        {strings.sigmoidNote(
          formatNumber(reading.logit, language, { maximumFractionDigits: 3, signDisplay: "always" }),
        )}{" "}
        <LearnLink language={language} slug="sigmoid-output">
          {strings.sigmoidLink}
        </LearnLink>
      </p>
    </div>
  );
});
