/**
 * Writes the synthetic miniature of OpenNeuro ds003766 (food choice) as a BIDS dataset:
 * scripts/lib/eeg/foodchoice-mini*.ts, documented in scripts/lib/eeg/foodchoice-mini.md.
 * Run `npm run make-foodchoice-mini -- --help` for the flags.
 */
import { runMain } from "./lib/cli";
import { DEFAULT_MINI_OPTIONS, miniDefects } from "./lib/eeg/foodchoice-mini";
import { writeFoodchoiceMini } from "./lib/eeg/foodchoice-mini-files";
import { defineCommand, parseFlags } from "./lib/flags";

export const COMMAND = defineCommand({
  name: "make-foodchoice-mini",
  summary: "Write a small synthetic BIDS dataset laid out like ds003766's food-choice task (EEGLAB .set + .fdt).",
  flags: {
    out: { type: "string", default: "data/foodchoice-mini", valueName: "DIR", help: "dataset root to write" },
    subjects: { type: "integer", default: DEFAULT_MINI_OPTIONS.subjects, min: 1, max: 99, help: "participants" },
    trials: { type: "integer", default: DEFAULT_MINI_OPTIONS.trials, min: 4, help: "trials per participant" },
    rate: { type: "integer", default: DEFAULT_MINI_OPTIONS.samplingRate, min: 100, help: "EEG samples per second" },
    seed: { type: "integer", default: DEFAULT_MINI_OPTIONS.seed, min: 0, help: "the same seed writes the same files" },
  },
  epilogue: `Each trial: fixation (marker 0000, 0001, ...), the two foods appear (0400), a click on the
left (0500) or right (0501) picture; IEND at the start and end, one boundary where the recording
paused. Left and right choices differ in the EEG after 0400 (a lateralized negativity and mu
suppression opposite the chosen side) and in the mouse trajectories. Planted defects: one lost
0400, one lost response marker, one trial without a click. Then, for example:
  npm run train-sequences -- --data data/foodchoice-mini --task foodchoice ...`,
});

async function main(argv: string[]): Promise<void> {
  const values = parseFlags(COMMAND, argv);
  if (values === null) return;
  const started = Date.now();
  const options = { subjects: values.subjects, trials: values.trials, samplingRate: values.rate, seed: values.seed };
  const written = await writeFoodchoiceMini(values.out, options);
  const defects = miniDefects(written.options);
  for (const subject of written.subjects) {
    const choices = subject.trials.filter((t) => t.response !== null);
    const left = choices.filter((t) => t.response === "left").length;
    console.log(
      `sub-${subject.label}: ${subject.trials.length} trials (${left} left, ${choices.length - left} right, ` +
        `${subject.trials.length - choices.length} without a click), ${(subject.length / values.rate).toFixed(1)} s, ${subject.events.length} markers`,
    );
  }
  const listed = (entries: Record<string, number>) =>
    Object.entries(entries)
      .map(([subject, trial]) => `sub-${subject} trialIndex ${trial}`)
      .join(", ");
  console.log(
    `defects: lost 0400 ${listed(defects.lostStimulus)}; lost response marker ${listed(defects.lostResponse)}; ` +
      `no click ${listed(defects.noResponse)}`,
  );
  console.log(`wrote ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

runMain(import.meta.url, main);
