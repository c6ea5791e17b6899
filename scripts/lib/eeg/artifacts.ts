/**
 * Artefact rejection by peak-to-peak amplitude. Blinks, muscle bursts and loose
 * electrodes swing far more than brain activity (tens of microvolts), so a trial in which
 * any channel spans more than a threshold (commonly 100-150 µV) is dropped, and we say
 * which channel and by how much.
 */
import type { Samples } from "./channels";

/** Why one trial was dropped: its largest swing. */
export interface Rejection {
  trialId: string;
  subject: string;
  channel: string;
  /** Max minus min on that channel, µV. */
  peakToPeak: number;
}

export interface RejectionReport<T> {
  kept: T[];
  rejected: Rejection[];
  thresholdUv: number;
}

/** Largest minus smallest value of each channel of a `[timeSteps, channels]` trial. */
export function peakToPeak(samples: Samples): number[] {
  return samples[0].map((_, c) => {
    let min = Infinity,
      max = -Infinity;
    for (const row of samples) {
      min = Math.min(min, row[c]);
      max = Math.max(max, row[c]);
    }
    return max - min;
  });
}

/**
 * Splits trials into kept and rejected: a trial is rejected when any channel's
 * peak-to-peak amplitude exceeds `thresholdUv`. Returns new arrays; trials are not changed.
 */
export function rejectArtifacts<T extends { id: string; subject: string; samples: Samples }>(
  trials: readonly T[],
  channels: readonly string[],
  thresholdUv: number,
): RejectionReport<T> {
  const kept: T[] = [];
  const rejected: Rejection[] = [];
  for (const trial of trials) {
    const spans = peakToPeak(trial.samples);
    const worst = spans.indexOf(Math.max(...spans));
    if (spans[worst] > thresholdUv)
      rejected.push({ trialId: trial.id, subject: trial.subject, channel: channels[worst], peakToPeak: spans[worst] });
    else kept.push(trial);
  }
  return { kept, rejected, thresholdUv };
}

/** "12 of 480 trials rejected (peak-to-peak > 100 µV): Fp1 10, O1 2". */
export function describeRejections(report: RejectionReport<unknown>): string {
  const total = report.kept.length + report.rejected.length;
  const byChannel = new Map<string, number>();
  for (const { channel } of report.rejected) byChannel.set(channel, (byChannel.get(channel) ?? 0) + 1);
  const channels = [...byChannel]
    .sort((a, b) => b[1] - a[1])
    .map(([channel, count]) => `${channel} ${count}`)
    .join(", ");
  return `${report.rejected.length} of ${total} trials rejected (peak-to-peak > ${report.thresholdUv} µV)${channels ? `: worst channel ${channels}` : ""}`;
}
