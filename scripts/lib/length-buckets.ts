/**
 * Length buckets: batches of reviews with similar lengths, in a seeded random order.
 *
 * With pre-padding, a batch costs as many LSTM steps (at full batch width) as its
 * longest review; the shared padding before it costs little (see shared-padding.ts).
 * Grouping similar lengths therefore roughly halves training time on IMDB, while
 * every review is still seen exactly once per epoch.
 */
import { shuffled } from "../../lib/random";

/** Reviews are sorted by length within pools of this many batches. */
const BATCHES_PER_POOL = 16;

/**
 * @param lengths length of each example (after truncation)
 * @returns batches of example indices; every index appears exactly once
 */
export function lengthBuckets(lengths: readonly number[], batchSize: number, random: () => number): number[][] {
  // A batch size below 1 would loop forever.
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const order = shuffled(
    lengths.map((_, index) => index),
    random,
  );
  const poolSize = batchSize * BATCHES_PER_POOL;
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += poolSize) {
    const pool = order.slice(start, start + poolSize).sort((a, b) => lengths[a] - lengths[b]);
    for (let first = 0; first < pool.length; first += batchSize) batches.push(pool.slice(first, first + batchSize));
  }
  return shuffled(batches, random);
}
