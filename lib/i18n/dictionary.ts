/** The UI strings of one language: `dictionary(language).box.retry`. */
import type { Language } from "../site";
import { type Dictionary, en } from "./en";
import { zh } from "./zh";

export type { Dictionary };

const DICTIONARIES: Record<Language, Dictionary> = { en, zh };

export function dictionary(language: Language): Dictionary {
  return DICTIONARIES[language];
}
