"use client";
import { useEffect } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import { formatDate } from "@/lib/format";
import { modelBaseUrl } from "@/lib/model-hosting";
import type { Language } from "@/lib/site";
import { publishModelSummary, useModelSummary } from "./box/model-summary-store";

/** " · trained 26 Nov 2026" for the footer, from the model this page runs; nothing until that is known. */
export function TrainedDate({ language }: { language: Language }) {
  // Known the moment the box's model is in, next to its first verdict: `formatDate` writes the
  // date without Intl, whose first use costs a page 15–30 ms (lib/format.ts).
  const createdAt = useModelSummary()?.createdAt;
  const trained = useDictionary().footer.trained;

  useEffect(() => {
    // A sentiment box on the page downloads reading.json anyway and publishes it.
    if (createdAt || document.querySelector("[data-sentiment-box]")) return;
    // Loaded only here: the opener and reading.json's schema are a tenth of every page's
    // JavaScript, and a page with the box never needs them on the main thread.
    Promise.all([import("@/lib/open-model-folder"), import("@/lib/web-folder")])
      .then(([{ openModelReading }, { webFolder }]) => openModelReading(webFolder(modelBaseUrl())))
      .then(publishModelSummary)
      .catch(() => {}); // the footer then just omits the date
  }, [createdAt]);

  const date = createdAt ? formatDate(createdAt, language) : null;
  if (!date) return null;
  return (
    <>
      {" · "}
      {trained} <time dateTime={createdAt}>{date}</time>
    </>
  );
}
