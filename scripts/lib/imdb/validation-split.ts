/**
 * The one split of the IMDB training reviews into training and validation. Training,
 * recipe choices and the short-review validation set all use it, so no validation
 * review is ever trained on and the test reviews are never needed to tune anything.
 */
import { seededRandom, shuffled } from "../../../lib/random";

/** Share of each label held out for validation. */
export const VALIDATION_FRACTION = 0.1;
/** Fixed, so every script holds out the same reviews. */
export const VALIDATION_SEED = 20_110_619;

export interface ValidationSplit<T> {
  /** The reviews to train on, in their input order. */
  train: T[];
  /** The held-out reviews, in their input order. */
  validation: T[];
}

/**
 * Holds out `round(fraction × n)` reviews of each label, chosen by a seeded shuffle,
 * so validation has the same balance as the input. Deterministic for the same input
 * order (loadImdb sorts by id); the input is not changed.
 */
export function splitValidation<T extends { label: 0 | 1 }>(
  reviews: readonly T[],
  fraction = VALIDATION_FRACTION,
  seed = VALIDATION_SEED,
): ValidationSplit<T> {
  if (!(fraction >= 0 && fraction < 1)) throw new RangeError(`validation fraction must be in [0, 1), got ${fraction}`);
  const random = seededRandom(seed);
  const heldOut = new Set<number>();
  for (const label of [0, 1] as const) {
    const positions = reviews.flatMap((review, i) => (review.label === label ? [i] : []));
    for (const i of shuffled(positions, random).slice(0, Math.round(fraction * positions.length))) heldOut.add(i);
  }
  return {
    train: reviews.filter((_, i) => !heldOut.has(i)),
    validation: reviews.filter((_, i) => heldOut.has(i)),
  };
}
