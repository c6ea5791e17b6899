import { formatNumber, wordSpace } from "@/lib/format";
import type { Reading } from "@/lib/predictor";
import { bandFigures } from "@/lib/unsure-band-figures";
import { BoxViews, unsureBandText } from "../unsure-band-explained";
import { useBoxStrings } from "./box-strings";
import { LearnLink } from "./learn-link";
import type { ModelSummary } from "./model-messages";

/**
 * "How sure is it?" in two lines rendered from the band's numbers in reading.json (where
 * the model says "unsure" and how often it was right there; how often it is right outside),
 * with the exact probability, the logit and how the band was chosen folded below.
 */
export function HowSure({ reading, summary }: { reading: Reading; summary: ModelSummary }) {
  const { language, t } = useBoxStrings();
  const strings = t.box;
  const exact = formatNumber(reading.probability, language, { maximumFractionDigits: 4, minimumFractionDigits: 4 });
  const band = summary.unsureBand;
  const figures = band && bandFigures(band, summary.treebank !== undefined, language);
  return (
    <section className="rounded-md border border-zinc-200 p-3 text-sm" aria-label={strings.howSure} data-how-sure>
      <h3 className="font-medium">{strings.howSure}</h3>
      {figures ? (
        <ul className="mt-1 space-y-0.5 text-zinc-800" data-how-sure-summary>
          <li>{strings.howSureBand(figures)}</li>
          <li>{strings.howSureOutside(figures)}</li>
        </ul>
      ) : (
        <p className="mt-1 text-zinc-800">{strings.noBand}</p>
      )}
      <details className="mt-2">
        <summary className="cursor-pointer text-zinc-700">{strings.howSureDetails}</summary>
        <div className="mt-2 space-y-2 text-zinc-700">
          <p>
            <span className="font-mono">{strings.exactProbability(exact)}</span>
            {language === "en" ? " " : ""}
            {strings.sigmoidNote(
              formatNumber(reading.logit, language, { maximumFractionDigits: 3, signDisplay: "always" }),
            )}
            {wordSpace(language)}
            <LearnLink slug="sigmoid-output">{strings.sigmoidLink}</LearnLink>
          </p>
          {band && <p data-unsure-band>{unsureBandText(band, summary.treebank !== undefined, language, t)}</p>}
          <BoxViews
            sets={{ shortValidation: summary.shortValidation, treebankDev: summary.treebankDev }}
            language={language}
            t={t}
          />
        </div>
      </details>
    </section>
  );
}
