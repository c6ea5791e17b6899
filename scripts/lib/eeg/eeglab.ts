/**
 * A reader for EEGLAB datasets (`.set`), the format OpenNeuro ds003766 ships. The `.set` is a
 * MATLAB 5.0 MAT-file (mat-file.ts) holding EEGLAB's `EEG` structure: either one variable
 * `EEG`, or (EEGLAB 2019 and later) each field of it as its own variable. The fields used:
 *
 * - `nbchan`, `pnts`, `trials`, `srate`, `xmin` (seconds; the first sample's time in an epoch);
 * - `chanlocs(i).labels` (and `.type`), `ref` ("common", "averef" or a channel);
 * - `data`: the samples (channels × points × trials, µV), or the name of the `.fdt` file beside
 *   the `.set` that holds them as float32, channels × (points · trials), column-major (all
 *   channels of sample 1, then all of sample 2, ...);
 * - `event(k)`: `type` (text, or a number), `latency` (1-based sample, may be fractional; in
 *   epoched data counted over the epochs laid end to end), `duration` (samples), `epoch`
 *   (which epoch, 1-based), and whatever else the experiment stored (`position`, `urevent`, ...).
 *
 * EEGLAB stores microvolts and says so nowhere; MNE assumes the same (it multiplies by 1e-6).
 */
import { open, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Recording, RecordingEvent } from "./edf";
import { type MatValue, readMatFile } from "./mat-file";
import { matNumber, matPlain, matString, type PlainValue, structElements } from "./mat-values";

/** One EEGLAB event, with every field it has. */
export interface EeglabEvent extends RecordingEvent {
  /** `type` as written: text ("square", "0400", "boundary"), or a number for numeric codes. */
  type: string | number;
  /** EEGLAB's latency: 1-based sample, may be fractional; over all epochs in epoched data. */
  latency: number;
  /** The epoch (1-based) in epoched data, else null. */
  epoch: number | null;
  /** Every field of `EEG.event`, `type` and `latency` included, as plain values. */
  fields: Record<string, PlainValue>;
}

/** How an epoched dataset is laid out; null for continuous data. */
export interface EeglabEpochs {
  count: number;
  /** Samples in each epoch (`pnts`). */
  length: number;
  /** Time of each epoch's first sample relative to its time-locking event, seconds (`xmin`). */
  start: number;
}

/** An EEGLAB dataset. `signals` is `[channels][points · trials]` in µV, epochs end to end. */
export interface EeglabRecording extends Recording {
  format: "EEGLAB";
  /** `chanlocs.type` per channel ("EEG", "EOG", ... or "" when not set). */
  channelTypes: string[];
  /** `EEG.ref`: "common", "averef", a channel name, or "" when not set. */
  reference: string;
  epochs: EeglabEpochs | null;
  /** Sorted by latency. `onset` is (latency − 1) / srate seconds; `duration` is in seconds. */
  events: EeglabEvent[];
  /** The file the samples came from: the `.fdt`, or the `.set` itself. */
  samplesFile: string;
  /** Things a user should know that did not stop the reading (e.g. a renamed `.fdt`). */
  warnings: string[];
}

/** A problem in an EEGLAB dataset; the message names the file(s). */
export class EeglabError extends Error {
  override name = "EeglabError";
}

/** The `EEG` fields of a `.set`, whichever of EEGLAB's two layouts it uses. */
export function eeglabFields(variables: Map<string, MatValue>): Map<string, MatValue> {
  const eeg = variables.get("EEG");
  if (eeg?.kind === "struct" && eeg.elements.length === 1) {
    const inner = eeg.elements[0].get("EEG"); // some exporters nest it once more
    return inner?.kind === "struct" && inner.elements.length === 1 ? inner.elements[0] : eeg.elements[0];
  }
  return variables;
}

const group = (n: number) => n.toLocaleString("en-US");

export interface ReadOptions {
  /** Called with every byte read (the `.set`, then the `.fdt` chunk by chunk), e.g. to hash the input. */
  onBytes?: (chunk: Uint8Array) => void;
}

/** Reads a `.set` and, when its samples are not inside it, the `.fdt` beside it. */
export async function readEeglab(setPath: string, options: ReadOptions = {}): Promise<EeglabRecording> {
  const bytes = await readFile(setPath);
  options.onBytes?.(bytes);
  const fields = eeglabFields(readMatFile(bytes, setPath));
  const fail = (message: string): never => {
    throw new EeglabError(`${setPath}: ${message}`);
  };
  const count = (key: string) => {
    const value = matNumber(fields.get(key));
    if (value === null || !Number.isInteger(value) || value < 0)
      fail(`EEG.${key} is ${value ?? "missing"}, not a count; is this an EEGLAB dataset?`);
    return value as number;
  };
  const channelCount = count("nbchan");
  const points = count("pnts");
  const trials = Math.max(1, count("trials"));
  const samplingRate = matNumber(fields.get("srate"));
  if (samplingRate === null || !(samplingRate > 0)) return fail("EEG.srate is missing or not positive");

  const chanlocs = structElements(fields.get("chanlocs"));
  const channels =
    chanlocs.length === channelCount
      ? chanlocs.map((c, i) => matString(c.get("labels")) ?? `EEG ${String(i).padStart(3, "0")}`)
      : Array.from({ length: channelCount }, (_, i) => `EEG ${String(i).padStart(3, "0")}`); // as MNE names them
  const channelTypes = channels.map((_, i) => matString(chanlocs[i]?.get("type")) ?? "");

  const warnings: string[] = [];
  const total = points * trials;
  const dataField = fields.get("data");
  let signals: Float32Array[];
  let samplesFile: string;
  if (dataField?.kind === "numeric") {
    if (dataField.data.length !== channelCount * total)
      fail(
        `EEG.data holds ${group(dataField.data.length)} values, but nbchan × pnts × trials is ${channelCount} × ${points} × ${trials}`,
      );
    signals = deinterleave(dataField.data, channelCount, total);
    samplesFile = setPath;
  } else {
    const named = matString(dataField) || matString(fields.get("datfile")) || "";
    const fdt = await findFdt(setPath, named, channelCount * total * 4, warnings);
    signals = await readFdt(setPath, fdt, channelCount, total, warnings, options.onBytes);
    samplesFile = fdt;
  }

  const events = readEvents(fields.get("event"), samplingRate);
  return {
    format: "EEGLAB",
    channels,
    units: channels.map(() => "uV"),
    samplingRate,
    signals,
    events,
    channelTypes,
    reference: matString(fields.get("ref")) ?? String(matNumber(fields.get("ref")) ?? ""),
    epochs: trials > 1 ? { count: trials, length: points, start: matNumber(fields.get("xmin")) ?? 0 } : null,
    samplesFile,
    warnings,
  };
}

