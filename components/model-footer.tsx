"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { assertModelMetadata } from "@/lib/metadata";
import { MODEL_FILES, modelBaseUrl, modelSource } from "@/lib/model-folder";
import { languageOfPath, type Language } from "@/lib/site";
import { publishModelSummary, useModelSummary } from "./model-summary-store";

const STRINGS: Record<Language, { lang: string; label: string; embedded: string; hosted: (version: string, host: string) => string; trained: string; locale: string }> = {
  en: { lang: "en", label: "Model: ", embedded: "embedded in this site", hosted: (version, host) => `version ${version} hosted on ${host}`, trained: "trained", locale: "en-GB" },
  zh: { lang: "zh-Hans", label: "模型：", embedded: "随本站提供", hosted: (version, host) => `托管于 ${host} 的版本 ${version}`, trained: "训练于", locale: "zh-CN" },
};

/** Names the model the site runs: where its files come from and when it was trained. */
export function ModelFooter() {
  const language = languageOfPath(usePathname() ?? "/");
  const strings = STRINGS[language];
  const createdAt = useModelSummary()?.createdAt;
  const source = modelSource();

  useEffect(() => {
    // A sentiment box on the page downloads metadata.json anyway and publishes it.
    if (createdAt || document.querySelector("[data-sentiment-box]")) return;
    fetch(modelBaseUrl() + MODEL_FILES.metadata)
      .then((response) => response.json())
      .then((metadata: unknown) => {
        assertModelMetadata(metadata);
        publishModelSummary(metadata);
      })
      .catch(() => {}); // the footer then just omits the date
  }, [createdAt]);

  const date = createdAt ? new Date(createdAt) : null;
  return (
    <footer lang={strings.lang} className="mx-auto max-w-3xl border-t border-zinc-200 px-6 py-4 text-sm text-zinc-600" data-model-footer>
      {strings.label}{source.hosted ? strings.hosted(source.version, source.host) : strings.embedded}
      {date && !Number.isNaN(date.getTime()) && (
        <>
          {" · "}
          {strings.trained} <time dateTime={createdAt}>{date.toLocaleDateString(strings.locale, { dateStyle: "medium" })}</time>
        </>
      )}
    </footer>
  );
}
