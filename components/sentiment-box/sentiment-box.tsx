"use client";

import { useEffect, useState } from "react";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { EXAMPLE_REVIEWS } from "./example-reviews";
import { ModelStatusView } from "./model-status";
import { ReviewInput } from "./review-input";
import { useModelWorker } from "./use-model-worker";
import { Verdict } from "./verdict";
import { WhySection } from "./why-section";
import { WhatTheModelSaw } from "./what-the-model-saw";

/** Typing pauses this long before the model reads the text again. */
const DEBOUNCE_MS = 150;

/** The sentiment box: type a review, see what the LSTM thinks, what it saw, and why. */
export function SentimentBox({ language }: { language: Language }) {
  const [text, setText] = useState(EXAMPLE_REVIEWS[0].text);
  const settledText = useDebouncedValue(text, DEBOUNCE_MS);
  const { status, answer, read, retry } = useModelWorker();
  const ready = status.state === "ready";
  const empty = settledText.trim() === "";

  useEffect(() => {
    if (ready && !empty) read(settledText);
  }, [ready, empty, settledText, read]);

  // Every keystroke renders this; the input and the reading views are memoised, so the
  // long token lists render again only for a new reading.
  return (
    <div className="space-y-8" data-sentiment-box data-status={status.state}>
      <ReviewInput language={language} value={text} onChange={setText} />
      {status.state !== "ready" ? (
        <ModelStatusView language={language} status={status} onRetry={retry} />
      ) : empty ? (
        <p role="status" className="rounded-md bg-zinc-100 p-4" data-empty-hint>
          {dictionary(language).box.emptyHint}
        </p>
      ) : (
        answer && (
          // Busy while the reading shown is for an older text than the one in the box.
          <div className="space-y-8" aria-busy={answer.text !== text} data-reading>
            <Verdict language={language} reading={answer.reading} />
            <WhatTheModelSaw language={language} reading={answer.reading} summary={status.summary} />
            <WhySection language={language} reading={answer.reading} />
          </div>
        )
      )}
    </div>
  );
}

/** `value`, once it has stopped changing for `delayMs`. */
function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
