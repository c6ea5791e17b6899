import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { quoteSource } from "./source-quote";

interface CodeCompareProps {
  language: Language;
  /** The tutorial's Python, as the learner knows it; leave out to show only this project's code. */
  keras?: string;
  /** The project file to quote, from the repository root: "scripts/lib/model.ts". */
  file: string;
  /** Quote from the first line containing this... */
  from: string;
  /** ...through the first line containing this (default: just the `from` line). */
  to?: string;
}

/**
 * The Keras line next to the TypeScript in this project that does the same, quoted from
 * the source. Side by side on wide screens (wider than the text column), stacked on phones.
 */
export async function CodeCompare({ language, keras, file, from, to }: CodeCompareProps) {
  const quote = await quoteSource(file, from, to);
  const t = dictionary(language).codeCompare;
  return (
    <div className={`my-6 grid gap-3 ${keras === undefined ? "" : "lg:-mx-32 lg:grid-cols-2"}`}>
      {keras !== undefined && <CodeBlock label={t.keras} code={keras} lang="python" />}
      <CodeBlock label={`${t.ours} · ${quote.file}:${quote.line}`} code={quote.code} lang="typescript" />
    </div>
  );
}

/** One labelled block of code. */
export function CodeBlock({ label, code, lang }: { label: string; code: string; lang: string }) {
  return (
    <figure className="m-0 min-w-0 overflow-hidden rounded-lg border border-zinc-200">
      <figcaption className="border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 text-xs text-zinc-600">{label}</figcaption>
      <pre className="m-0 overflow-x-auto p-3 text-[0.8125rem] leading-relaxed whitespace-pre-wrap break-words">
        <code className={`language-${lang}`}>{code}</code>
      </pre>
    </figure>
  );
}
