"use client";
/**
 * The box's words in one language. The dictionaries hold functions (sentences that place
 * formatted numbers), which cannot cross from a server component to a client one as props,
 * so each language has its own small client entry (box-en.tsx, box-zh.tsx) that imports only
 * its dictionary and provides it here: a page's JavaScript carries one language.
 */
import { createContext, type ReactNode, useContext } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";

interface BoxWords {
  language: Language;
  t: Dictionary;
}

const BoxStrings = createContext<BoxWords | null>(null);

export function BoxStringsProvider({ value, children }: { value: BoxWords; children?: ReactNode }) {
  return <BoxStrings.Provider value={value}>{children}</BoxStrings.Provider>;
}

/** The page's language and its dictionary, for a component inside the box. */
export function useBoxStrings(): BoxWords {
  const words = useContext(BoxStrings);
  if (!words) throw new Error("a box component was rendered outside box-en.tsx or box-zh.tsx");
  return words;
}
