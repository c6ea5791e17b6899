"use client";
import { type ReactNode, use } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { DictionaryContext } from "./use-dictionary";

/**
 * Each language's dictionary is its own chunk, imported only when a page in that language
 * renders: both languages share one route tree, and a static import here would put both in
 * every page's JavaScript. The server renders the page with it; the browser loads the one
 * chunk before hydrating.
 */
const LOADERS: Record<Language, () => Promise<Dictionary>> = {
  en: () => import("@/lib/i18n/en").then(({ en }) => en),
  zh: () => import("@/lib/i18n/zh").then(({ zh }) => zh),
};

/** One promise per language, so `use` sees the same one on every render. */
const loading = new Map<Language, Promise<Dictionary>>();

function loadDictionary(language: Language): Promise<Dictionary> {
  let promise = loading.get(language);
  if (!promise) {
    promise = LOADERS[language]();
    loading.set(language, promise);
  }
  return promise;
}

/** Gives the client components below the page language's UI strings (useDictionary), and only that language's. */
export function PageDictionary({ language, children }: { language: Language; children: ReactNode }) {
  return <DictionaryContext value={use(loadDictionary(language))}>{children}</DictionaryContext>;
}
