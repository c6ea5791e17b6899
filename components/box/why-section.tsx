import { wordSpace } from "@/lib/format";
import type { Reading } from "@/lib/predictor";
import { OpinionTraceView } from "../opinion-trace-view";
import { useBoxStrings } from "./box-strings";
import { LearnLink } from "./learn-link";

/** Why: the box's heading over the opinion trace, with a link to the LSTM page. */
export function WhySection({ reading }: { reading: Reading }) {
  const { language, t } = useBoxStrings();
  return (
    <section className="space-y-3" aria-label={t.box.whyHeading} data-why>
      <h2 className="text-xl font-semibold">{t.box.whyHeading}</h2>
      <p>
        {t.box.whyIntro}
        {wordSpace(language)}
        <LearnLink slug="lstm">{t.box.lstmLink}</LearnLink>
      </p>
      <OpinionTraceView language={language} reading={reading} />
    </section>
  );
}
