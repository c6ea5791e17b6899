/**
 * The preprocessing chain, in one place so training and prediction treat a trial alike.
 * Its settings are saved in the model's metadata.json.
 *
 *   1. notch        remove mains hum (50 or 60 Hz; optionally its harmonics too)
 *   2. band-pass    keep e.g. 1-30 Hz: reduces drift and high-frequency (muscle) noise;
 *                   either edge may be left out (low-pass or high-pass only)
 *   2b. resample    to another rate (1000 -> 256 Hz), anti-aliased (resample.ts)
 *   3. baseline     subtract each channel's mean before the event
 *   4. crop         keep the analysis window, dropping the margins where filters ring
 *   5. reference    subtract the mean over channels at each time step
 *   6. decimate     keep every n-th sample: shorter sequences train faster
 *
 * Artefact rejection and z-scoring come after this and need more than one trial; see
 * lib/eeg/artifacts.ts and lib/eeg/normalization.ts.
 */
import type { PreprocessingSettings } from "../../../lib/eeg/metadata";
import { baselineCorrect } from "./baseline";
import { mapChannels, type Samples } from "./channels";
import { bandPass, notch } from "./filters";
import { averageReference } from "./reference";
import { resample } from "./resample";

export type { PreprocessingSettings };

/** The time step of `seconds` (relative to the event) in a trial starting at `epochStart`. */
export function timeStepAt(
  seconds: number,
  settings: Pick<PreprocessingSettings, "samplingRate" | "epochStart">,
): number {
  return Math.round((seconds - settings.epochStart) * settings.samplingRate);
}

/** Throws a readable error unless the settings make sense for trials of `timeSteps` samples. */
export function checkPreprocessing(settings: PreprocessingSettings, timeSteps: number): void {
  const { samplingRate, band, decimate, window, baseline } = settings;
  const end = settings.epochStart + timeSteps / samplingRate;
  for (const [name, range] of [
    ["window", window],
    ["baseline", baseline],
  ] as const) {
    if (
      range &&
      !(range[0] < range[1] && timeStepAt(range[0], settings) >= 0 && timeStepAt(range[1], settings) <= timeSteps)
    ) {
      throw new RangeError(
        `${name} [${range}] s must lie within the trials, which run from ${settings.epochStart} to ${end} s`,
      );
    }
  }
  if (!Number.isInteger(decimate) || decimate < 1)
    throw new RangeError(`decimate must be a positive integer, got ${decimate}`);
  const rate = settings.resampleHz ?? samplingRate;
  if (settings.resampleHz != null && !(Number.isInteger(rate) && rate > 0 && rate <= samplingRate))
    throw new RangeError(
      `resampling goes to a whole rate in Hz at most the recording's ${samplingRate} Hz, got ${settings.resampleHz}`,
    );
  if (decimate > 1 && !(band && band[1] !== null && band[1] <= rate / decimate / 2)) {
    throw new RangeError(
      `decimating by ${decimate} needs a low-pass (the band's high edge) at most ${rate / decimate / 2} Hz first, or faster waves fold into slower ones (aliasing): e.g. --band 1,${Math.floor((rate / decimate / 2) * 0.75)}, or --decimate 1`,
    );
  }
}

/**
 * Runs the chain on one trial. Input: `[timeSteps, channels]` µV. Output:
 * `[outputTimeSteps, channels]` µV, where outputTimeSteps = ceil(window length / decimate).
 * The input is not changed.
 */
export function preprocessTrial(samples: Samples, input: PreprocessingSettings): number[][] {
  const { samplingRate, band, filterOrder, window, reference, decimate } = input;
  const notches = notchFrequencies(input);
  const outputRate = input.resampleHz ?? samplingRate;
  let result = mapChannels(samples, (signal) => {
    let filtered: readonly number[] = signal;
    for (const hz of notches) filtered = notch(filtered, samplingRate, hz);
    if (band !== null) filtered = bandPass(filtered, samplingRate, band, filterOrder);
    return outputRate === samplingRate ? (filtered as number[]) : resample(filtered, samplingRate, outputRate);
  });
  // from here on, times are counted in samples of the output rate
  const settings = { ...input, samplingRate: outputRate };
  const { baseline } = settings;
  if (baseline !== null)
    result = baselineCorrect(result, timeStepAt(baseline[0], settings), timeStepAt(baseline[1], settings));
  if (window !== null) result = result.slice(timeStepAt(window[0], settings), timeStepAt(window[1], settings));
  if (reference === "average") result = averageReference(result);
  return result.filter((_, t) => t % decimate === 0);
}

/** The notch frequencies: the mains frequency, and with `notchHarmonics` every multiple below Nyquist. */
export function notchFrequencies(
  settings: Pick<PreprocessingSettings, "notchHz" | "notchHarmonics" | "samplingRate">,
): number[] {
  const { notchHz, samplingRate } = settings;
  if (notchHz === null) return [];
  if (!settings.notchHarmonics) return [notchHz];
  const count = Math.ceil(samplingRate / 2 / notchHz) - 1;
  return Array.from({ length: count }, (_, k) => (k + 1) * notchHz);
}
