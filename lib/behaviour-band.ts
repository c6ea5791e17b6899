/**
 * The band the behaviour suite (scripts/lib/imdb/behaviour-suite.ts) scores "no opinion"
 * with: the model's own unsure band when its metadata records one, else this default. Here in
 * lib/ because the model card says which band scored the models without one.
 */

/** An unsure band's bounds: all a case needs (lib/metadata.ts `UnsureBand` adds the figures it was chosen on). */
export interface BandBounds {
  low: number;
  high: number;
}

/** Used when a model records no unsure band (and for the Naive Bayes baseline). */
export const DEFAULT_UNSURE_BAND: BandBounds = { low: 0.35, high: 0.65 };
