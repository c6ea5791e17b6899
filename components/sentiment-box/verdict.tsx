import { memo } from "react";
import type { Reading } from "@/lib/predictor";
import { formatNumber, formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { LearnLink } from "./learn-link";

/** The answer: a label, the probability as a number and a bar, and a plain sentence. */
export const Verdict = memo(function Verdict({ language, reading }: { language: Language; reading: Reading }) {
  const strings = dictionary(language).box;
  const { probability, logit } = reading;
  const positive = probability >= 0.5;
  const label = positive ? strings.positive : strings.negative;
  return (
    <div className="space-y-3" data-probability={probability} data-label={positive ? "positive" : "negative"}>
      <p className="flex items-baseline gap-3">
        <span className={`rounded-md px-3 py-1 text-2xl font-semibold ${positive ? "bg-blue-100 text-blue-950" : "bg-orange-100 text-orange-950"}`}>
          {positive ? "+" : "−"} {label}
        </span>
        <span className="font-mono text-lg">P(positive) = {formatNumber(probability, language, { maximumFractionDigits: 4, minimumFractionDigits: 4 })}</span>
      </p>
      <div role="img" aria-label={strings.probabilityBar(formatPercent(probability, 0, language))} className="relative h-4 w-full rounded-full bg-orange-100">
        <div className="h-4 rounded-full bg-blue-700" style={{ width: `${probability * 100}%` }} />
        <div className="absolute inset-y-[-4px] left-1/2 w-px bg-zinc-900" aria-hidden />
      </div>
      <p className="text-lg" aria-live="polite">{strings.sure(formatPercent(Math.max(probability, 1 - probability), 0, language), label)}</p>
      <p className="text-sm text-zinc-600">
        {strings.sigmoidNote(formatNumber(logit, language, { maximumFractionDigits: 3, signDisplay: "always" }))}{" "}
        <LearnLink language={language} slug="sigmoid-output">
          {strings.sigmoidLink}
        </LearnLink>
      </p>
    </div>
  );
});
