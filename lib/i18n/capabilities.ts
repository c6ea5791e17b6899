/**
 * The behaviour suite's capability names (scripts/lib/imdb/behaviour-suite.ts) in each language.
 * metadata.json records the English name; a name not listed here is shown as recorded.
 */
import type { Language } from "../site";

const ZH: Record<string, string> = {
  "short positive": "短文本·正面",
  "short negative": "短文本·负面",
  "negated positive": "否定正面说法",
  "negated negative": "否定负面说法",
  "contrast with but": "“but”转折",
  intensifiers: "程度副词",
  "no opinion": "没有观点",
};

export function capabilityName(language: Language, capability: string): string {
  return language === "zh" ? (ZH[capability] ?? capability) : capability;
}
