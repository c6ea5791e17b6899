/**
 * Writes EEGLAB datasets: a `.set` (MATLAB 5.0 MAT-file, mat-file-writer.ts) and, unless the
 * samples go inside it, a `.fdt` beside it (float32, channels × samples, column-major). The
 * fields are the ones `pop_saveset` writes, as separate variables (EEGLAB 2019 and later) or,
 * with `layout: "struct"`, inside one `EEG` variable (older EEGLAB, e.g. its sample data).
 * Made for fixtures and the ds003766 miniature: this project's reader and MNE read them alike.
 */
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { EeglabEpochs } from "./eeglab";
import type { MatValue } from "./mat-file";
import { matCellRow, matEmpty, matRow, matScalar, matStructRow, matText, writeMatFile } from "./mat-file-writer";

/** One event to write. `latency` is EEGLAB's: 1-based samples, over all epochs. */
export interface EventToWrite {
  type: string | number;
  latency: number;
  /** Samples (EEGLAB's unit); written as 0 when not given. */
  duration?: number;
  /** 1-based epoch, for epoched datasets. */
  epoch?: number;
  /** Further fields (`position`, `urevent`, ...): text, number, or null for `[]`. */
  extra?: Record<string, string | number | null>;
}

export interface DatasetToWrite {
  channels: string[];
  /** `chanlocs.type` per channel ("EEG", "EOG"); "" leaves it empty. */
  channelTypes?: string[];
  samplingRate: number;
  /** `[channels][points · trials]`, µV, epochs end to end. */
  signals: Float32Array[];
  epochs?: EeglabEpochs | null;
  events: EventToWrite[];
  /** `EEG.ref`, default "common". */
  reference?: string;
  setname?: string;
}

export interface WriteOptions {
  /** Samples inside the `.set` (as single) instead of a `.fdt`. */
  samplesInSet?: boolean;
  /** "fields" (one variable per field, EEGLAB ≥ 2019, the default) or "struct" (one `EEG` variable). */
  layout?: "fields" | "struct";
  /** zlib-compress the variables (MATLAB -v7, default) or not (-v6). */
  compress?: boolean;
}

const plain = (value: string | number | null): MatValue =>
  value === null ? matEmpty() : typeof value === "number" ? matScalar(value) : matText(value);

/** Writes `setPath` and, unless `samplesInSet`, the `.fdt` of the same name. */
export async function writeEeglab(setPath: string, dataset: DatasetToWrite, options: WriteOptions = {}): Promise<void> {
  const channelCount = dataset.channels.length;
  const epochs = dataset.epochs ?? null;
  const total = dataset.signals[0]?.length ?? 0;
  const trials = epochs?.count ?? 1;
  const points = epochs ? epochs.length : total;
  if (dataset.signals.length !== channelCount) throw new RangeError("one signal per channel");
  if (points * trials !== total) throw new RangeError(`${total} samples are not ${trials} epochs of ${points}`);
  const xmin = epochs?.start ?? 0;
  const fdtName = basename(setPath).replace(/\.set$/i, ".fdt");

  const interleaved = new Float32Array(channelCount * total);
  for (let c = 0; c < channelCount; c++) {
    const signal = dataset.signals[c];
    for (let s = 0; s < total; s++) interleaved[c + s * channelCount] = signal[s];
  }
  const samples: MatValue = options.samplesInSet
    ? {
        kind: "numeric",
        className: "single",
        dims: trials > 1 ? [channelCount, points, trials] : [channelCount, points],
        data: interleaved,
        imag: null,
      }
    : matText(fdtName);

  const events = dataset.events.map((event) =>
    Object.fromEntries([
      ["type", plain(event.type)],
      ["latency", matScalar(event.latency)],
      ["duration", matScalar(event.duration ?? 0)],
      ...(event.epoch !== undefined ? [["epoch", matScalar(event.epoch)]] : []),
      ...Object.entries(event.extra ?? {}).map(([key, value]) => [key, plain(value)]),
    ]),
  );
  const epochList = epochs
    ? Array.from({ length: trials }, (_, e) => {
        const inside = dataset.events.map((event, k) => ({ event, k })).filter(({ event }) => event.epoch === e + 1);
        return {
          event: matRow(inside.map(({ k }) => k + 1)),
          eventtype: matCellRow(inside.map(({ event }) => plain(event.type))),
          eventlatency: matCellRow(
            inside.map(({ event }) =>
              matScalar(((event.latency - 1 - e * points) / dataset.samplingRate + xmin) * 1000),
            ),
          ),
        };
      })
    : [];

  const fields = new Map<string, MatValue>([
    ["setname", matText(dataset.setname ?? basename(setPath, ".set"))],
    ["filename", matText(basename(setPath))],
    ["filepath", matText("")],
    ["subject", matText("")],
    ["group", matText("")],
    ["condition", matText("")],
    ["session", matEmpty()],
    ["comments", matText("")],
    ["nbchan", matScalar(channelCount)],
    ["trials", matScalar(trials)],
    ["pnts", matScalar(points)],
    ["srate", matScalar(dataset.samplingRate)],
    ["xmin", matScalar(xmin)],
    ["xmax", matScalar(xmin + (points - 1) / dataset.samplingRate)],
    ["times", matRow(Array.from({ length: points }, (_, i) => (xmin + i / dataset.samplingRate) * 1000))],
    ["data", samples],
    ["icaact", matEmpty()],
    ["icawinv", matEmpty()],
    ["icasphere", matEmpty()],
    ["icaweights", matEmpty()],
    ["icachansind", matEmpty()],
    [
      "chanlocs",
      matStructRow(
        dataset.channels.map((label, i) => ({
          labels: matText(label),
          type: matText(dataset.channelTypes?.[i] ?? ""),
          urchan: matScalar(i + 1),
          ref: matText(""),
        })),
      ),
    ],
    ["urchanlocs", matEmpty()],
    [
      "chaninfo",
      matStructRow([
        {
          plotrad: matEmpty(),
          shrink: matEmpty(),
          nosedir: matText("+X"),
          nodatchans: matEmpty(),
          icachansind: matEmpty(),
        },
      ]),
    ],
    ["ref", matText(dataset.reference ?? "common")],
    ["event", matStructRow(events, ["type", "latency", "duration"])],
    ["urevent", matEmpty()],
    ["eventdescription", matCellRow([])],
    ["epoch", epochs ? matStructRow(epochList) : matEmpty()],
    ["epochdescription", matCellRow([])],
    ["reject", matEmpty()],
    ["stats", matEmpty()],
    ["specdata", matEmpty()],
    ["specicaact", matEmpty()],
    ["splinefile", matText("")],
    ["icasplinefile", matText("")],
    ["dipfit", matEmpty()],
    ["history", matText("")],
    ["saved", matText("justloaded")],
    ["etc", matEmpty()],
    ["datfile", options.samplesInSet ? matText("") : matText(fdtName)],
  ]);
  const variables =
    options.layout === "struct"
      ? new Map<string, MatValue>([
          [
            "EEG",
            { kind: "struct", dims: [1, 1], fieldNames: [...fields.keys()], elements: [fields], objectClass: null },
          ],
        ])
      : fields;
  await writeFile(setPath, writeMatFile(variables, { compress: options.compress }));
  if (!options.samplesInSet)
    await writeFile(setPath.replace(/\.set$/i, ".fdt"), Buffer.from(interleaved.buffer, 0, interleaved.byteLength));
}
