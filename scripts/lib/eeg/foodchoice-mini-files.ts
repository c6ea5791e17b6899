/**
 * Writes the ds003766 miniature as a BIDS dataset with the real dataset's layout, file names,
 * columns and sidecar fields (from the authors' conversion notebook, `0_format/convert2bids.ipynb`
 * in github.com/andlab-um/MT-EEG-dataset): EEGLAB `.set` + `.fdt` (eeglab-writer.ts), the
 * `_events.tsv` as mne-bids wrote it and the authors trimmed it (onset, duration, trial_type;
 * written with a byte-order mark, as pandas' "utf-8-sig" does), `_channels.tsv`, `_eeg.json`,
 * and `beh/*_beh.tsv` with the trajectories as Python lists. See foodchoice-mini.md.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeEeglab } from "./eeglab-writer";
import { DEFAULT_MINI_OPTIONS, type MiniOptions, type MiniSubject, miniDefects, miniSubject } from "./foodchoice-mini";
import { MINI_CHANNELS, miniSignals } from "./foodchoice-mini-signals";

const TASK = "foodchoice";

const json = (value: unknown) => `${JSON.stringify(value, null, 4)}\n`;
/** Seconds as pandas writes them: shortest round-trip form. */
const seconds = (value: number) => String(Math.round(value * 1e6) / 1e6);
/** A Python list as PsychoPy logs it: `[0.0, -490.0, 12.5]`. */
const pythonList = (values: number[]) =>
  `[${values.map((v) => (Number.isInteger(v) ? v.toFixed(1) : String(v))).join(", ")}]`;

export interface WrittenMini {
  root: string;
  subjects: MiniSubject[];
  options: MiniOptions;
}

/** Writes the miniature into `root` (created if needed) and returns what it wrote. */
export async function writeFoodchoiceMini(root: string, partial: Partial<MiniOptions> = {}): Promise<WrittenMini> {
  const options = { ...DEFAULT_MINI_OPTIONS, ...partial };
  const defects = miniDefects(options);
  await mkdir(root, { recursive: true });
  await writeFile(
    join(root, "dataset_description.json"),
    json({
      Name: "HD-EEG task with mouse tracking (synthetic miniature of ds003766)",
      BIDSVersion: "1.6.0",
      DatasetType: "raw",
      Authors: ["lstm-reads-reviews (synthetic data; layout after Chen et al. 2022)"],
      GeneratedBy: [{ Name: "make-foodchoice-mini", Description: `seed ${options.seed}` }],
      SourceDatasets: [{ DOI: "doi:10.18112/openneuro.ds003766.v1.0.0" }],
    }),
  );
  await writeFile(
    join(root, "README"),
    "Synthetic miniature of OpenNeuro ds003766 (food choice task only). Not real EEG: see foodchoice-mini.md in lstm-reads-reviews.\n",
  );
  const subjects: MiniSubject[] = [];
  const participants = ["participant_id"];
  for (let k = 1; k <= options.subjects; k++) {
    const subject = miniSubject(k, options, defects);
    subjects.push(subject);
    participants.push(`sub-${subject.label}`);
    await writeSubject(root, subject, options, k);
  }
  await writeFile(join(root, "participants.tsv"), `${participants.join("\n")}\n`);
  return { root, subjects, options };
}

async function writeSubject(root: string, subject: MiniSubject, options: MiniOptions, k: number): Promise<void> {
  const stem = `sub-${subject.label}_task-${TASK}`;
  const eeg = join(root, `sub-${subject.label}`, "eeg");
  const beh = join(root, `sub-${subject.label}`, "beh");
  await mkdir(eeg, { recursive: true });
  await mkdir(beh, { recursive: true });
  const rate = options.samplingRate;

  await writeEeglab(join(eeg, `${stem}_eeg.set`), {
    channels: [...MINI_CHANNELS],
    channelTypes: MINI_CHANNELS.map(() => "EEG"),
    samplingRate: rate,
    signals: miniSignals(subject, options, k),
    reference: "common",
    setname: `sub-${subject.label}_task-${TASK}_eeg`,
    // pop_mffimport(..., 'code') copies each marker's code into `type` and keeps `code` too.
    events: subject.events.map((event, i) => ({
      type: event.type,
      latency: event.latency,
      extra: { code: event.type, urevent: i + 1 },
    })),
  });

  const events = ["onset\tduration\ttrial_type"];
  for (const event of subject.events) events.push(`${seconds((event.latency - 1) / rate)}\t0\t${event.type}`);
  await writeFile(join(eeg, `${stem}_events.tsv`), `\uFEFF${events.join("\n")}\n`);

  const channels = [
    "name\ttype\tunits\tlow_cutoff\thigh_cutoff\tdescription\tsampling_frequency\tstatus\tstatus_description",
  ];
  for (const name of MINI_CHANNELS)
    channels.push(`${name}\tEEG\tµV\t0.0\t${rate / 2}\tElectroEncephaloGram\t${rate}.0\tgood\tn/a`);
  await writeFile(join(eeg, `${stem}_channels.tsv`), `${channels.join("\n")}\n`);

  await writeFile(
    join(eeg, `${stem}_eeg.json`),
    json({
      TaskName: TASK,
      Manufacturer: "Electrical Geodesic Incorporated",
      PowerLineFrequency: 50,
      SamplingFrequency: rate,
      SoftwareFilters: "n/a",
      RecordingDuration: Math.round((subject.length / rate) * 1000) / 1000,
      RecordingType: "discontinuous",
      EEGReference: "E129 (Cz)",
      EEGGround: "n/a",
      EEGPlacementScheme: "n/a",
      ManufacturersModelName: "NetAmps 400",
      EEGChannelCount: MINI_CHANNELS.length,
      EOGChannelCount: 0,
      ECGChannelCount: 0,
      EMGChannelCount: 0,
      MiscChannelCount: 0,
      TriggerChannelCount: 0,
      InstitutionName: "University of Macau",
      InstitutionAddress: "Macau, China",
    }),
  );

  const rows = [
    "trialIndex\tleft_option\tright_option\tresponse\tresponse_time\txTrajectory\tyTrajectory\ttTrajectory",
  ];
  for (const trial of subject.trials)
    rows.push(
      [
        trial.trialIndex,
        trial.leftOption,
        trial.rightOption,
        trial.response ?? "", // pandas writes a missing value as an empty cell
        trial.responseTime ?? "",
        pythonList(trial.trajectory.x),
        pythonList(trial.trajectory.y),
        pythonList(trial.trajectory.t),
      ].join("\t"),
    );
  await writeFile(join(beh, `sub-${subject.label}_task-${TASK}_beh.tsv`), `${rows.join("\n")}\n`);
}
