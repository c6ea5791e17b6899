/**
 * Trains the tutorial's LSTM template on labelled EEG trials (a trial file, or recordings
 * cut around their events), chooses the epoch on validation subjects, tests it on
 * subjects it never saw beside a linear baseline, and saves it with its metadata. Run
 * `npm run train-sequences -- --help`; docs/eeg-template.md explains the steps.
 */
import { COMPARED_MODELS, type ComparedModel } from "../lib/eeg/comparison";
import type { BackendChoice } from "./lib/backend";
import { runMain, UsageError } from "./lib/cli";
import { runComparison } from "./lib/eeg/comparison-run";
import { parseBand, parseRange, SOURCE_FLAGS, sourceOptions } from "./lib/eeg/flags";
import { DEFAULT_DEMO_PATH } from "./lib/eeg/synthetic-eeg";
import { trainSequenceModel } from "./lib/eeg/train-model";
import type { TimeRange } from "./lib/eeg/trial-preparation";
import { BACKEND_FLAG, defineCommand, parseFlags } from "./lib/flags";

const command = defineCommand({
  name: "train-sequences",
  summary:
    "Train LSTM(units) -> Dense(1, sigmoid) on labelled EEG trials; test on held-out subjects beside a linear baseline.",
  flags: {
    data: {
      type: "string",
      default: DEFAULT_DEMO_PATH,
      valueName: "PATH",
      help: "trial file (.json, .csv) or recordings (.edf/.bdf/.set file, folder, list a,b, or a BIDS root with --task)",
    },
    ...SOURCE_FLAGS,
    out: {
      type: "string",
      default: "models/eeg",
      valueName: "DIR",
      help: "where the model goes (the shipped demo lives in public/eeg-model)",
    },
    epochs: { type: "integer", default: 30, min: 1, help: "most passes over the training trials" },
    patience: {
      type: "integer",
      default: 5,
      min: 1,
      help: "stop after this many epochs without a lower validation loss",
    },
    "validation-subjects": {
      type: "integer",
      default: 2,
      min: 0,
      help: "training subjects held back to choose the epoch (0: none, train all epochs)",
    },
    "batch-size": { type: "integer", default: 32, min: 1, help: "trials per gradient step" },
    units: { type: "integer", default: 32, min: 1, help: "LSTM memory units" },
    "learning-rate": { type: "number", default: 0.001, min: 0, help: "Adam's step size (Keras's default)" },
    seed: {
      type: "integer",
      default: 7,
      min: 0,
      help: "seeds the initial weights, the batch order and the subject picks",
    },
    "test-subjects": {
      type: "string",
      default: "3",
      valueName: "N|IDS",
      help: "how many subjects to hold out (picked by seed), or their ids: s01,s07",
    },
    evaluate: {
      type: "string",
      default: "across-subjects",
      choices: ["across-subjects", "within-subject"],
      help: "across-subjects: test on people the model never saw; within-subject: k folds inside each person's trials (always a comparison run)",
    },
    report: {
      type: "string",
      valueName: "FILE",
      help: "compare the four models on the same folds and write the table with this command to FILE (.json); no model is saved",
    },
    folds: {
      type: "integer",
      default: 5,
      min: 2,
      valueName: "K",
      help: "comparison runs: folds (within: per subject, stratified; across: groups of subjects)",
    },
    models: {
      type: "string",
      default: COMPARED_MODELS.join(","),
      valueName: "A,B",
      help: "comparison runs: which models to score",
    },
    features: {
      type: "string",
      default: "raw",
      choices: ["raw", "band-power"],
      help: "what the saved model's LSTM reads: band-passed voltages, or log band power in short windows (see --band-power-over)",
    },
    "csp-components": { type: "integer", default: 4, min: 1, help: "CSP filters kept" },
    "csp-order": {
      type: "string",
      default: "distance",
      choices: ["distance", "ends"],
      help: "which CSP filters: farthest from an even split of power (MNE's default), or half from each end",
    },
    "power-window": {
      type: "number",
      default: 0.25,
      min: 0,
      valueName: "S",
      help: "band-power window length, seconds",
    },
    "power-step": { type: "number", default: 0.125, min: 0, valueName: "S", help: "band-power window hop, seconds" },
    "band-power-over": {
      type: "string",
      default: "csp",
      choices: ["csp", "channels"],
      help: "the band-power LSTM's sequence: log power of CSP components (fitted on training trials) or of every channel",
    },
    cv: {
      type: "integer",
      min: 2,
      valueName: "K",
      help: "also run leave-subjects-out cross-validation over K subject groups; prints mean ± spread",
    },
    channels: {
      type: "string",
      default: "",
      valueName: "A,B",
      help: "keep only these channels, in this order (default: all)",
    },
    "drop-channels": {
      type: "string",
      default: "",
      valueName: "A,B",
      help: "channels to leave out (e.g. a broken electrode)",
    },
    "keep-non-eeg": { type: "boolean", help: "keep channels named like time, trigger, EOG, ECG or reference columns" },
    notch: { type: "string", default: "50", valueName: "HZ|none", help: "mains frequency to remove, 50 or 60" },
    band: {
      type: "string",
      default: "1,30",
      valueName: "LOW,HIGH|none",
      help: "band-pass in Hz; 0,30 low-pass only, 0.1, high-pass only",
    },
    "filter-order": { type: "integer", default: 4, min: 2, help: "Butterworth order of each band edge, even" },
    baseline: {
      type: "string",
      default: "auto",
      valueName: "FROM,TO|none|auto",
      help: "seconds before the event to subtract per channel; auto: -0.2,0 if the trials have it",
    },
    window: {
      type: "string",
      default: "auto",
      valueName: "FROM,TO|none|auto",
      help: "seconds around the event to keep (recordings: to cut); auto: -0.2,0.8 if it fits",
    },
    reference: {
      type: "string",
      default: "average",
      choices: ["average", "as-recorded"],
      help: "re-reference to the channel average",
    },
    decimate: { type: "integer", default: 2, min: 1, help: "keep every N-th sample after the low-pass" },
    "reject-uv": {
      type: "string",
      default: "100",
      valueName: "UV|none",
      help: "drop trials with a channel's peak-to-peak above this, µV",
    },
    "feature-window": {
      type: "number",
      default: 0.125,
      min: 0,
      valueName: "S",
      help: "the baseline's window length for window means, seconds",
    },
    backend: BACKEND_FLAG,
  },
  epilogue: `Write negative numbers with "=": --epoch-start=-0.7 --window=-0.2,0.8
Example (real recordings): --data eegmmidb-mi-lr --events T1=0,T2=1 --window 0,3 --notch none
Example (a BIDS dataset of EEGLAB files, e.g. npm run make-foodchoice-mini): --data data/foodchoice-mini
  --task foodchoice --events 0500=0,0501=1 --window=-0.2,0.8
Comparison (four models, each subject's trials in 5 folds): --data ../shared/data/eegmmidb-mi-lr.tar.gz
  --events T1=0,T2=1 --window 0.5,2.5 --notch none --band 7,30 --reference as-recorded --baseline none
  --reject-uv none --evaluate within-subject --report public/eeg-comparison/within-subject.json`,
});

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  const log = (line: string) => console.log(line);
  const number = (name: string, text: string) => {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value))
      throw new UsageError(`--${name} must be a number or none, got "${text}"`);
    return value;
  };
  const range = (name: string, text: string): TimeRange => (text === "auto" ? "auto" : parseRange(name, text));
  const window = range("window", flags.window);
  const preparation = {
    data: flags.data,
    source: sourceOptions(flags, window, log),
    dropChannels: flags.dropChannels
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
    onlyChannels: flags.channels
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
    keepNonEeg: flags.keepNonEeg,
    preprocessing: {
      notchHz: flags.notch === "none" ? null : number("notch", flags.notch),
      band: parseBand(flags.band),
      filterOrder: flags.filterOrder,
      baseline: range("baseline", flags.baseline),
      window,
      reference: flags.reference as "average" | "as-recorded",
      decimate: flags.decimate,
    },
    rejectUv: flags.rejectUv === "none" ? null : number("reject-uv", flags.rejectUv),
    log,
  };
  if (flags.evaluate === "within-subject" || flags.report !== undefined) {
    const models = flags.models.split(",").map((name) => name.trim());
    const unknown = models.filter((name) => !(COMPARED_MODELS as readonly string[]).includes(name));
    if (unknown.length || models.length === 0)
      throw new UsageError(`--models: unknown ${unknown.join(", ")}; choose from ${COMPARED_MODELS.join(", ")}`);
    await runComparison({
      ...preparation,
      evaluation: flags.evaluate as "within-subject" | "across-subjects",
      folds: flags.folds,
      report: flags.report ?? `${flags.out}/comparison-${flags.evaluate}.json`,
      backend: flags.backend as BackendChoice,
      command: argv,
      powerWindow: flags.powerWindow,
      powerStep: flags.powerStep,
      settings: {
        models: models as ComparedModel[],
        units: flags.units,
        learningRate: flags.learningRate,
        batchSize: flags.batchSize,
        epochs: flags.epochs,
        patience: flags.patience,
        seed: flags.seed,
        cspComponents: flags.cspComponents,
        cspOrder: flags.cspOrder as "distance" | "ends",
        bandPowerOver: flags.bandPowerOver as "csp" | "channels",
      },
    });
    return;
  }
  await trainSequenceModel({
    ...preparation,
    command: argv,
    out: flags.out,
    backend: flags.backend as BackendChoice,
    testSubjects: /^\d+$/.test(flags.testSubjects)
      ? Number(flags.testSubjects)
      : flags.testSubjects.split(",").map((s) => s.trim()),
    cvFolds: flags.cv ?? null,
    featureWindowSeconds: flags.featureWindow,
    features:
      flags.features === "raw"
        ? { kind: "raw" }
        : {
            kind: "band-power",
            window: flags.powerWindow,
            step: flags.powerStep,
            cspComponents: flags.cspComponents,
            cspOrder: flags.cspOrder as "distance" | "ends",
            over: flags.bandPowerOver as "csp" | "channels",
          },
    experiment: {
      units: flags.units,
      learningRate: flags.learningRate,
      batchSize: flags.batchSize,
      epochs: flags.epochs,
      patience: flags.patience,
      validationSubjects: flags.validationSubjects,
      seed: flags.seed,
      onEpoch: (record) =>
        log(
          `epoch ${record.epoch}: loss ${record.loss.toFixed(4)} accuracy ${record.accuracy.toFixed(3)}` +
            (record.valLoss === undefined
              ? ""
              : `  validation loss ${record.valLoss.toFixed(4)} accuracy ${record.valAccuracy!.toFixed(3)}`) +
            `  (${record.seconds.toFixed(1)} s)`,
        ),
    },
  });
}

runMain(import.meta.url, main);
