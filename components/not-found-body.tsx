import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { HTML_LANG, type Language, localePath } from "@/lib/site";

/** "Page not found" in one language, with the ways on: the box, the course, the model card. */
export function NotFoundBody({ language, t }: { language: Language; t: Dictionary["notFound"] }) {
  return (
    <section lang={HTML_LANG[language]} className="space-y-3" data-not-found={language}>
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-zinc-700">{t.text}</p>
      <ul className="list-disc space-y-1 pl-5">
        {(
          [
            ["/", t.home],
            ["/learn", t.learn],
            ["/model", t.card],
          ] as const
        ).map(([path, label]) => (
          <li key={path}>
            <Link href={localePath(language, path)} className="text-blue-800 underline underline-offset-2">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
