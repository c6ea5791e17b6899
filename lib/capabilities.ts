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

/** An unsure band's bounds: all a "no opinion" case needs (lib/metadata.ts `UnsureBand` adds the figures it was chosen on). */
export interface BandBounds {
  low: number;
  high: number;
}

/** The band "no opinion" cases are scored with when a model records none (and for the Naive Bayes baseline). */
export const DEFAULT_UNSURE_BAND: BandBounds = { low: 0.35, high: 0.65 };
