/**
 * Checks on channels and units before training: columns that are not EEG, amplitudes
 * that look like volts rather than microvolts, and, per subject, channels that are flat
 * (disconnected) or far noisier than the rest (a loose or broken electrode). A broken
 * electrode makes peak-to-peak rejection drop nearly every trial of its subject, and a
 * non-EEG column (time, trigger) poisons the average reference, so both are reported
 * with what to do.
 */

import { peakToPeak } from "./artifacts";
import type { Samples } from "./channels";

/**
 * Names of columns that are usually not scalp EEG: a time or sample counter, triggers and
 * status channels, eye, heart and muscle channels, and the reference/mastoid electrodes.
 */
const NON_EEG =
  /^(time|times|timestamp|sample|samples|index|t|trigger|trig|status|stim|sti\s?\d*|marker|event|events|eog.*|veog|heog|ecg.*|ekg.*|emg.*|resp.*|gsr|ref|reference|a1|a2|m1|m2|tp9|tp10|x|y|z|acc.*|photo.*)$/i;

/** The channel names that look like non-EEG columns. */
export function nonEegChannels(channels: readonly string[]): string[] {
  return channels.filter((name) => NON_EEG.test(name.trim()));
}

/**
 * Throws with a hint when amplitudes look like volts: EEG in µV swings tens of
 * microvolts, so a median peak-to-peak below 0.01 means the numbers are about a million
 * times too small (MNE's `get_data()` returns volts).
 */
export function checkMicrovolts(trials: readonly Samples[]): void {
  const spans = trials
    .slice(0, 50)
    .flatMap((samples) => peakToPeak(samples))
    .sort((a, b) => a - b);
  const median = spans[Math.floor(spans.length / 2)] ?? 0;
  if (median > 0 && median < 0.01) {
    throw new RangeError(
      `the trials' median peak-to-peak is ${median.toExponential(2)}: these look like volts, not microvolts. ` +
        `Multiply by 1e6 before writing the file (MNE: epochs.get_data(units="uV"), or python/export_trials.py, which does it)`,
    );
  }
}

export interface ChannelProblem {
  subject: string;
  channel: string;
  kind: "flat" | "noisy";
  /** Median peak-to-peak over the subject's trials, µV. */
  peakToPeak: number;
  /** The subject's median over all channels, µV, for comparison. */
  typical: number;
}

/**
 * Flags, per subject, channels whose median peak-to-peak (over that subject's trials) is
 * under 1% of the subject's typical channel (flat) or over 5 times it (noisy).
 */
export function findBadChannels<T extends { subject: string; samples: Samples }>(
  trials: readonly T[],
  channels: readonly string[],
): ChannelProblem[] {
  const bySubject = new Map<string, number[][]>();
  for (const trial of trials) {
    const list = bySubject.get(trial.subject) ?? [];
    list.push(peakToPeak(trial.samples));
    bySubject.set(trial.subject, list);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  const problems: ChannelProblem[] = [];
  for (const [subject, spans] of bySubject) {
    const perChannel = channels.map((_, c) => median(spans.map((row) => row[c])));
    const typical = median(perChannel);
    perChannel.forEach((value, c) => {
      if (value < 0.01 * typical)
        problems.push({ subject, channel: channels[c], kind: "flat", peakToPeak: value, typical });
      else if (value > 5 * typical)
        problems.push({ subject, channel: channels[c], kind: "noisy", peakToPeak: value, typical });
    });
  }
  return problems;
}