/**
 * The `.fdt` a `.set` names; like EEGLAB and MNE, falls back to the `.set`'s own name with
 * `.fdt` (files renamed after saving). Throws, naming both files and the expected size, when
 * neither is there.
 */
async function findFdt(setPath: string, named: string, expectedBytes: number, warnings: string[]): Promise<string> {
  const sameName = setPath.replace(/\.set$/i, ".fdt");
  const candidates = [...new Set(named ? [join(dirname(setPath), basename(named)), sameName] : [sameName])];
  for (const candidate of candidates) {
    if (await stat(candidate).catch(() => null)) {
      if (candidate !== candidates[0])
        warnings.push(`EEG.data names ${named}, which is not there; read ${basename(candidate)} instead`);
      return candidate;
    }
  }
  const setBytes = (await stat(setPath)).size;
  throw new EeglabError(
    `${setPath} (${group(setBytes)} bytes) keeps its samples in ${candidates.join(" or ")}, which should hold ` +
      `${group(expectedBytes)} bytes, but the file is missing (0 bytes): copy the .fdt beside the .set`,
  );
}

/**
 * Reads float32 samples, channels × samples column-major, into one array per channel, a
 * chunk at a time (a ds003766 recording's `.fdt` is several hundred MB).
 */
async function readFdt(
  setPath: string,
  fdt: string,
  channels: number,
  samples: number,
  warnings: string[],
  onBytes?: (chunk: Uint8Array) => void,
): Promise<Float32Array[]> {
  const expected = channels * samples * 4;
  const size = (await stat(fdt)).size;
  const setSize = (await stat(setPath)).size;
  if (size < expected)
    throw new EeglabError(
      `${fdt} holds ${group(size)} bytes, but ${setPath} (${group(setSize)} bytes) says it has ` +
        `${channels} channels × ${group(samples)} samples of float32 = ${group(expected)} bytes: the .fdt is cut short or belongs to another .set`,
    );
  if (size > expected)
    warnings.push(
      `${fdt} holds ${group(size)} bytes, ${group(size - expected)} more than ${setPath} describes; the rest is ignored`,
    );
  const signals = Array.from({ length: channels }, () => new Float32Array(samples));
  const frameBytes = channels * 4;
  const framesPerChunk = Math.max(1, Math.floor((16 << 20) / frameBytes));
  const buffer = Buffer.alloc(framesPerChunk * frameBytes);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const file = await open(fdt, "r");
  try {
    for (let first = 0; first < samples; first += framesPerChunk) {
      const frames = Math.min(framesPerChunk, samples - first);
      const { bytesRead } = await file.read(buffer, 0, frames * frameBytes, first * frameBytes);
      if (bytesRead < frames * frameBytes) throw new EeglabError(`${fdt}: ended early while reading`);
      onBytes?.(buffer.subarray(0, bytesRead));
      for (let f = 0; f < frames; f++)
        for (let c = 0; c < channels; c++) signals[c][first + f] = view.getFloat32((f * channels + c) * 4, true);
    }
  } finally {
    await file.close();
  }
  return signals;
}

/** Column-major channels × samples values to one Float32Array per channel. */
function deinterleave(data: Float32Array | Float64Array, channels: number, samples: number): Float32Array[] {
  return Array.from({ length: channels }, (_, c) => {
    const out = new Float32Array(samples);
    for (let s = 0; s < samples; s++) out[s] = data[c + s * channels];
    return out;
  });
}

/** `EEG.event` as events with all their fields, sorted by latency (stable). */
function readEvents(value: MatValue | undefined, samplingRate: number): EeglabEvent[] {
  const events = structElements(value).map((element, index): EeglabEvent => {
    const fields: Record<string, PlainValue> = {};
    for (const [key, field] of element) fields[key] = matPlain(field);
    const rawType = fields.type;
    const type = typeof rawType === "number" ? rawType : typeof rawType === "string" ? rawType : "";
    const latency = typeof fields.latency === "number" ? fields.latency : Number.NaN;
    if (!Number.isFinite(latency)) throw new EeglabError(`event ${index + 1} (type "${type}") has no numeric latency`);
    const durationSamples = typeof fields.duration === "number" ? fields.duration : 0;
    return {
      type,
      latency,
      epoch: typeof fields.epoch === "number" ? fields.epoch : null,
      fields,
      onset: (latency - 1) / samplingRate,
      duration: durationSamples / samplingRate,
      description: String(type),
    };
  });
  return events.sort((a, b) => a.latency - b.latency);
}
