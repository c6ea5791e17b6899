/**
 * Writes a synthetic EEG trial file (scripts/lib/eeg/synthetic-eeg.ts) for trying the sequence
 * template end to end. Run `npm run make-eeg-demo -- --help` for the flags.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { runMain } from "./lib/cli";
import { DEFAULT_DEMO_PATH, syntheticEeg } from "./lib/eeg/synthetic-eeg";
import { formatTrialCsv } from "./lib/eeg/trials-csv";
import { defineCommand, parseFlags } from "./lib/flags";

const command = defineCommand({
  name: "make-eeg-demo",
  summary: "Write synthetic EEG trials with a learnable difference and injected artefacts.",
  flags: {
    out: {
      type: "string",
      default: DEFAULT_DEMO_PATH,
      valueName: "PATH",
      help: "where to write; .json (all settings) or .csv (trials only; train with --sampling-rate 128 --epoch-start=-0.7)",
    },
    subjects: { type: "integer", default: 12, min: 2, help: "people recorded" },
    trials: { type: "integer", default: 60, min: 2, help: "trials per subject, half of them label 1" },
    seed: { type: "integer", default: 1, min: 0, help: "seeds everything; the same seed writes the same file" },
  },
  epilogue: `Each trial is 2 s at 128 Hz on 5 channels (Fp1 Fz Cz Pz Oz), from -0.7 to 1.3 s around
an event: 1/f background noise, drift, 50 Hz mains, an N1 in every trial and a P300 that
is four times larger for label 1, plus blinks (15% of trials) and muscle bursts (5%).`,
});

async function main(argv: string[]): Promise<void> {
  const values = parseFlags(command, argv);
  if (values === null) return;
  const file = syntheticEeg({ subjects: values.subjects, trialsPerSubject: values.trials, seed: values.seed });
  const text = values.out.endsWith(".csv") ? formatTrialCsv(file) : JSON.stringify(file);
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, text);

  const count = (artifact: string) => file.trials.filter((trial) => trial.artifacts?.includes(artifact)).length;
  const timeSteps = file.trials[0].samples.length;
  console.log(
    `wrote ${values.out} (${(text.length / 1e6).toFixed(1)} MB): ${file.trials.length} trials from ${values.subjects} subjects, ` +
      `${timeSteps} time steps x ${file.channels.length} channels (${file.channels.join(" ")}) at ${file.samplingRate} Hz`,
  );
  console.log(`injected artefacts: ${count("blink")} blinks, ${count("muscle")} muscle bursts`);
  const csvTiming = values.out.endsWith(".csv")
    ? ` --sampling-rate ${file.samplingRate} --epoch-start=${file.epochStart}`
    : "";
  console.log(
    `next: npm run train-sequences${values.out === DEFAULT_DEMO_PATH ? "" : ` -- --data ${values.out}${csvTiming}`}`,
  );
}

runMain(import.meta.url, main);
