/**
 * Baseline correction: subtract each channel's mean over the samples before the event,
 * so every trial's activity is measured from the same starting level.
 */
import type { Samples } from "./channels";

/**
 * Subtracts, per channel, the mean of the time steps `[from, to)` (the baseline window)
 * from the whole trial. Input and output are `[timeSteps, channels]`; the input is not
 * changed.
 */
export function baselineCorrect(samples: Samples, from: number, to: number): number[][] {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to && to <= samples.length)) {
    throw new RangeError(
      `baseline window [${from}, ${to}) must be a non-empty range of time steps within [0, ${samples.length})`,
    );
  }
  const window = samples.slice(from, to);
  const means = samples[0].map((_, c) => window.reduce((sum, row) => sum + row[c], 0) / window.length);
  return samples.map((row) => row.map((x, c) => x - means[c]));
}
