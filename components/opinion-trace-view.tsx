import { memo } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { formatNumber, formatPercent, wordSpace } from "@/lib/format";
import type { Reading } from "@/lib/predictor";
import type { Language } from "@/lib/site";
import { LineChart } from "./line-chart";
import { POSITIVE, probabilityBackground } from "./palette";
import { ScrollRegion } from "./scroll-region";

/**
 * How the LSTM's opinion moved word by word: P(positive) after each token as a line,
 * each word tinted by it (blue positive, orange negative), and the words that moved it
 * most. Shown by the review box and by the LSTM page's widget; its words come from the
 * page's dictionary (useDictionary), so this file carries no language of its own.
 */
export const OpinionTraceView = memo(function OpinionTraceView({
  language,
  reading,
}: {
  language: Language;
  reading: Reading;
}) {
  const t = useDictionary().box;
  const opinions = reading.tokens.map((token) => token.opinionSoFar);
  const percent = (p: number) => formatPercent(p, 0, language);
  const moves = opinions.map((p, i) => (i === 0 ? 0 : p - opinions[i - 1]));
  const biggest = moves
    .map((move, i) => ({ word: reading.tokens[i].word, move }))
    .filter(({ move }) => Math.abs(move) >= 0.01)
    .sort((a, b) => Math.abs(b.move) - Math.abs(a.move))
    .slice(0, 3);
  const label = t.chartLabel(percent(opinions[0] ?? 0.5), percent(opinions.at(-1) ?? 0.5));
  return (
    <div className="space-y-3">
      <div className="max-w-2xl">
        <LineChart
          label={label}
          series={[{ name: "P(positive)", values: opinions, color: POSITIVE }]}
          domain={[0, 1]}
          yTicks={[0, 0.5, 1]}
          formatY={percent}
          reference={0.5}
          size={{ width: 600, height: 140 }}
        />
      </div>
      <ScrollRegion label={t.opinionWords} className="max-h-60 overflow-y-auto">
        <ol lang="en" className="m-0 flex list-none flex-wrap gap-1.5 p-0" data-opinion-words>
          {reading.tokens.map((token, position) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a word can repeat; its position is its identity
              key={position}
              data-testid="opinion-token"
              title={t.opinionAfter(token.word, percent(token.opinionSoFar))}
              className="m-0 rounded-md px-2 py-0.5 text-sm text-zinc-900"
              style={{ background: probabilityBackground(token.opinionSoFar) }}
            >
              {token.word} <span className="font-mono text-xs">{token.opinionSoFar.toFixed(3)}</span>
            </li>
          ))}
        </ol>
      </ScrollRegion>
      {biggest.length > 0 && (
        <p className="text-sm">
          {t.biggestMoves}
          {wordSpace(language)}
          {biggest
            .map(({ word, move }) =>
              t.move(word, formatNumber(move * 100, language, { maximumFractionDigits: 0, signDisplay: "always" })),
            )
            .join(language === "zh" ? "；" : ", ")}
        </p>
      )}
    </div>
  );
});
