/**
 * A model comparison run, as `npm run train-sequences -- --evaluate … --report FILE` does
 * it: prepare the trials, score the four models on the same folds, print the table and
 * write the report (with the command that made it) for the EEG page to render.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import {
  type BandPowerExample,
  COMPARED_MODELS,
  COMPARISON_SCHEMA_VERSION,
  type ComparisonReport,
  type EvaluationScheme,
} from "../../../lib/eeg/comparison";
import { type BackendChoice, setUpBackend } from "../backend";
import { formatSeconds } from "../progress-bar";
import { bandPowerSequence, windowCount } from "./band-power";
import { applySpatialFilters, fitCsp } from "./csp";
import { type ComparisonSettings, compareModels } from "./model-comparison";
import { formatProportion } from "./proportion";
import { type PreparationOptions, prepareTrials } from "./trial-preparation";
import type { Trial } from "./trials";

export interface ComparisonRunOptions extends PreparationOptions {
  evaluation: EvaluationScheme;
  folds: number;
  report: string;
  backend: BackendChoice;
  /** The command's arguments, recorded in the report. */
  command: string[];
  /** Band-power windows, seconds. */
  powerWindow: number;
  powerStep: number;
  settings: Omit<ComparisonSettings, "powerWindows" | "log">;
}

const NAMES = {
  "lstm-raw": "LSTM (raw)",
  "lstm-band-power": "LSTM (band power)",
  "log-power-lr": "log-power + LR",
  "csp-lda": "CSP + LDA",
} as const;

export async function runComparison(options: ComparisonRunOptions): Promise<ComparisonReport> {
  const startedAt = Date.now();
  const log = options.log;
  const backend = await setUpBackend(options.backend);
  log(`backend: ${backend.name} (${backend.reason})`);
  const prepared = await prepareTrials(options);
  const { settings: preprocessing, trials } = prepared;
  const outputRate = preprocessing.samplingRate / preprocessing.decimate;
  const steps = (seconds: number) => Math.max(1, Math.round(seconds * outputRate));
  const powerWindows = { windowSteps: steps(options.powerWindow), stepSteps: steps(options.powerStep) };
  const subjects = [...new Set(trials.map((t) => t.subject))].sort();
  log(
    `${options.evaluation}, ${options.folds} folds: ${trials.length} trials of ${subjects.length} subjects, ` +
      `${trials[0].samples.length} time steps x ${prepared.channels.length} channels at ${outputRate} Hz; ` +
      `band power in ${powerWindows.windowSteps}-step windows every ${powerWindows.stepSteps} steps ` +
      `(${windowCount(trials[0].samples.length, powerWindows)} per trial)`,
  );
  const settings: ComparisonSettings = { ...options.settings, powerWindows, log };
  const models = await compareModels(trials, options.evaluation, options.folds, settings);

  const listed = COMPARED_MODELS.filter((m) => models[m]);
  const column = (text: string) => text.padEnd(24);
  log(`\n${"subject".padEnd(10)}${listed.map((m) => column(NAMES[m])).join("")}`);
  for (const [i, subject] of subjects.entries())
    log(
      `${subject.padEnd(10)}${listed.map((m) => column(formatProportion(models[m]!.perSubject[i].accuracy))).join("")}`,
    );
  log(`${"pooled".padEnd(10)}${listed.map((m) => column(formatProportion(models[m]!.accuracy))).join("")}`);
  const percent = (x: number) => (100 * x).toFixed(1);
  log(
    `${"mean".padEnd(10)}${listed
      .map((m) => {
        const { mean, interval } = models[m]!.meanOverSubjects;
        return column(`${percent(mean)}% [${percent(interval[0])}, ${percent(interval[1])}]`);
      })
      .join("")}`,
  );
  log(`${"seconds".padEnd(10)}${listed.map((m) => column(models[m]!.seconds.toFixed(1))).join("")}`);
  log("(accuracy [95% interval]: Wilson per subject and pooled; mean over subjects with a t interval)");

  const positive = trials.filter((t) => t.label === 1).length / trials.length;
  const start = preprocessing.window?.[0] ?? preprocessing.epochStart;
  const report: ComparisonReport = {
    kind: "sequence-comparison",
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    command: options.command,
    evaluation: options.evaluation,
    folds: options.folds,
    seed: options.settings.seed,
    dataset: {
      sha256: prepared.sha256,
      trials: prepared.total,
      kept: trials.length,
      subjects,
      ...(options.source.epochs ? { events: options.source.epochs.mapping } : {}),
    },
    channels: prepared.channels,
    preprocessing: { ...preprocessing, rejectUv: options.rejectUv },
    settings: {
      units: options.settings.units,
      learningRate: options.settings.learningRate,
      batchSize: options.settings.batchSize,
      epochs: options.settings.epochs,
      patience: options.settings.patience,
      cspComponents: options.settings.cspComponents,
      cspOrder: options.settings.cspOrder,
      powerWindow: powerWindows.windowSteps / outputRate,
      powerStep: powerWindows.stepSteps / outputRate,
      bandPowerOver: options.settings.bandPowerOver,
    },
    chance: Math.max(positive, 1 - positive),
    models,
    examples: bandPowerExamples(trials, subjects[0], options.settings.cspComponents, powerWindows),
    windowTimes: Array.from(
      { length: windowCount(trials[0].samples.length, powerWindows) },
      (_, w) => start + (w * powerWindows.stepSteps + powerWindows.windowSteps / 2) / outputRate,
    ),
    machine: { cores: availableParallelism(), backend: backend.name },
    seconds: (Date.now() - startedAt) / 1000,
    createdAt: new Date().toISOString(),
  };
  await mkdir(dirname(options.report), { recursive: true });
  await writeFile(options.report, `${JSON.stringify(report, null, 1)}\n`);
  log(`wrote ${options.report} (${formatSeconds(report.seconds)} in all)`);
  return report;
}

/** The first trial of each label of `subject`, as band power over CSP filters fitted on the subject's other trials. */
export function bandPowerExamples(
  trials: readonly Trial[],
  subject: string,
  components: number,
  windows: { windowSteps: number; stepSteps: number },
): BandPowerExample[] {
  const mine = trials.filter((t) => t.subject === subject);
  const chosen = [0, 1].map((label) => mine.find((t) => t.label === label)).filter((t) => t !== undefined);
  const others = mine.filter((t) => !chosen.includes(t));
  if (chosen.length < 2 || new Set(others.map((t) => t.label)).size < 2) return [];
  const { filters } = fitCsp(
    others.map((t) => t.samples),
    others.map((t) => t.label),
    components,
  );
  return chosen.map((t) => ({
    id: t.id,
    subject,
    label: t.label,
    sequence: bandPowerSequence(applySpatialFilters(filters, t.samples), windows).map((row) =>
      row.map((x) => Number(x.toFixed(4))),
    ),
  }));
}
