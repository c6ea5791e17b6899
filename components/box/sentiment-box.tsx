"use client";

import { useEffect, useState } from "react";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { OpinionTraceView } from "../opinion-trace-view";
import { CompareSwitch } from "./compare-switch";
import { startEarlyWorker } from "./early-worker";
import { EXAMPLE_REVIEWS } from "./example-reviews";
import { firstVerdictSettled } from "./first-verdict";
import { ModelComparison } from "./model-comparison";
import { ModelStatusView } from "./model-status";
import { ReviewInput } from "./review-input";
import { type ModelWorker, useModelWorker } from "./use-model-worker";
import { Verdict } from "./verdict";
import { WhatTheModelSaw } from "./what-the-model-saw";
import { WhySection } from "./why-section";

// When this module loads, before the page hydrates, the model starts loading (./early-worker.ts).
startEarlyWorker();

/** Typing pauses this long before the model reads the text again. */
const DEBOUNCE_MS = 150;

/**
 * The sentiment box: type a review, see what the LSTM thinks, what it saw, and why. The
 * box runs the `default` model; the compare switch also loads the tutorial's model.
 */
export function SentimentBox({ language }: { language: Language }) {
  const [text, setText] = useState(EXAMPLE_REVIEWS[0].text);
  const [comparing, setComparing] = useState(false);
  const settledText = useDebouncedValue(text, DEBOUNCE_MS);
  const box = useModelWorker("default");
  const tutorial = useModelWorker("tutorial", comparing);
  const { status, answer } = box;
  const empty = settledText.trim() === "";
  useReading(box, settledText, !empty);
  useReading(tutorial, settledText, comparing && !empty);
  const tutorialAnswer = tutorial.status.state === "ready" && tutorial.answer;
  // The router's prefetches wait for this (./first-verdict.ts).
  const settled = status.state === "error" || (status.state === "ready" && (answer !== null || empty));
  useEffect(() => {
    if (settled) firstVerdictSettled();
  }, [settled]);

  // Every keystroke renders this; the input and the reading views are memoised, so the
  // long token lists render again only for a new reading.
  return (
    <div className="space-y-8" data-sentiment-box data-status={status.state}>
      <ReviewInput language={language} value={text} onChange={setText} />
      <CompareSwitch language={language} checked={comparing} onChange={setComparing} />
      {status.state !== "ready" ? (
        <ModelStatusView language={language} status={status} onRetry={box.retry} />
      ) : empty ? (
        <p role="status" className="rounded-md bg-zinc-100 p-4" data-empty-hint>
          {dictionary(language).box.emptyHint}
        </p>
      ) : (
        answer && (
          // Busy while a reading shown is for an older text than the one in the box.
          <div
            className="space-y-8"
            aria-busy={
              answer.text !== text ||
              (tutorial.status.state === "ready" && (!tutorial.answer || tutorial.answer.text !== text))
            }
            data-reading
          >
            <Verdict language={language} reading={answer.reading} summary={status.summary} />
            {comparing &&
              (tutorial.status.state !== "ready" ? (
                <ModelStatusView language={language} status={tutorial.status} onRetry={tutorial.retry} />
              ) : (
                tutorialAnswer && (
                  <ModelComparison
                    language={language}
                    readings={[
                      { name: "default", reading: answer.reading, summary: status.summary },
                      { name: "tutorial", reading: tutorialAnswer.reading, summary: tutorial.status.summary },
                    ]}
                  />
                )
              ))}
            <WhatTheModelSaw language={language} reading={answer.reading} summary={status.summary} />
            <WhySection language={language} reading={answer.reading} />
            {tutorialAnswer && (
              <section className="space-y-3 border-t border-zinc-200 pt-6" data-tutorial-trace>
                <h2 className="text-xl font-semibold">{dictionary(language).box.tutorialTrace}</h2>
                <OpinionTraceView language={language} reading={tutorialAnswer.reading} />
              </section>
            )}
          </div>
        )
      )}
    </div>
  );
}

/** Asks `worker` to read `text` whenever it is ready, `wanted` and the text has settled. */
function useReading(worker: ModelWorker, text: string, wanted: boolean): void {
  const ready = worker.status.state === "ready";
  const { read } = worker;
  useEffect(() => {
    if (ready && wanted) read(text);
  }, [ready, wanted, text, read]);
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
