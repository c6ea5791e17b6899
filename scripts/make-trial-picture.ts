/**
 * Writes the small JSON that the course page "Your own recordings" draws one trial from:
 * the subject's files in the dataset, the events of one trial (its fixation code, `0400`,
 * the response `0500`/`0501`), one channel's voltage around them, and the trial's row of
 * the behaviour table with its time-normalised mouse trajectory. Run it on the ds003766
 * miniature (or the real dataset); `npm run make-trial-picture -- --help`.
 */
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { TrialPicture } from "../lib/eeg/trial-picture";
import { runMain, UsageError } from "./lib/cli";
import { findBidsRecordings, readBidsRecording } from "./lib/eeg/bids";
import { timeNormalize } from "./lib/eeg/trajectories";
import { defineCommand, parseFlags } from "./lib/flags";

const command = defineCommand({
  name: "make-trial-picture",
  summary: "Write the JSON the course draws one ds003766 trial from (events, one channel, the behaviour row).",
  flags: {
    data: { type: "string", valueName: "DIR", help: "a BIDS dataset root (the ds003766 miniature)" },
    task: { type: "string", default: "foodchoice", valueName: "NAME", help: "the task- entity" },
    subject: { type: "string", default: "001", valueName: "ID", help: "the sub- entity, without sub-" },
    trial: { type: "integer", default: 2, min: 0, help: "the trial index (its fixation code, 0002 for 2)" },
    channel: { type: "string", valueName: "NAME", help: "the channel to draw (default: the first EEG channel)" },
    out: {
      type: "string",
      default: "components/eeg/own-recordings/trial-picture.json",
      valueName: "FILE",
      help: "where the JSON goes",
    },
  },
});

const TRACE_RATE = 50; // Hz: enough for a picture 340 units wide
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  if (flags.data === undefined) throw new UsageError("give --data: the ds003766 miniature's folder");
  const recordings = await findBidsRecordings(flags.data, flags.task);
  const files = recordings.find((r) => r.subject === flags.subject);
  if (!files)
    throw new UsageError(
      `no sub-${flags.subject} for task ${flags.task}; subjects: ${recordings.map((r) => r.subject).join(", ")}`,
    );
  const data = await readBidsRecording(files);
  const events = (data.events ?? data.recording.events).slice().sort((a, b) => a.onset - b.onset);
  const code = String(flags.trial).padStart(4, "0");
  const start = events.findIndex((e) => e.description === code);
  if (start < 0) throw new UsageError(`sub-${flags.subject} has no fixation event ${code}`);
  const next = events.findIndex((e, i) => i > start && /^0[0-3]\d\d$/.test(e.description));
  const trialEvents = events.slice(start, next < 0 ? undefined : next);
  const stimulus = trialEvents.find((e) => e.description === "0400");
  const response = trialEvents.find((e) => e.description === "0500" || e.description === "0501");
  if (!stimulus || !response)
    throw new UsageError(
      `trial ${flags.trial} lacks a 0400 or a response (events: ${trialEvents.map((e) => e.description).join(", ")}); pick another --trial`,
    );

  const { recording } = data;
  const channelIndex = flags.channel ? recording.channels.indexOf(flags.channel) : 0;
  if (channelIndex < 0) throw new UsageError(`no channel ${flags.channel}; channels: ${recording.channels.join(", ")}`);
  const from = trialEvents[0].onset - 0.2;
  const to = response.onset + 0.4;
  const signal = recording.signals[channelIndex];
  const values: number[] = [];
  for (let t = from; t < to; t += 1 / TRACE_RATE) {
    // the mean over each 1/TRACE_RATE s: a picture needs no more, and the mean keeps it smooth
    const [a, b] = [Math.round(t * recording.samplingRate), Math.round((t + 1 / TRACE_RATE) * recording.samplingRate)];
    let sum = 0;
    for (let i = a; i < b; i++) sum += signal[Math.min(Math.max(i, 0), signal.length - 1)];
    values.push(round(sum / Math.max(1, b - a), 1));
  }
  const row = data.behaviour?.find((r) => r.trialIndex === flags.trial) ?? null;
  const normalized = row?.trajectory ? timeNormalize(row.trajectory, 101) : null;
  const all = (await readdir(flags.data, { recursive: true })).map(String).sort();
  // the dataset's own top-level files and every file of this subject (folders left out)
  const isFile = async (file: string) => (await stat(join(flags.data!, file))).isFile();
  const layout: string[] = [];
  for (const file of all)
    if ((!file.includes(sep) || file.startsWith(`sub-${flags.subject}${sep}`)) && (await isFile(file)))
      layout.push(file);
  const picture: TrialPicture = {
    command: ["npm", "run", "make-trial-picture", "--", ...argv],
    subject: flags.subject,
    task: flags.task,
    trialIndex: flags.trial,
    layout: layout.map((file) => file.split(sep).join("/")),
    recording: {
      file: relative(flags.data, files.path).split(sep).join("/"),
      channels: recording.channels.length,
      samplingRate: recording.samplingRate,
    },
    events: trialEvents.map((e) => ({ code: e.description, time: round(e.onset - stimulus.onset) })),
    trace: {
      channel: recording.channels[channelIndex],
      start: round(from - stimulus.onset),
      rate: TRACE_RATE,
      values,
    },
    behaviour: row
      ? {
          columns: Object.keys(row.fields),
          cells: Object.fromEntries(
            Object.entries(row.fields).map(([key, cell]) => [key, cell.length > 48 ? `${cell.slice(0, 44)} …]` : cell]),
          ),
          trajectory: normalized ? normalized.map(([x, y]) => [round(x, 1), round(y, 1)] as [number, number]) : null,
        }
      : null,
  };
  await mkdir(dirname(flags.out), { recursive: true });
  await writeFile(flags.out, `${JSON.stringify(picture)}\n`);
  console.log(
    `wrote ${flags.out}: sub-${flags.subject} trial ${flags.trial}, events ${picture.events.map((e) => `${e.code}@${e.time}s`).join(" ")}, ${values.length} trace points of ${picture.trace.channel}`,
  );
}

runMain(import.meta.url, main);
