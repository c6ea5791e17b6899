import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";

/** "On this page": links to the sections of a long page, in order (each `id` is a heading's). */
export function TableOfContents({
  language,
  entries,
}: {
  language: Language;
  entries: readonly { id: string; title: string }[];
}) {
  const label = dictionary(language).article.contents;
  return (
    <nav aria-label={label} className="my-6 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3" data-toc>
      <p className="mt-0 mb-1 text-sm font-semibold text-zinc-700">{label}</p>
      <ol className="my-0 text-[0.9375rem]">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
