/**
 * Does this project's EEGLAB reader see what MNE-Python sees? python/eeglab_mne_dump.py writes
 * what `mne.io.read_raw_eeglab` / `read_epochs_eeglab` return; this compares a reading with it:
 * channel names, sampling rate, every sample (MNE returns volts, EEGLAB stores µV), and the
 * events (onset in samples and description; for epoched files MNE's one event per epoch).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EeglabRecording } from "./eeglab";

/** One file as python/eeglab_mne_dump.py writes it. */
export interface MneFileDump {
  file: string;
  kind: "raw" | "epochs";
  channels: string[];
  sfreq: number;
  /** raw: [channels, times]; epochs: [epochs, channels, times]. */
  shape: number[];
  /** float64 little-endian volts, base64, in `shape`'s order. */
  data: string;
  /** raw: annotations; epochs: MNE's events array, one per epoch. */
  events: { onsetSamples?: number; sample?: number; duration?: number | null; description: string }[];
  tmin?: number;
}

export interface MneAgreement {
  file: string;
  kind: "raw" | "epochs";
  channels: number;
  samples: number;
  events: number;
  /** Largest |ours − MNE's| / |MNE's| over all samples (both in volts). */
  maxRelativeError: number;
  /** Every disagreement found, in words; empty when the reading agrees. */
  problems: string[];
}

/** The largest relative difference between our samples and MNE's that still counts as agreeing. */
export const SAMPLE_TOLERANCE = 1e-6;

/** MNE keeps annotation onsets to the microsecond, so onsets may differ by that much. */
const ONSET_TOLERANCE_SECONDS = 1e-6;

/** Two event names agree when equal, or when both are the same number ("65516" and "65516.0"). */
const sameName = (a: string, b: string) => a === b || (a.trim() !== "" && Number(a) === Number(b));

export function compareWithMne(ours: EeglabRecording, mne: MneFileDump): MneAgreement {
  const problems: string[] = [];
  if (ours.channels.join("\u0000") !== mne.channels.join("\u0000"))
    problems.push(`channels differ: ours ${ours.channels.join(",")}; MNE ${mne.channels.join(",")}`);
  if (ours.samplingRate !== mne.sfreq) problems.push(`sampling rate: ours ${ours.samplingRate}, MNE ${mne.sfreq}`);

  const volts = new Float64Array(new Uint8Array(Buffer.from(mne.data, "base64")).buffer);
  const channelCount = ours.channels.length;
  const points = ours.epochs?.length ?? ours.signals[0]?.length ?? 0;
  const trials = ours.epochs?.count ?? 1;
  const expectedShape = mne.kind === "epochs" ? [trials, channelCount, points] : [channelCount, points];
  let maxRelativeError = 0;
  if (mne.shape.join("×") !== expectedShape.join("×")) {
    problems.push(`shape: ours ${expectedShape.join("×")}, MNE ${mne.shape.join("×")}`);
    maxRelativeError = Number.POSITIVE_INFINITY;
  } else {
    for (let e = 0; e < trials; e++)
      for (let c = 0; c < channelCount; c++)
        for (let t = 0; t < points; t++) {
          const theirs = volts[(e * channelCount + c) * points + t];
          const mine = ours.signals[c][e * points + t] * 1e-6;
          const error =
            theirs === 0 ? (mine === 0 ? 0 : Number.POSITIVE_INFINITY) : Math.abs(mine - theirs) / Math.abs(theirs);
          if (error > maxRelativeError) maxRelativeError = error;
        }
  }

  if (maxRelativeError > SAMPLE_TOLERANCE && Number.isFinite(maxRelativeError))
    problems.push(
      `samples differ by up to ${maxRelativeError.toExponential(2)} (relative), more than ${SAMPLE_TOLERANCE}`,
    );
  else if (!Number.isFinite(maxRelativeError) && mne.shape.join("×") === expectedShape.join("×"))
    problems.push("a sample MNE reads as exactly 0 is not 0 here");

  if (mne.kind === "raw") {
    if (ours.events.length !== mne.events.length)
      problems.push(`events: ours ${ours.events.length}, MNE ${mne.events.length}`);
    const tolerance = ONSET_TOLERANCE_SECONDS * ours.samplingRate;
    ours.events.forEach((event, i) => {
      const theirs = mne.events[i];
      if (!theirs) return;
      const onset = event.latency - 1;
      if (
        !sameName(event.description, theirs.description) ||
        Math.abs(onset - (theirs.onsetSamples ?? Number.NaN)) > tolerance
      )
        problems.push(
          `event ${i + 1}: ours "${event.description}" at sample ${onset}, MNE "${theirs.description}" at ${theirs.onsetSamples}`,
        );
      if (typeof theirs.duration === "number" && Math.abs(event.duration - theirs.duration) > 1e-9)
        problems.push(`event ${i + 1}: duration ours ${event.duration} s, MNE ${theirs.duration} s`);
    });
  } else {
    // MNE makes one event per epoch: the first event's latency, named by all the epoch's types joined with "/".
    const byEpoch = Array.from({ length: trials }, (_, e) => ours.events.filter((event) => event.epoch === e + 1));
    if (mne.events.length !== trials) problems.push(`epochs with an event: MNE ${mne.events.length}, ours ${trials}`);
    byEpoch.forEach((events, e) => {
      const theirs = mne.events[e];
      if (!theirs || events.length === 0) return;
      const name = events.map((event) => event.description).join("/");
      const sample = Math.trunc(events[0].latency);
      if (name !== theirs.description || sample !== theirs.sample)
        problems.push(`epoch ${e + 1}: ours "${name}" at ${sample}, MNE "${theirs.description}" at ${theirs.sample}`);
    });
    if (mne.tmin !== undefined && Math.abs((ours.epochs?.start ?? 0) - mne.tmin) > 1e-9)
      problems.push(`epoch start: ours ${ours.epochs?.start} s, MNE ${mne.tmin} s`);
  }
  return {
    file: mne.file,
    kind: mne.kind,
    channels: channelCount,
    samples: points * trials,
    events: mne.events.length,
    maxRelativeError,
    problems,
  };
}

/** Runs python/eeglab_mne_dump.py with `python` on `files`; returns its dump per file. */
export function readWithMne(files: string[], python = "/usr/bin/python3"): MneFileDump[] {
  const folder = mkdtempSync(join(tmpdir(), "eeglab-mne-"));
  try {
    const out = join(folder, "dump.json");
    const script = fileURLToPath(new URL("../../../python/eeglab_mne_dump.py", import.meta.url));
    const run = spawnSync(python, [script, ...files, "--out", out], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`MNE could not read ${files.join(", ")}:\n${run.stderr || run.error}`);
    return (JSON.parse(readFileSync(out, "utf8")) as { files: MneFileDump[] }).files;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
