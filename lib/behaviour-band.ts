/**
 * The band inside which the behaviour suite (scripts/lib/imdb/behaviour-suite.ts) counts a
 * "no opinion" case as passed. Here, not in scripts/, because the model card explains it too.
 */

/** An unsure band's bounds: all a case needs (lib/metadata.ts `UnsureBand` adds the figures it was chosen on). */
export interface BandBounds {
  low: number;
  high: number;
}

/** Used when a model records no unsure band (and for the Naive Bayes baseline). */
export const DEFAULT_UNSURE_BAND: BandBounds = { low: 0.35, high: 0.65 };
