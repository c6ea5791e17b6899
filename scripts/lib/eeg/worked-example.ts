/**
 * One EDF recording taken from raw file to labelled trials, step by step, with what each
 * step removed measured on the data: the course's answer to "what did the paper do with the
 * raw data?" and "where is the choice in the batch?". The steps are the template's own
 * (preprocessing.ts), run one at a time so each can be measured; the test checks that
 * together they give exactly what preprocessTrial gives.
 */
import type { PreprocessingSettings } from "../../../lib/eeg/metadata";
import { peakToPeak } from "./artifacts";
import { baselineCorrect } from "./baseline";
import { mapChannels, type Samples } from "./channels";
import type { Recording } from "./edf";
import { cutEpochs } from "./epochs";
import type { EventMapping } from "./events";
import { bandPass, notch } from "./filters";
import { timeStepAt } from "./preprocessing";
import { recordingName } from "./recording-name";
import { averageReference } from "./reference";

/** One step: its name, the trial shape after it, and the size of what it took out. */
export interface WorkedStep {
  step: "epoch" | "drop-channels" | "notch" | "band-pass" | "baseline" | "crop" | "reference" | "decimate" | "reject";
  /** [trials, timeSteps, channels] after the step. */
  shape: [number, number, number];
  /** Root mean square of (before − after) over all trials, time steps and channels, µV; null when the step only cuts. */
  removedRmsUv: number | null;
  /** RMS of the data after the step, µV. */
  rmsUv: number;
}

export interface WorkedExample {
  file: string;
  channels: number;
  samplingRate: number;
  seconds: number;
  /** How many events of each marker the file holds. */
  markerCounts: Record<string, number>;
  /** The first events, as the file stores them. */
  firstEvents: { onset: number; duration: number; marker: string }[];
  mapping: EventMapping;
  /** One label per trial, in recording order, before rejection; and the markers they came from. */
  y: number[];
  markers: string[];
  steps: WorkedStep[];
  /** Labels of the trials kept after artefact rejection. */
  yKept: number[];
}

function rms(values: Iterable<number>): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    sum += v * v;
    n++;
  }
  return n === 0 ? 0 : Math.sqrt(sum / n);
}

function* all(trials: readonly Samples[]): Generator<number> {
  for (const trial of trials) for (const row of trial) for (const x of row) yield x;
}

function* difference(before: readonly Samples[], after: readonly Samples[]): Generator<number> {
  for (let k = 0; k < before.length; k++)
    for (let t = 0; t < before[k].length; t++)
      for (let c = 0; c < before[k][t].length; c++) yield before[k][t][c] - after[k][t][c];
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Runs the template's chain on `recording`, one step at a time. `settings` are a recorded
 * run's preprocessing (public/eeg-real/metadata.json), `rejectUv` its peak-to-peak limit,
 * `droppedChannels` the channels it left out (dropping commutes with the per-channel steps
 * before the average reference, so it is done right after cutting).
 */
export function workedExample(
  recording: Recording,
  file: string,
  mapping: EventMapping,
  settings: PreprocessingSettings,
  rejectUv: number,
  droppedChannels: readonly string[] = [],
): WorkedExample {
  const window = settings.window ?? [settings.epochStart, settings.epochStart];
  const margin = window[0] - settings.epochStart;
  const { trials } = cutEpochs(recording, recordingName(file), { mapping, window, margin });
  const dropped = recording.channels.flatMap((name, c) => (droppedChannels.includes(name) ? [c] : []));
  const { steps, kept } = runSteps(
    trials.map((trial) => trial.samples),
    settings,
    rejectUv,
    dropped,
  );
  const markerCounts: Record<string, number> = {};
  for (const event of recording.events) markerCounts[event.description] = (markerCounts[event.description] ?? 0) + 1;
  const y = trials.map((trial) => trial.label);
  return {
    file,
    channels: recording.channels.length,
    samplingRate: recording.samplingRate,
    seconds: round((recording.signals[0]?.length ?? 0) / recording.samplingRate),
    markerCounts,
    firstEvents: recording.events
      .slice(0, 6)
      .map((event) => ({ onset: event.onset, duration: event.duration, marker: event.description })),
    mapping,
    y,
    markers: trials.map((trial) => trial.id.split("-").at(-1)!.split("@")[0]),
    steps,
    yKept: y.filter((_, k) => kept[k]),
  };
}

/**
 * The template's chain on `[trials][timeSteps][channels]` µV epochs, one step at a time,
 * measuring each. `preprocessed` is every trial after the chain (what preprocessTrial
 * gives), `kept` which of them pass the peak-to-peak limit.
 */
export function runSteps(
  trials: readonly Samples[],
  settings: PreprocessingSettings,
  rejectUv: number,
  droppedChannels: readonly number[] = [],
): { steps: WorkedStep[]; kept: boolean[]; preprocessed: number[][][] } {
  const steps: WorkedStep[] = [];
  let data: number[][][] = trials.map((trial) => trial.map((row) => [...row]));
  const record = (step: WorkedStep["step"], next: number[][][], measured: boolean) => {
    steps.push({
      step,
      shape: [next.length, next[0]?.length ?? 0, next[0]?.[0]?.length ?? 0],
      removedRmsUv: measured ? round(rms(difference(data, next))) : null,
      rmsUv: round(rms(all(next))),
    });
    data = next;
  };
  record("epoch", data, false);
  if (droppedChannels.length > 0)
    record(
      "drop-channels",
      data.map((trial) => trial.map((row) => row.filter((_, c) => !droppedChannels.includes(c)))),
      false,
    );
  const { samplingRate, notchHz, band, filterOrder } = settings;
  const window = settings.window ?? [settings.epochStart, settings.epochStart];
  if (notchHz !== null)
    record(
      "notch",
      data.map((trial) => mapChannels(trial, (signal) => notch(signal, samplingRate, notchHz))),
      true,
    );
  if (band !== null)
    record(
      "band-pass",
      data.map((trial) => mapChannels(trial, (signal) => bandPass(signal, samplingRate, band, filterOrder))),
      true,
    );
  const baseline = settings.baseline;
  if (baseline !== null)
    record(
      "baseline",
      data.map((trial) => baselineCorrect(trial, timeStepAt(baseline[0], settings), timeStepAt(baseline[1], settings))),
      true,
    );
  if (settings.window !== null) {
    const [from, to] = [timeStepAt(window[0], settings), timeStepAt(window[1], settings)];
    record(
      "crop",
      data.map((trial) => trial.slice(from, to)),
      false,
    );
  }
  if (settings.reference === "average") record("reference", data.map(averageReference), true);
  record(
    "decimate",
    data.map((trial) => trial.filter((_, t) => t % settings.decimate === 0)),
    false,
  );
  const kept = data.map((trial) => Math.max(...peakToPeak(trial)) <= rejectUv);
  const preprocessed = data;
  record(
    "reject",
    data.filter((_, k) => kept[k]),
    false,
  );
  return { steps, kept, preprocessed };
}
