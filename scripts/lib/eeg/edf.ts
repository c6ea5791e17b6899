/**
 * A reader for continuous recordings in EDF, EDF+ and BDF, written against the
 * specifications (edfplus.info: "EDF+ specification", section 2; BioSemi's BDF: the same
 * header with 24-bit samples). No Node package reads these files with annotations, and
 * the format is small enough to read directly.
 *
 * Layout: a 256-byte header, then 256 bytes per signal (each field for all signals in
 * turn), then data records. Each record holds, signal after signal, that signal's
 * samples as little-endian integers (16-bit in EDF, 24-bit in BDF), scaled to physical
 * units by the header's digital and physical ranges.
 *
 * EDF+ keeps its events ("annotations") in a signal named "EDF Annotations" (BDF+:
 * "BDF Annotations"), as Time-stamped Annotation Lists (TALs):
 *
 *   +onset[\x15duration]\x14text\x14[text\x14...]\x00
 *
 * The first TAL of each record only says when the record starts (empty text).
 */

/** One event: an annotation from the recording or a row of a BIDS events.tsv. */
export interface RecordingEvent {
  /** Seconds from the start of the recording. */
  onset: number;
  /** Seconds, 0 when not given. */
  duration: number;
  /** The marker text, e.g. "T1", or the value of the chosen events.tsv column. */
  description: string;
}

/** A continuous multichannel recording, in microvolts. */
export interface Recording {
  /** "EDF", "EDF+C", "BDF", ... */
  format: string;
  /** Signal labels, trailing dots and spaces removed ("Fc5." -> "Fc5"). */
  channels: string[];
  /** Physical unit as written in the file, per channel ("uV", "mV", "V", ...). */
  units: string[];
  /** Samples per second, the same for every signal (annotations excepted). */
  samplingRate: number;
  /** `[channels][samples]`, converted to µV when the unit is V, mV, µV or nV. */
  signals: Float32Array[];
  events: RecordingEvent[];
}

/** A problem in a recording file; the message names the file and the field. */
export class RecordingFormatError extends Error {
  override name = "RecordingFormatError";
}

/** Factor from a physical dimension to µV, or null for units that are not voltages. */
export function toMicrovolts(unit: string): number | null {
  const u = unit.trim().replace("μ", "µ");
  const factors: Record<string, number> = { V: 1e6, mV: 1e3, uV: 1, µV: 1, nV: 1e-3 };
  return factors[u] ?? null;
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, length)
    .toString("latin1")
    .trim();

/**
 * Parses an EDF/EDF+/BDF file. `name` is used in error messages. Throws a
 * RecordingFormatError for files that are not EDF/BDF, are cut short, or are EDF+D
 * (discontinuous), which this reader does not support.
 */
