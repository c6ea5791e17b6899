import { wordSpace } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Reading } from "@/lib/predictor";
import type { Language } from "@/lib/site";
import { OpinionTraceView } from "../opinion-trace-view";
import { LearnLink } from "./learn-link";

/** Why: the box's heading over the opinion trace, with a link to the LSTM page. */
export function WhySection({ language, reading }: { language: Language; reading: Reading }) {
  const t = dictionary(language).box;
  return (
    <section className="space-y-3" aria-label={t.whyHeading}>
      <h2 className="text-xl font-semibold">{t.whyHeading}</h2>
      <p>
        {t.whyIntro}
        {wordSpace(language)}
        <LearnLink language={language} slug="lstm">
          {t.lstmLink}
        </LearnLink>
      </p>
      <OpinionTraceView language={language} reading={reading} />
    </section>
  );
}
