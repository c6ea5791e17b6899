"use client";
/**
 * The box's language and its words. The words are the page's dictionary (useDictionary,
 * provided by app/[lang]/layout.tsx, so the page's JavaScript carries one language); the
 * language, which formats the box's numbers and spaces its sentences (lib/format.ts), is
 * the one SentimentBox was given, so the box's many small parts need no `language` prop.
 */
import { createContext, type ReactNode, useContext } from "react";
import { useDictionary } from "@/components/dictionary/use-dictionary";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";

interface BoxWords {
  language: Language;
  t: Dictionary;
}

const BoxLanguage = createContext<Language | null>(null);

/** Set by SentimentBox from the page's language. */
export function BoxLanguageProvider({ language, children }: { language: Language; children?: ReactNode }) {
  return <BoxLanguage value={language}>{children}</BoxLanguage>;
}

/** The page's language and its dictionary, for a component inside the box. */
export function useBoxStrings(): BoxWords {
  const language = useContext(BoxLanguage);
  const t = useDictionary();
  if (language === null) throw new Error("a box component was rendered outside SentimentBox");
  return { language, t };
}
