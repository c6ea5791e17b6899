"use client";
import { zh } from "@/lib/i18n/zh";
import { BoxStringsProvider } from "./box-strings";
import { SentimentBox } from "./sentiment-box";

const WORDS = { language: "zh", t: zh } as const;

/** The review box in Chinese: its JavaScript carries the Chinese dictionary only. */
export function BoxZh() {
  return (
    <BoxStringsProvider value={WORDS}>
      <SentimentBox />
    </BoxStringsProvider>
  );
}
