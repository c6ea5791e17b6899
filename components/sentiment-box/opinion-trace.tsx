import { memo } from "react";
import type { Reading, TokenReading } from "@/lib/predictor";
import { formatNumber, formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { LearnLink } from "./learn-link";
import { OpinionChart } from "./opinion-chart";

/** A move of this many probability points or more gets an arrow next to its word. */
const NOTABLE_MOVE = 0.1;

/** Why: how the LSTM's opinion moved word by word, as highlights, a chart and the biggest moves. */
export const OpinionTrace = memo(function OpinionTrace({ language, reading }: { language: Language; reading: Reading }) {
  const strings = dictionary(language).box;
  const moves = reading.tokens.map((token, i) => ({ token, move: i === 0 ? 0 : token.opinionSoFar - reading.tokens[i - 1].opinionSoFar }));
  const biggest = [...moves].sort((a, b) => Math.abs(b.move) - Math.abs(a.move)).filter(({ move }) => Math.abs(move) >= 0.01).slice(0, 3);
  return (
    <section className="space-y-3" aria-label={strings.whyHeading}>
      <h2 className="text-xl font-semibold">{strings.whyHeading}</h2>
      <p>
        {strings.whyIntro} <LearnLink language={language} slug="lstm">{strings.lstmLink}</LearnLink>
      </p>
      <OpinionChart language={language} opinions={reading.tokens.map((token) => token.opinionSoFar)} />
      <p className="max-h-60 overflow-y-auto leading-8" data-opinion-words>
        {moves.map(({ token, move }, position) => (
          <span key={position}>
            <span title={strings.opinionAfter(token.word, formatPercent(token.opinionSoFar, 0, language))} className="rounded px-1 py-0.5" style={{ backgroundColor: opinionColor(token) }}>
              {token.word}
              {Math.abs(move) >= NOTABLE_MOVE && <span aria-hidden>{move > 0 ? "↑" : "↓"}</span>}
            </span>{" "}
          </span>
        ))}
      </p>
      {biggest.length > 0 && (
        <p className="text-sm">
          {strings.biggestMoves}{" "}
          {biggest.map(({ token, move }) => strings.move(token.word, formatNumber(move * 100, language, { maximumFractionDigits: 0, signDisplay: "always" }))).join(", ")}
        </p>
      )}
    </section>
  );
});

/** Blue for positive, orange for negative (readable with common colour blindness), pale near 50%. */
function opinionColor(token: TokenReading): string {
  const strength = Math.abs(token.opinionSoFar - 0.5) * 2;
  const hue = token.opinionSoFar >= 0.5 ? 215 : 30;
  return `hsl(${hue} 90% ${96 - strength * 30}%)`;
}
