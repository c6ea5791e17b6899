/**
 * The behaviour suite's capabilities (scripts/lib/imdb/behaviour-suite.ts): a picklist, so
 * card.json records one of these keys and each language names every one of them
 * (lib/i18n/capabilities.ts), a missing name being a compile error.
 */
export const CAPABILITIES = [
  "short positive",
  "short negative",
  "negated positive",
  "negated negative",
  "contrast with but",
  "intensifiers",
  "no opinion",
] as const;
export type Capability = (typeof CAPABILITIES)[number];
