/**
 * Epoching: cutting a continuous recording into trials around its events. Each chosen
 * event becomes one trial of `[timeSteps, channels]` µV, from `window[0] - margin` to
 * `window[1] + margin` seconds around the event's onset. The margins are there for the
 * filters, which ring near a trial's ends; preprocessing crops them off again.
 */
import type { Recording } from "./edf";
import type { EventMapping } from "./events";
import type { RecordingName } from "./recording-name";
import type { LabelledStimulus, LabelRule } from "./trial-labels";
import type { Trial } from "./trials";

export interface EpochSettings {
  /** The labels the rule gives (marker, field value or response code -> label), as reports record them. */
  mapping: EventMapping;
  /** How stimuli are found and labelled (trial-labels.ts); absent: by code, with `mapping`. */
  rule?: LabelRule;
  /** Seconds [from, to) around each event that the analysis keeps. */
  window: [number, number];
  /** Seconds added before and after the window for the filters. */
  margin: number;
}

export interface Epochs {
  trials: Trial[];
  /** Time of each trial's first sample relative to its event, seconds. */
  epochStart: number;
  /** Chosen events whose epoch runs past the recording's start or end. */
  skipped: { marker: string; onset: number }[];
}

/** Number of samples in each epoch at `samplingRate`. */
export function epochLength(settings: Pick<EpochSettings, "window" | "margin">, samplingRate: number): number {
  return Math.round((settings.window[1] - settings.window[0] + 2 * settings.margin) * samplingRate);
}

/**
 * Cuts one trial per labelled stimulus (default: each event whose marker is in
 * `settings.mapping`, labelled by it). Trial ids are `<file stem>-<marker>@<onset>s`.
 * Events too close to either end are skipped and listed.
 */
export function cutEpochs(
  recording: Recording,
  name: RecordingName,
  settings: EpochSettings,
  stimuli?: readonly LabelledStimulus[],
): Epochs {
  const { samplingRate, signals } = recording;
  const epochStart = settings.window[0] - settings.margin;
  const length = epochLength(settings, samplingRate);
  const total = signals[0]?.length ?? 0;
  const trials: Trial[] = [];
  const skipped: Epochs["skipped"] = [];
  const chosen =
    stimuli ??
    recording.events.flatMap((event) => {
      const label = settings.mapping[event.description];
      return label === undefined ? [] : [{ event, label }];
    });
  for (const { event, label } of chosen) {
    const first = Math.round((event.onset + epochStart) * samplingRate);
    if (first < 0 || first + length > total) {
      skipped.push({ marker: event.description, onset: event.onset });
      continue;
    }
    const samples = Array.from({ length }, (_, t) => signals.map((signal) => signal[first + t]));
    trials.push({ id: `${name.stem}-${event.description}@${event.onset}s`, subject: name.subject, label, samples });
  }
  return { trials, epochStart, skipped };
}
