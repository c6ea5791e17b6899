import Link from "next/link";
import { dictionary } from "@/lib/i18n/dictionary";
import { LANGUAGE_NAMES, type Language, localePath, NAV_LINKS, SITE } from "@/lib/site";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";

/** The site's header: home, the course, the model card, and a switch to the same page in the other language. */
export function SiteHeader({ language }: { language: Language }) {
  const t = dictionary(language).nav;
  return (
    <header className="border-b border-zinc-200 bg-white">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-3 text-[0.9375rem]">
        <Link href={localePath(language, "/")} className="w-full font-semibold text-zinc-900 sm:mr-auto sm:w-auto">
          {SITE.name[language]}
        </Link>
        {NAV_LINKS.map(({ href, key }) => (
          <NavLink key={href} href={localePath(language, href)} segment={href.slice(1)}>
            {t[key]}
          </NavLink>
        ))}
        <LanguageSwitch language={language} name={LANGUAGE_NAMES[language === "en" ? "zh" : "en"]} />
      </nav>
    </header>
  );
}
