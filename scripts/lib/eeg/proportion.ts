/**
 * Accuracy with its uncertainty. With 45 trials, 60% correct could come from a coin-flip
 * classifier; the 95% Wilson score interval says how far the true accuracy may lie from
 * the measured one (it stays inside [0, 1] and behaves at 0% and 100%, unlike the normal
 * approximation).
 */
import type { Proportion } from "../../../lib/eeg/metadata";

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

/** Student's t 0.975 quantile for 1..30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 0.975 quantile of Student's t with `df` degrees of freedom (Cornish-Fisher beyond 30). */
export function tQuantile975(df: number): number {
  if (df <= 30) return T_975[df - 1];
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

/**
 * The mean of per-subject values with its 95% t interval: how far the mean over such
 * subjects may lie from this one, treating the subjects as a sample of people. Needs 2+.
 */
export function meanWithInterval(values: readonly number[]): { mean: number; interval: [number, number] } {
  if (values.length < 2) throw new RangeError("an interval for a mean needs at least two values");
  const { mean, std } = meanAndSpread(values);
  const half = (tQuantile975(values.length - 1) * std) / Math.sqrt(values.length);
  return { mean, interval: [mean - half, mean + half] };
}
