/**
 * Accuracy with its uncertainty. With 45 trials, 60% correct could come from a coin-flip
 * classifier; the 95% Wilson score interval says how far the true accuracy may lie from
 * the measured one (it stays inside [0, 1] and behaves at 0% and 100%, unlike the normal
 * approximation).
 */
import type { Proportion } from "../../../lib/sequence-metadata";

/** `correct` of `total`, with its 95% Wilson score interval. */
export function proportion(correct: number, total: number): Proportion {
  if (!(total > 0)) throw new RangeError("a proportion needs at least one trial");
  const z = 1.959964;
  const p = correct / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return { correct, total, value: p, interval: [Math.max(0, centre - half), Math.min(1, centre + half)] };
}

/** "61.1% [51.0, 70.4]". */
export function formatProportion(p: Proportion): string {
  return `${(100 * p.value).toFixed(1)}% [${(100 * p.interval[0]).toFixed(1)}, ${(100 * p.interval[1]).toFixed(1)}]`;
}

/** Mean and sample standard deviation (0 for a single value). */
export function meanAndSpread(values: readonly number[]): { mean: number; std: number } {
  const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
  const std =
    values.length > 1 ? Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (values.length - 1)) : 0;
  return { mean, std };
}
