import { memo, useId } from "react";
import { formatNumber, wordSpace } from "@/lib/format";
import type { Reading } from "@/lib/predictor";
import { ScrollRegion } from "../scroll-region";
import { useBoxStrings } from "./box-strings";
import { LearnLink } from "./learn-link";
import type { ModelSummary } from "./model-messages";

/** The review as the model got it: tokens with their indices, OOV marks, truncation and padding. */
export const WhatTheModelSaw = memo(function WhatTheModelSaw({
  reading,
  summary,
}: {
  reading: Reading;
  summary: ModelSummary;
}) {
  const { language, t } = useBoxStrings();
  const strings = t.box;
  const count = (value: number) => formatNumber(value, language);
  const { tokens, truncatedCount, paddingCount } = reading;
  const oovCount = tokens.filter((token) => token.outOfVocabulary).length;
  const maxLen = count(summary.model.maxLen);
  const headingId = useId();
  return (
    <section className="space-y-3" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-semibold">
        {strings.sawHeading}
      </h2>
      <p>
        {strings.sawIntro}
        {wordSpace(language)}
        <LearnLink slug="vocabulary">{strings.vocabularyLink}</LearnLink>
      </p>
      {truncatedCount > 0 && (
        <p role="note" data-truncation-notice className="rounded-md border-l-4 border-zinc-900 bg-zinc-100 p-3">
          {strings.truncated(
            count(tokens.length + truncatedCount),
            maxLen,
            count(truncatedCount),
            summary.preprocessing.truncating,
          )}
          {wordSpace(language)}
          <LearnLink slug="padding-truncation">{strings.paddingLink}</LearnLink>
        </p>
      )}
      {paddingCount > 0 && (
        <p data-padding-count={paddingCount}>
          {strings.padded(count(paddingCount), maxLen, count(summary.preprocessing.padIndex))}
          {wordSpace(language)}
          <LearnLink slug="padding-truncation">{strings.paddingLink}</LearnLink>
        </p>
      )}
      {oovCount > 0 && <p>{strings.oovNote(oovCount, count(oovCount), count(summary.preprocessing.oovIndex))}</p>}
      <ScrollRegion label={strings.sawHeading} className="max-h-80 overflow-y-auto">
        <ol className="flex flex-wrap gap-1 font-mono text-sm" data-tokens>
          {tokens.map((token, position) => (
            <li
              key={position}
              data-oov={token.outOfVocabulary || undefined}
              className={`rounded border px-1.5 py-0.5 ${token.outOfVocabulary ? "border-dashed border-zinc-500 bg-zinc-100 text-zinc-600" : "border-zinc-300"}`}
            >
              {token.word} <span className="text-xs text-zinc-600">{token.index}</span>
              {token.outOfVocabulary && (
                <span className="ml-1 text-xs font-semibold uppercase" title={strings.outOfVocabulary}>
                  oov
                </span>
              )}
            </li>
          ))}
        </ol>
      </ScrollRegion>
      <p className="text-sm text-zinc-600">
        {strings.embeddingNote(count(summary.model.embeddingDim))}
        {wordSpace(language)}
        <LearnLink slug="word-embeddings">{strings.embeddingLink}</LearnLink>
      </p>
    </section>
  );
});
