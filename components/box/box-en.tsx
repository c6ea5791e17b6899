"use client";
import { en } from "@/lib/i18n/en";
import { BoxStringsProvider } from "./box-strings";
import { SentimentBox } from "./sentiment-box";

const WORDS = { language: "en", t: en } as const;

/** The review box in English: its JavaScript carries the English dictionary only. */
export function BoxEn() {
  return (
    <BoxStringsProvider value={WORDS}>
      <SentimentBox />
    </BoxStringsProvider>
  );
}
