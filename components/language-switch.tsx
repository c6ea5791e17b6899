"use client";
import Link from "next/link";
import { useSelectedLayoutSegments } from "next/navigation";
import { HTML_LANG, type Language, localePath } from "@/lib/site";

/**
 * A link to the same page in the other language: /learn/lstm <-> /zh/learn/lstm.
 * The page is read from the route's segments below the language layout, not from the
 * URL, which English pages reach through a rewrite (next.config.ts). `name` is the other
 * language's name in itself, from the server, so this page's JavaScript holds no other name.
 */
export function LanguageSwitch({ language, name }: { language: Language; name: string }) {
  const other: Language = language === "en" ? "zh" : "en";
  const path = `/${useSelectedLayoutSegments().join("/")}`;
  return (
    <Link
      href={localePath(other, path)}
      hrefLang={HTML_LANG[other]}
      lang={HTML_LANG[other]}
      data-testid="language-switch"
      className="ml-auto rounded-full border border-zinc-300 px-3 py-0.5 text-zinc-700 hover:border-zinc-500 sm:ml-0"
    >
      {name}
    </Link>
  );
}
