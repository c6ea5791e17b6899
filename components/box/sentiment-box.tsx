"use client";

import { useCallback, useDeferredValue, useEffect, useState } from "react";
import { readCarriedReview, writeCarriedReview } from "@/components/carried-review";
import type { CapabilityResult } from "@/lib/metadata";
import { reviewFromFragment } from "@/lib/review-fragment";
import type { Language } from "@/lib/site";
import { registerOfflineCopy } from "../offline/register-offline-copy";
import { OpinionTraceView } from "../opinion-trace-view";
import { BoxLanguageProvider, useBoxStrings } from "./box-strings";
import { CompareSwitch } from "./compare-switch";
import { earlyWorkerSettings, startEarlyWorker } from "./early-worker";
import { ExampleChips } from "./example-chips";
import { EXAMPLE_REVIEWS } from "./example-reviews";
import { firstVerdictSettled } from "./first-verdict";
import { ModelComparison } from "./model-comparison";
import { ModelStatusView } from "./model-status";
import { ReviewInput } from "./review-input";
import { ShareReview } from "./share-review";
import { type ModelWorker, useModelWorker } from "./use-model-worker";
import { Verdict } from "./verdict";
import { WhatTheModelSaw } from "./what-the-model-saw";
import { WhySection } from "./why-section";

// The home page's inline script has usually started the model worker already
// (./early-worker-script.tsx); where it did not, it starts when this module loads, before the page hydrates.
startEarlyWorker(earlyWorkerSettings());

/** Typing pauses this long before the model reads the text again. */
const DEBOUNCE_MS = 150;

/**
 * The sentiment box: type a review, see what the LSTM thinks, why, and what it saw. The
 * verdict sits right under the text, so it is in view on a phone as you type. The box runs
 * the `default` model; the compare switch also loads the tutorial's model.
 */
/**
 * `behaviour`: the box model's behaviour-suite rates from its card.json, read when the page is
 * built (the worker fetches only reading.json), for the example chips.
 */
export function SentimentBox({ language, behaviour }: { language: Language; behaviour?: readonly CapabilityResult[] }) {
  return (
    <BoxLanguageProvider language={language}>
      <Box behaviour={behaviour} />
    </BoxLanguageProvider>
  );
}

function Box({ behaviour }: { behaviour?: readonly CapabilityResult[] }) {
  const { language, t } = useBoxStrings();
  const [text, setText] = useCarriedText();
  const [comparing, setComparing] = useState(false);
  const settledText = useDebouncedValue(text, DEBOUNCE_MS);
  const box = useModelWorker("default");
  const tutorial = useModelWorker("tutorial", comparing);
  const { status, answer } = box;
  const empty = settledText.trim() === "";
  useReading(box, settledText, !empty);
  useReading(tutorial, settledText, comparing && !empty);
  const tutorialAnswer = tutorial.status.state === "ready" && tutorial.answer;
  const reading = status.state === "ready" && !empty ? answer : null;
  // The verdict first; the word-by-word views (long lists) follow in a render of their own.
  const details = useDeferredValue(reading);
  // Busy while a reading shown is for an older text than the one in the box.
  const busy =
    reading !== null &&
    (reading.text !== text ||
      (tutorial.status.state === "ready" && (!tutorial.answer || tutorial.answer.text !== text)));
  // The router's prefetches wait for this (./first-verdict.ts).
  const settled = status.state === "error" || (status.state === "ready" && (answer !== null || empty));
  useEffect(() => {
    if (!settled) return;
    firstVerdictSettled();
    // Only now, so it never competes with the first load.
    registerOfflineCopy();
  }, [settled]);

  // Every keystroke renders this; the input and the reading views are memoised, so the
  // long token lists render again only for a new reading.
  return (
    <div className="space-y-6" data-sentiment-box data-status={status.state}>
      <ReviewInput value={text} onChange={setText} />
      <div aria-busy={busy} data-reading={reading !== null || undefined}>
        {status.state !== "ready" ? (
          <ModelStatusView status={status} onRetry={box.retry} />
        ) : empty ? (
          <p role="status" className="rounded-md bg-zinc-100 p-4" data-empty-hint>
            {t.box.emptyHint}
          </p>
        ) : (
          reading && <Verdict reading={reading.reading} summary={status.summary} />
        )}
      </div>
      <ExampleChips value={text} onChange={setText} behaviour={behaviour} />
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <CompareSwitch checked={comparing} onChange={setComparing} />
        <ShareReview text={text} />
      </div>
      {reading && status.state === "ready" && (
        <div className="space-y-8" aria-busy={busy}>
          {comparing &&
            (tutorial.status.state !== "ready" ? (
              <ModelStatusView status={tutorial.status} onRetry={tutorial.retry} />
            ) : (
              tutorialAnswer && (
                <ModelComparison
                  readings={[
                    { name: "default", reading: reading.reading, summary: status.summary },
                    { name: "tutorial", reading: tutorialAnswer.reading, summary: tutorial.status.summary },
                  ]}
                />
              )
            ))}
          {details && (
            <>
              <WhySection reading={details.reading} />
              <WhatTheModelSaw reading={details.reading} summary={status.summary} />
            </>
          )}
          {tutorialAnswer && (
            <section className="space-y-3 border-t border-zinc-200 pt-6" data-tutorial-trace>
              <h2 className="text-xl font-semibold">{t.box.tutorialTrace}</h2>
              <OpinionTraceView language={language} reading={tutorialAnswer.reading} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The box's text, carried through the tab (components/carried-review.ts): on mount, a review
 * in the address's fragment (a shared link) wins, then the one typed earlier in this tab,
 * else the first example. The fragment is then cleared, so the tab's copy stays the one truth.
 */
function useCarriedText(): [string, (text: string) => void] {
  const [text, setText] = useState(EXAMPLE_REVIEWS[0].text);
  useEffect(() => {
    const shared = reviewFromFragment(window.location.hash);
    if (shared !== null) {
      writeCarriedReview(shared);
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    }
    const carried = shared ?? readCarriedReview();
    if (carried !== null) setText(carried);
  }, []);
  const change = useCallback((next: string) => {
    setText(next);
    writeCarriedReview(next);
  }, []);
  return [text, change];
}

/**
 * Asks `worker` to read `text` whenever it is `wanted` and the text has settled, already while
 * the model loads: the worker reads it the moment the model is in, one message round trip
 * sooner than asking when "ready" arrives. A worker that failed is not asked (Try again starts
 * a new one, which is).
 */
function useReading(worker: ModelWorker, text: string, wanted: boolean): void {
  const working = worker.status.state !== "error";
  const { read } = worker;
  useEffect(() => {
    if (working && wanted) read(text);
  }, [working, wanted, text, read]);
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
