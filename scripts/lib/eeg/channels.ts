/**
 * Layouts of one trial. Files and the model read a trial time-major, `samples[t][c]`
 * (`[timeSteps, channels]`), while filters work on one channel's signal at a time.
 */

/** One trial, time-major: `[timeSteps, channels]`, microvolts. */
export type Samples = readonly (readonly number[])[];

/** `[timeSteps, channels]` -> `[channels, timeSteps]`, as new arrays. */
export function toChannels(samples: Samples): number[][] {
  const channelCount = samples[0]?.length ?? 0;
  return Array.from({ length: channelCount }, (_, c) => samples.map((row) => row[c]));
}

/** `[channels, timeSteps]` -> `[timeSteps, channels]`, as new arrays. */
export function toSamples(channels: readonly (readonly number[])[]): number[][] {
  const timeSteps = channels[0]?.length ?? 0;
  return Array.from({ length: timeSteps }, (_, t) => channels.map((signal) => signal[t]));
}

/**
 * Applies `transform` to every channel's signal and returns a new `[timeSteps, channels]`
 * trial. `transform` must return a signal of the same length.
 */
export function mapChannels(samples: Samples, transform: (signal: number[], channel: number) => number[]): number[][] {
  return toSamples(toChannels(samples).map(transform));
}
