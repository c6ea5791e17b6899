/**
 * From a trial source to trials ready for a model: channel choice (non-EEG columns and
 * --drop-channels out), the units check, the preprocessing chain on every trial, the
 * bad-channel report and peak-to-peak rejection with a per-subject summary. Everything
 * a user should know about their data is returned as notes to print.
 */
import { createHash } from "node:crypto";
import type { PreprocessingSettings } from "../../../lib/eeg/metadata";
import { describeRejections, type Rejection, rejectArtifacts } from "./artifacts";
import { type ChannelProblem, checkMicrovolts, findBadChannels, nonEegChannels } from "./channel-check";
import type { EpochSettings } from "./epochs";
import { checkPreprocessing, preprocessTrial, timeStepAt } from "./preprocessing";
import { describeCounts, describeExclusions } from "./trial-labels";
import { readTrialChunks, type SourceOptions } from "./trial-source";
import type { Trial } from "./trials";

/** A time range flag: explicit seconds, none, or "auto" (use the default if the trials allow it). */
export type TimeRange = [number, number] | null | "auto";

export interface PreparationOptions {
  data: string;
  source: SourceOptions;
  /** Channels to leave out, by name. */
  dropChannels: string[];
  /** Channels to leave out where the recording has them (EOG and bad-channel lists); absent ones are named in the log. */
  dropIfPresent?: string[];
  /** If given, keep only these channels (by name), in this order. */
  onlyChannels?: string[];
  /** Keep channels that look like non-EEG columns (time, trigger, EOG, ...). */
  keepNonEeg: boolean;
  preprocessing: Omit<PreprocessingSettings, "samplingRate" | "epochStart" | "baseline" | "window"> & {
    baseline: TimeRange;
    window: TimeRange;
  };
  rejectUv: number | null;
  log: (line: string) => void;
}

export interface PreparedTrials {
  /** Channels kept, in model input order. */
  channels: string[];
  droppedChannels: string[];
  settings: PreprocessingSettings;
  /** Preprocessed trials that passed rejection: `[outputTimeSteps, channels]` µV. */
  trials: Trial[];
  /** All trials read, before rejection. */
  total: number;
  rejected: Rejection[];
  rejectionBySubject: Record<string, { trials: number; rejected: number }>;
  badChannels: ChannelProblem[];
  sha256: string;
  /** Raw trials' artefact notes (the synthetic demo writes them), by trial id. */
  artifacts: Map<string, string[]>;
}

const DEFAULT_BASELINE: [number, number] = [-0.2, 0];
const DEFAULT_WINDOW: [number, number] = [-0.2, 0.8];

/**
 * Resolves "auto" baseline and window against trials running from `epochStart` for
 * `timeSteps` samples, and says what was decided when the defaults did not fit.
 */
export function resolveTimeRanges(
  requested: { baseline: TimeRange; window: TimeRange },
  timing: { samplingRate: number; epochStart: number },
  timeSteps: number,
): { baseline: [number, number] | null; window: [number, number] | null; notes: string[] } {
  const end = timing.epochStart + timeSteps / timing.samplingRate;
  const fits = (range: [number, number]) =>
    timeStepAt(range[0], timing) >= 0 && timeStepAt(range[1], timing) <= timeSteps;
  const notes: string[] = [];
  let baseline = requested.baseline === "auto" ? DEFAULT_BASELINE : requested.baseline;
  if (requested.baseline === "auto" && !fits(DEFAULT_BASELINE)) {
    baseline = null;
    notes.push(
      `no baseline correction: the trials start at ${timing.epochStart} s, with no 0.2 s before the event to use as a baseline. ` +
        `Slow drifts then stay in the trials (the high-pass removes some); cut trials that start before the event to have one`,
    );
  }
  let window = requested.window === "auto" ? DEFAULT_WINDOW : requested.window;
  if (requested.window === "auto" && !fits(DEFAULT_WINDOW)) {
    window = null;
    notes.push(
      `whole trials kept (${timing.epochStart} to ${end} s): there is no room for the default window -0.2..0.8 s plus margins. ` +
        `Filters ring near a trial's ends, so the first and last second or so are distorted; cut trials with a margin on both sides, or give --window FROM,TO inside them`,
    );
  }
  if (window && window[0] <= timing.epochStart && window[1] >= end - 1e-9) {
    notes.push(
      "the window is the whole trial: no filter margin is cropped, so filter ringing at the ends stays in the data",
    );
  }
  return { baseline, window, notes };
}

