"use client";
/**
 * The UI strings of the page's language, for client components: the layout's PageDictionary
 * loads only that language's dictionary, so a page's JavaScript carries one language. A client
 * component that imported lib/i18n/dictionary.ts would carry both.
 */
import { createContext, useContext } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";

export const DictionaryContext = createContext<Dictionary | null>(null);

export function useDictionary(): Dictionary {
  const dictionary = useContext(DictionaryContext);
  if (dictionary === null) throw new Error("useDictionary: render inside <PageDictionary> (app/[lang]/layout.tsx)");
  return dictionary;
}
