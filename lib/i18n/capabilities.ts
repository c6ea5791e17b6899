/**
 * The behaviour suite's capabilities (lib/capabilities.ts) in each language: one table,
 * read by the course's evaluation page and the model card's comparison.
 */
import type { Capability } from "../capabilities";
import type { Language } from "../site";

const CAPABILITY_NAMES: Record<Language, Record<Capability, string>> = {
  en: {
    "short positive": "short positive",
    "short negative": "short negative",
    "negated positive": "negated positive",
    "negated negative": "negated negative",
    "contrast with but": "contrast with but",
    intensifiers: "intensifiers",
    "no opinion": "no opinion",
  },
  zh: {
    "short positive": "短文本·正面",
    "short negative": "短文本·负面",
    "negated positive": "否定正面说法",
    "negated negative": "否定负面说法",
    "contrast with but": "“but”转折",
    intensifiers: "程度副词",
    "no opinion": "没有观点",
  },
};

export function capabilityName(language: Language, capability: Capability): string {
  return CAPABILITY_NAMES[language][capability];
}