/** Reads, checks and preprocesses every trial of `options.data`. */
export async function prepareTrials(options: PreparationOptions): Promise<PreparedTrials> {
  const hash = createHash("sha256");
  let channels: string[] | null = null;
  let keep: number[] = [];
  let dropped: string[] = [];
  let settings: PreprocessingSettings | null = null;
  const trials: Trial[] = [];
  const artifacts = new Map<string, string[]>();

  for await (const chunk of readTrialChunks(options.data, options.source, hash)) {
    if (channels === null) {
      for (const [flag, names] of [
        ["--drop-channels", options.dropChannels],
        ["--channels", options.onlyChannels ?? []],
      ] as const) {
        const unknown = names.filter((name) => !chunk.channels.includes(name));
        if (unknown.length)
          throw new RangeError(
            `${flag}: no channel ${unknown.join(", ")} in ${chunk.source} (channels: ${chunk.channels.join(" ")})`,
          );
      }
      const nonEeg = options.keepNonEeg ? [] : nonEegChannels(chunk.channels);
      if (nonEeg.length)
        options.log(
          `left out ${nonEeg.join(", ")}: ${nonEeg.length === 1 ? "it looks" : "they look"} like non-EEG columns (time, trigger, eye, heart or reference channels), which would distort the average reference. --keep-non-eeg keeps them`,
        );
      const listed = (options.dropIfPresent ?? []).filter((name) => chunk.channels.includes(name));
      const absent = (options.dropIfPresent ?? []).filter((name) => !chunk.channels.includes(name));
      if (listed.length) options.log(`left out (EOG and bad-channel lists): ${listed.join(", ")}`);
      if (absent.length) options.log(`not in ${chunk.source}, so not left out: ${absent.join(", ")}`);
      dropped = [...new Set([...options.dropChannels, ...listed, ...nonEeg])];
      channels = (options.onlyChannels?.length ? options.onlyChannels : chunk.channels).filter(
        (name) => !dropped.includes(name),
      );
      if (options.onlyChannels?.length) dropped = chunk.channels.filter((name) => !channels!.includes(name));
      if (channels.length === 0) throw new RangeError("every channel was left out; nothing to train on");
      keep = channels.map((name) => chunk.channels.indexOf(name));
      const timeSteps = chunk.trials[0].samples.length;
      const ranges = resolveTimeRanges(options.preprocessing, chunk, timeSteps);
      ranges.notes.forEach((note) => options.log(`note: ${note}`));
      settings = {
        ...options.preprocessing,
        samplingRate: chunk.samplingRate,
        epochStart: chunk.epochStart,
        baseline: ranges.baseline,
        window: ranges.window,
      };
      checkPreprocessing(settings, timeSteps);
      if (settings.reference === "average" && channels.length < 32) {
        options.log(
          `note: average reference over ${channels.length} channels: it approximates a neutral reference only with many electrodes spread evenly over the head (32 or more); with few it mixes every channel into every other. --reference as-recorded keeps the recording's own`,
        );
      }
      checkMicrovolts(chunk.trials.map((trial) => trial.samples.map((row) => keep.map((c) => row[c]))));
    } else {
      const missing = channels.filter((name) => !chunk.channels.includes(name));
      if (missing.length)
        throw new RangeError(
          `${chunk.source} lacks channel ${missing.join(", ")}, which the first file has; give --drop-channels ${missing.join(",")} to leave them out everywhere`,
        );
      keep = channels.map((name) => chunk.channels.indexOf(name));
      if (chunk.samplingRate !== settings!.samplingRate || Math.abs(chunk.epochStart - settings!.epochStart) > 1e-9) {
        throw new RangeError(
          `${chunk.source}: ${chunk.samplingRate} Hz from ${chunk.epochStart} s, but the first file is ${settings!.samplingRate} Hz from ${settings!.epochStart} s; resample to one rate first`,
        );
      }
    }
    for (const trial of chunk.trials) {
      if (trial.artifacts?.length) artifacts.set(trial.id, trial.artifacts);
      const samples = trial.samples.map((row) => keep.map((c) => row[c]));
      trials.push({
        id: trial.id,
        subject: trial.subject,
        label: trial.label,
        samples: preprocessTrial(samples, settings!),
      });
    }
  }
  const tally = options.source.tally;
  if (channels === null || settings === null || trials.length === 0) {
    if (tally && options.source.epochs)
      throw new RangeError(
        `${options.data}: no stimulus matched ${stimulusNames(options.source.epochs)}; the codes present are ${describeCounts(tally.markers, 40)}`,
      );
    throw new RangeError(`${options.data}: no trials found`);
  }

  const badChannels = findBadChannels(trials, channels);
  for (const problem of badChannels) {
    options.log(
      `channel check: subject ${problem.subject}, ${problem.channel} is ${problem.kind} (median peak-to-peak ${problem.peakToPeak.toFixed(1)} µV, typical channel ${problem.typical.toFixed(1)} µV)`,
    );
  }
  if (badChannels.length)
    options.log(
      `  a ${badChannels.some((p) => p.kind === "noisy") ? "noisy" : "flat"} channel is usually a loose or broken electrode: drop it everywhere with --drop-channels ${[...new Set(badChannels.map((p) => p.channel))].join(",")}`,
    );

  const report = rejectArtifacts(trials, channels, options.rejectUv ?? Infinity);
  const rejectionBySubject: PreparedTrials["rejectionBySubject"] = {};
  for (const trial of trials) {
    rejectionBySubject[trial.subject] ??= { trials: 0, rejected: 0 };
    rejectionBySubject[trial.subject].trials++;
  }
  for (const r of report.rejected) rejectionBySubject[r.subject].rejected++;
  if (options.rejectUv !== null) {
    options.log(describeRejections(report));
    for (const [subject, counts] of Object.entries(rejectionBySubject)) {
      const mine = report.rejected.filter((r) => r.subject === subject);
      const byChannel = new Map<string, number>();
      for (const r of mine) byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + 1);
      const [worst, count] = [...byChannel].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
      options.log(
        `  ${subject}: ${counts.rejected} of ${counts.trials} rejected${count ? ` (${count} by ${worst})` : ""}` +
          (counts.rejected > counts.trials / 3 && count > mine.length / 2
            ? `  <- one channel drives most of this subject's rejections; if it is broken, --drop-channels ${worst}`
            : ""),
      );
    }
  }
  if (tally) {
    const excluded = { ...tally.excluded, ...(report.rejected.length ? { rejected: report.rejected.length } : {}) };
    options.log(
      `trials: ${tally.stimuli} stimuli, ${report.kept.length} kept; left out: ${describeExclusions(excluded)}`,
    );
    if (Object.keys(tally.unmapped).length)
      options.log(`  not in the mapping (left out): ${describeCounts(tally.unmapped)}`);
  }
  return {
    channels,
    droppedChannels: dropped,
    settings,
    trials: report.kept,
    total: trials.length,
    rejected: report.rejected,
    rejectionBySubject,
    badChannels,
    sha256: hash.digest("hex"),
    artifacts,
  };
}

/** "0400" or "T1, T2": the codes a rule looks for. */
function stimulusNames(epochs: EpochSettings): string {
  const rule = epochs.rule;
  return (rule === undefined || rule.kind === "code" ? Object.keys(epochs.mapping) : rule.stimuli).join(", ");
}
