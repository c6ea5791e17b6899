/**
 * Band power: how strong a band-passed signal is, as log mean power (mean of squares).
 * After a 7–30 Hz band-pass a channel's mean is near zero whatever the trial, but its
 * power drops when the mu/beta rhythm under it desynchronises, which is what imagining a
 * movement does over the opposite motor strip.
 *
 * `logPower` gives one number per channel for the whole trial (the log band power
 * baseline's features); `bandPowerSequence` gives one per channel per short overlapping
 * window, a sequence an LSTM can read ("EEG into vectors").
 */
import type { SequenceFeatures } from "../../../lib/eeg/metadata";
import type { Samples } from "./channels";
import { applySpatialFilters } from "./csp";

/** Log mean power of each channel over the whole trial: `[channels]`. */
export function logPower(samples: Samples): number[] {
  return logPowerOf(samples, 0, samples.length);
}

function logPowerOf(samples: Samples, from: number, to: number): number[] {
  const channels = samples[0].length;
  const sum = new Array<number>(channels).fill(0);
  for (let t = from; t < to; t++) for (let c = 0; c < channels; c++) sum[c] += samples[t][c] * samples[t][c];
  // a floor keeps a flat (all-zero) channel finite
  return sum.map((s) => Math.log(Math.max(s / (to - from), 1e-12)));
}

/** Window length and hop, in time steps. */
export interface PowerWindows {
  windowSteps: number;
  stepSteps: number;
}

/** How many windows fit in `timeSteps`. */
export function windowCount(timeSteps: number, windows: PowerWindows): number {
  return Math.floor((timeSteps - windows.windowSteps) / windows.stepSteps) + 1;
}

/**
 * Log power of every channel in windows of `windowSteps` starting every `stepSteps`:
 * `[windows, channels]`, a shorter sequence than the trial. A partial last window is dropped.
 */
export function bandPowerSequence(samples: Samples, windows: PowerWindows): number[][] {
  const { windowSteps, stepSteps } = windows;
  if (!(Number.isInteger(windowSteps) && Number.isInteger(stepSteps) && windowSteps >= 1 && stepSteps >= 1))
    throw new RangeError(`power windows need whole positive lengths, got ${windowSteps} and ${stepSteps} steps`);
  if (samples.length < windowSteps)
    throw new RangeError(`trials of ${samples.length} time steps are shorter than one power window (${windowSteps})`);
  return Array.from({ length: windowCount(samples.length, windows) }, (_, w) =>
    logPowerOf(samples, w * stepSteps, w * stepSteps + windowSteps),
  );
}

/** A preprocessed trial as the LSTM reads it (`features` from the model's metadata). */
export function featureSequence(samples: Samples, features: SequenceFeatures | undefined): Samples {
  if (!features || features.kind === "raw") return samples;
  return bandPowerSequence(features.filters ? applySpatialFilters(features.filters, samples) : samples, features);
}
