"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { LANGUAGE_NAMES, NAV_LINKS, SITE, languageOfPath, localePath, translatedPath, type Language } from "@/lib/site";

const HTML_LANG: Record<Language, string> = { en: "en", zh: "zh-Hans" };

/** The site's header: home, the course, the model card, and a switch to the same page in the other language. */
export function SiteHeader() {
  const pathname = usePathname() ?? "/";
  const language = languageOfPath(pathname);
  const other: Language = language === "en" ? "zh" : "en";
  return (
    <header lang={HTML_LANG[language]} className="border-b border-zinc-200 bg-white">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-3 text-[0.9375rem]">
        <Link href={localePath(language, "/")} className="w-full font-semibold text-zinc-900 sm:mr-auto sm:w-auto">
          {SITE.name[language]}
        </Link>
        {NAV_LINKS.map(({ href, label }) => {
          const target = localePath(language, href);
          const current = pathname === target || pathname.startsWith(`${target}/`);
          return (
            <Link key={href} href={target} aria-current={current ? "page" : undefined} className={current ? "font-medium text-emerald-800" : "text-zinc-600 hover:text-zinc-900"}>
              {label[language]}
            </Link>
          );
        })}
        <Link
          href={translatedPath(pathname, other)}
          hrefLang={HTML_LANG[other]}
          lang={HTML_LANG[other]}
          data-testid="language-switch"
          className="ml-auto rounded-full border border-zinc-300 px-3 py-0.5 text-zinc-700 hover:border-zinc-500 sm:ml-0"
        >
          {LANGUAGE_NAMES[other]}
        </Link>
      </nav>
    </header>
  );
}
