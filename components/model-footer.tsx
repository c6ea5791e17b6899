import { dictionary } from "@/lib/i18n/dictionary";
import { modelSource } from "@/lib/model-hosting";
import { HTML_LANG, type Language } from "@/lib/site";
import { TrainedDate } from "./trained-date";

/** Names the model the site runs: where its files come from and (once known in the browser) when it was trained. */
export function ModelFooter({ language }: { language: Language }) {
  const t = dictionary(language).footer;
  const source = modelSource();
  return (
    <footer
      lang={HTML_LANG[language]}
      className="mx-auto max-w-3xl border-t border-zinc-200 px-6 py-4 text-sm text-zinc-600"
      data-model-footer
    >
      {t.label}
      {source.hosted ? t.hosted(source.version, source.host) : t.embedded}
      <TrainedDate language={language} />
    </footer>
  );
}