export function readEdf(bytes: Uint8Array, name: string): Recording {
  const fail = (message: string): never => {
    throw new RecordingFormatError(`${name}: ${message}`);
  };
  if (bytes.length < 256) fail(`only ${bytes.length} bytes, shorter than an EDF header (256)`);
  const isBdf = bytes[0] === 0xff && ascii(bytes, 1, 7) === "BIOSEMI";
  if (!isBdf && ascii(bytes, 0, 8) !== "0")
    fail(`not an EDF or BDF file (version field "${ascii(bytes, 0, 8)}", expected "0")`);
  const number = (from: number, length: number, field: string) => {
    const text = ascii(bytes, from, length);
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) fail(`header field "${field}" is "${text}", not a number`);
    return value;
  };
  const headerBytes = number(184, 8, "header bytes");
  const reserved = ascii(bytes, 192, 44);
  if (reserved.startsWith("EDF+D") || reserved.startsWith("BDF+D"))
    fail(
      "EDF+D (discontinuous) recordings are not supported: export it as continuous (EDF+C), or convert it with python/export_trials.py",
    );
  let records = number(236, 8, "number of data records");
  const recordSeconds = number(244, 8, "duration of a data record");
  const signalCount = number(252, 4, "number of signals");
  if (!(signalCount > 0) || headerBytes !== 256 * (signalCount + 1))
    fail(`header says ${headerBytes} header bytes for ${signalCount} signals, expected ${256 * (signalCount + 1)}`);
  if (bytes.length < headerBytes) fail(`file ends inside the header (${bytes.length} of ${headerBytes} bytes)`);

  // Each field runs over all signals before the next field starts.
  let offset = 256;
  const field = (width: number) => {
    const values = Array.from({ length: signalCount }, (_, i) => ascii(bytes, offset + i * width, width));
    offset += width * signalCount;
    return values;
  };
  const labels = field(16);
  field(80); // transducer type
  const units = field(8);
  const [physicalMin, physicalMax, digitalMin, digitalMax] = [field(8), field(8), field(8), field(8)].map((column, k) =>
    column.map((text, i) => {
      const value = Number(text);
      if (text === "" || !Number.isFinite(value))
        fail(
          `signal ${i + 1} (${labels[i]}): ${["physical minimum", "physical maximum", "digital minimum", "digital maximum"][k]} is "${text}"`,
        );
      return value;
    }),
  );
  field(80); // prefiltering
  const samplesPerRecord = field(8).map(Number);
  const sampleBytes = isBdf ? 3 : 2;
  const recordBytes = samplesPerRecord.reduce((sum, n) => sum + n * sampleBytes, 0);
  const available = Math.floor((bytes.length - headerBytes) / recordBytes);
  if (records === -1) records = available; // allowed while recording
  if (available < records)
    fail(`header promises ${records} data records but the file holds ${available}: it was cut short`);

  const isAnnotation = labels.map((label) => label === "EDF Annotations" || label === "BDF Annotations");
  const dataSignals = labels.map((_, i) => i).filter((i) => !isAnnotation[i]);
  const rates = new Set(dataSignals.map((i) => samplesPerRecord[i] / recordSeconds));
  if (rates.size > 1)
    fail(
      `signals have different sampling rates (${[...rates].join(", ")} Hz); resample them to one rate first (e.g. with MNE: python/export_trials.py)`,
    );
  const samplingRate = [...rates][0] ?? 0;

  const signals = dataSignals.map((i) => new Float32Array(records * samplesPerRecord[i]));
  const scales = dataSignals.map((i) => {
    const gain = (physicalMax[i] - physicalMin[i]) / (digitalMax[i] - digitalMin[i]);
    const micro = toMicrovolts(units[i]) ?? 1; // non-voltage signals keep their unit
    return { gain: gain * micro, offset: (physicalMin[i] - gain * digitalMin[i]) * micro };
  });
  const events: RecordingEvent[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let position = headerBytes;
  for (let r = 0; r < records; r++) {
    for (let i = 0; i < signalCount; i++) {
      const n = samplesPerRecord[i];
      if (isAnnotation[i]) {
        events.push(...parseTals(bytes.subarray(position, position + n * sampleBytes)));
      } else {
        const k = dataSignals.indexOf(i);
        const { gain, offset: shift } = scales[k];
        const target = signals[k];
        for (let s = 0; s < n; s++) {
          const at = position + s * sampleBytes;
          const digital = isBdf ? view.getUint16(at, true) | (view.getInt8(at + 2) << 16) : view.getInt16(at, true);
          target[r * n + s] = digital * gain + shift;
        }
      }
      position += n * sampleBytes;
    }
  }
  return {
    format: isBdf
      ? reserved.startsWith("BDF+")
        ? reserved.slice(0, 5)
        : "BDF"
      : reserved.startsWith("EDF+")
        ? reserved.slice(0, 5)
        : "EDF",
    channels: dataSignals.map((i) => labels[i].replace(/[.\s]+$/, "")),
    units: dataSignals.map((i) => units[i]),
    samplingRate,
    signals,
    events: events.sort((a, b) => a.onset - b.onset),
  };
}

/**
 * The events of one record's annotation bytes. Timekeeping TALs (empty text) are left
 * out. Throws on a TAL whose onset is not a signed number.
 */
export function parseTals(bytes: Uint8Array): RecordingEvent[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  const events: RecordingEvent[] = [];
  for (const tal of text.split("\x00")) {
    if (tal === "") continue;
    const [timing, ...texts] = tal.split("\x14");
    const [onsetText, durationText] = timing.split("\x15");
    if (!/^[+-]\d+(\.\d*)?$/.test(onsetText))
      throw new RecordingFormatError(`annotation onset "${onsetText}" is not a signed number of seconds`);
    for (const description of texts) {
      if (description === "") continue;
      events.push({ onset: Number(onsetText), duration: durationText ? Number(durationText) : 0, description });
    }
  }
  return events;
}
