import { formatNumber, wordSpace } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Reading } from "@/lib/predictor";
import type { Language } from "@/lib/site";
import { BoxViews, unsureBandText } from "../unsure-band-explained";
import { LearnLink } from "./learn-link";
import type { ModelSummary } from "./model-messages";

/**
 * "How sure is it?": the exact probability and the logit behind it, the model's unsure
 * band with the figures it was chosen on, and what the box does on held-out sets, all
 * from metadata.json, in the page's language.
 */
export function HowSure({
  language,
  reading,
  summary,
}: {
  language: Language;
  reading: Reading;
  summary: ModelSummary;
}) {
  const strings = dictionary(language).box;
  const exact = formatNumber(reading.probability, language, { maximumFractionDigits: 4, minimumFractionDigits: 4 });
  return (
    <details className="rounded-md border border-zinc-200 p-3 text-sm" data-how-sure>
      <summary className="cursor-pointer font-medium">{strings.howSure}</summary>
      <div className="mt-2 space-y-2 text-zinc-700">
        <p>
          <span className="font-mono">{strings.exactProbability(exact)}</span>
          {language === "en" ? " " : ""}
          {strings.sigmoidNote(
            formatNumber(reading.logit, language, { maximumFractionDigits: 3, signDisplay: "always" }),
          )}
          {wordSpace(language)}
          <LearnLink language={language} slug="sigmoid-output">
            {strings.sigmoidLink}
          </LearnLink>
        </p>
        <p data-unsure-band>{unsureBandText(summary.unsureBand, summary.treebank !== undefined, language)}</p>
        <BoxViews
          sets={{ shortValidation: summary.shortValidation, treebankDev: summary.treebankDev }}
          language={language}
        />
      </div>
    </details>
  );
}
