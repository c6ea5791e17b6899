/**
 * Fits CSP (scripts/lib/eeg/csp.ts) on every trial of a trial file and prints each trial's
 * CSP features as JSON, with nothing else done to the trials. The Python test
 * python/test_csp_mne.py feeds the same trials to MNE-Python's `mne.decoding.CSP` and
 * compares. Run `npx tsx scripts/csp-features.ts -- --help`.
 */
import { readFile } from "node:fs/promises";
import { runMain } from "./lib/cli";
import { type CspOrder, cspFeatures, fitCsp } from "./lib/eeg/csp";
import { validateTrialFile } from "./lib/eeg/trials";
import { defineCommand, parseFlags } from "./lib/flags";

const command = defineCommand({
  name: "csp-features",
  summary: "Fit CSP on all trials of a .json trial file; print { features, eigenvalues } as JSON.",
  flags: {
    data: { type: "string", valueName: "PATH", help: "trial file (.json)" },
    components: { type: "integer", default: 4, min: 1, help: "CSP filters kept" },
    order: { type: "string", default: "distance", choices: ["distance", "ends"], help: "which filters" },
  },
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  if (flags.data === undefined) throw new Error("give --data PATH");
  const file = validateTrialFile(JSON.parse(await readFile(flags.data, "utf8")));
  const model = fitCsp(
    file.trials.map((t) => t.samples),
    file.trials.map((t) => t.label),
    flags.components,
    flags.order as CspOrder,
  );
  const features = file.trials.map((t) => cspFeatures(model, t.samples));
  console.log(JSON.stringify({ features, eigenvalues: model.eigenvalues }));
}

runMain(import.meta.url, main);
