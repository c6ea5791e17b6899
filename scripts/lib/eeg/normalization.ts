/**
 * Per-channel z-scoring: `(x - mean) / std` for each channel, with the mean and standard
 * deviation measured on the training trials only. Measuring them on all trials would let
 * the held-out subjects leak into training; the statistics are saved with the model so
 * new trials are scaled exactly like the training ones.
 */

import type { ChannelStatistics } from "../../../lib/eeg/metadata";
import type { Samples } from "./channels";

export type { ChannelStatistics };

/** Mean and (population) standard deviation of each channel over every time step of `trials`. */
export function channelStatistics(trials: readonly Samples[]): ChannelStatistics {
  if (trials.length === 0) throw new RangeError("need at least one trial to measure channel statistics");
  const channelCount = trials[0][0].length;
  const sum = new Array<number>(channelCount).fill(0);
  const sumOfSquares = new Array<number>(channelCount).fill(0);
  let count = 0;
  for (const samples of trials) {
    for (const row of samples) {
      row.forEach((x, c) => {
        sum[c] += x;
        sumOfSquares[c] += x * x;
      });
      count++;
    }
  }
  const mean = sum.map((s) => s / count);
  const std = sumOfSquares.map((s, c) => Math.sqrt(Math.max(0, s / count - mean[c] ** 2)));
  return { mean, std };
}

/**
 * Z-scores one `[timeSteps, channels]` trial with the given statistics. A flat channel
 * (std 0) becomes zeros rather than NaN. The input is not changed.
 */
export function zScore(samples: Samples, statistics: ChannelStatistics): number[][] {
  const { mean, std } = statistics;
  return samples.map((row) => row.map((x, c) => (std[c] > 0 ? (x - mean[c]) / std[c] : 0)));
}
