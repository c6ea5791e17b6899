/**
 * Mouse trajectories are sequences too: reads every `*_task-<task>_beh.tsv` of a BIDS dataset
 * (ds003766: `xTrajectory`, `yTrajectory`, `tTrajectory` and `response` per trial),
 * time-normalises each movement to --points points, keeps its first --share, and compares
 * the LSTM template with logistic regression on the same points, within or across subjects.
 * Run `npm run train-trajectories -- --help`; docs/eeg-template.md explains it.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join, sep } from "node:path";
import type { EvaluationScheme } from "../lib/eeg/comparison";
import type { TrajectoryReport } from "../lib/eeg/trajectory-report";
import { type BackendChoice, setUpBackend } from "./lib/backend";
import { runMain, UsageError } from "./lib/cli";
import { behaviourTrials, parseTsv } from "./lib/eeg/bids-tables";
import { parseEventMapping } from "./lib/eeg/events";
import { formatProportion } from "./lib/eeg/proportion";
import { recordingName } from "./lib/eeg/recording-name";
import { type TrajectoryExclusion, trajectoryTrials } from "./lib/eeg/trajectories";
import { compareTrajectoryModels, TRAJECTORY_MODELS } from "./lib/eeg/trajectory-comparison";
import { addCounts, describeCounts } from "./lib/eeg/trial-labels";
import type { Trial } from "./lib/eeg/trials";
import { BACKEND_FLAG, defineCommand, parseFlags } from "./lib/flags";

const command = defineCommand({
  name: "train-trajectories",
  summary:
    "Predict the choice from the first part of each mouse movement (BIDS beh tables): the LSTM template beside logistic regression on the same points.",
  flags: {
    data: { type: "string", valueName: "DIR", help: "a BIDS dataset root (searched for sub-*/beh/*_beh.tsv)" },
    task: { type: "string", default: "foodchoice", valueName: "NAME", help: "the task- entity of the beh tables" },
    column: { type: "string", default: "response", valueName: "NAME", help: "the behaviour column holding the choice" },
    labels: { type: "string", default: "left=0,right=1", valueName: "MAP", help: "which choices get label 0 and 1" },
    points: {
      type: "integer",
      default: 101,
      min: 2,
      help: "time-normalised points per movement (101: 0%, 1%, ..., 100% of its time)",
    },
    share: {
      type: "number",
      default: 0.4,
      min: 0,
      max: 1,
      valueName: "FRACTION",
      help: "how much of the movement the models see, from its start (0.4: the first 40%)",
    },
    evaluate: {
      type: "string",
      default: "within-subject",
      choices: ["within-subject", "across-subjects"],
      help: "within-subject: k folds inside each person's trials; across-subjects: k groups of whole subjects",
    },
    folds: { type: "integer", default: 5, min: 2, valueName: "K", help: "folds" },
    // the template's 32 units, and the settings of the recorded within-subject EEG runs (few trials per fold)
    units: { type: "integer", default: 32, min: 1, help: "LSTM memory units" },
    "learning-rate": { type: "number", default: 0.005, min: 0, help: "Adam's step size" },
    "batch-size": { type: "integer", default: 8, min: 1, help: "trials per gradient step" },
    epochs: { type: "integer", default: 60, min: 1, help: "most passes over the training trials" },
    patience: {
      type: "integer",
      default: 10,
      min: 1,
      help: "stop after this many epochs without a lower validation loss",
    },
    seed: { type: "integer", default: 7, min: 0, help: "seeds the weights, batches and folds" },
    report: { type: "string", valueName: "FILE", help: "also write the numbers and this command as JSON" },
    backend: BACKEND_FLAG,
  },
  epilogue: `Example (the ds003766 miniature): --data data/ds003766-mini --share 0.4 --evaluate within-subject
The EEG of the same trials: npm run train-sequences -- --preset chen2022 --data DIR --task foodchoice`,
});

/** Every `*_task-<task>_beh.tsv` under `root`, except in derivatives/ and sourcedata/. */
async function behaviourTables(root: string, task: string): Promise<string[]> {
  const entries = (await readdir(root, { recursive: true }).catch(() => {
    throw new UsageError(`--data: cannot read the folder ${root}`);
  })) as string[];
  const found = entries
    .map(String)
    .filter((file) => new RegExp(`_task-${task}(_[a-z]+-[A-Za-z0-9]+)*_beh\\.tsv$`).test(file))
    .filter((file) => !file.split(sep).some((part) => part === "derivatives" || part === "sourcedata"))
    .sort();
  if (found.length === 0) {
    const tasks = [...new Set(entries.map((f) => /_task-([A-Za-z0-9]+)[^/\\]*_beh\.tsv$/.exec(String(f))?.[1]))].filter(
      Boolean,
    );
    throw new UsageError(
      `${root}: no *_task-${task}_beh.tsv; ${tasks.length ? `behaviour tables for tasks ${tasks.join(", ")}` : "no behaviour tables at all"}`,
    );
  }
  return found.map((file) => join(root, file));
}

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(command, argv);
  if (flags === null) return;
  if (flags.data === undefined) throw new UsageError("give --data: a BIDS dataset root with sub-*/beh/*_beh.tsv");
  if (!(flags.share > 0)) throw new UsageError("--share must be above 0");
  const startedAt = Date.now();
  const log = (line: string) => console.log(line);
  let mapping: ReturnType<typeof parseEventMapping>;
  try {
    mapping = parseEventMapping(flags.labels);
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/--events/g, "--labels"));
  }
  const backend = await setUpBackend(flags.backend as BackendChoice);
  log(`backend: ${backend.name} (${backend.reason})`);
  const trials: Trial[] = [];
  const excluded: Partial<Record<TrajectoryExclusion, number>> = {};
  const unmapped: Record<string, number> = {};
  let rows = 0;
  for (const file of await behaviourTables(flags.data, flags.task)) {
    const table = behaviourTrials(parseTsv(await readFile(file, "utf8"), file), file);
    const { subject } = recordingName(file);
    const made = trajectoryTrials(table, subject, {
      column: flags.column,
      mapping,
      points: flags.points,
      share: flags.share,
    });
    rows += table.length;
    addCounts(excluded, made.excluded);
    addCounts(unmapped, made.unmapped);
    trials.push(...made.trials);
    log(`${file}: subject ${subject}, ${table.length} rows, ${made.trials.length} trajectories`);
  }
  const steps = trials[0]?.samples.length ?? 0;
  log(
    `trials: ${rows} behaviour rows, ${trials.length} kept; left out: ${describeCounts(excluded)}` +
      (Object.keys(unmapped).length ? `; not in --labels: ${describeCounts(unmapped)}` : ""),
  );
  if (trials.length === 0) throw new Error("no trajectory trials: nothing to train on");
  log(
    `each movement time-normalised to ${flags.points} points; the models see the first ${Math.round(flags.share * 100)}%: ${steps} steps of (x, y), pixels from the start`,
  );
  const models = await compareTrajectoryModels(trials, flags.evaluate as EvaluationScheme, flags.folds, {
    units: flags.units,
    learningRate: flags.learningRate,
    batchSize: flags.batchSize,
    epochs: flags.epochs,
    patience: flags.patience,
    seed: flags.seed,
    log,
  });
  const subjects = [...new Set(trials.map((t) => t.subject))].sort();
  const names = { "lstm-raw": "LSTM on (x, y)", "points-lr": "points + LR" } as const;
  const column = (text: string) => text.padEnd(24);
  log(`\n${"subject".padEnd(10)}${TRAJECTORY_MODELS.map((m) => column(names[m])).join("")}`);
  subjects.forEach((subject, i) => {
    log(
      `${subject.padEnd(10)}${TRAJECTORY_MODELS.map((m) => column(formatProportion(models[m].perSubject[i].accuracy))).join("")}`,
    );
  });
  log(`${"pooled".padEnd(10)}${TRAJECTORY_MODELS.map((m) => column(formatProportion(models[m].accuracy))).join("")}`);
  const percent = (x: number) => (100 * x).toFixed(1);
  log(
    `${"mean".padEnd(10)}${TRAJECTORY_MODELS.map((m) => {
      const { mean, interval } = models[m].meanOverSubjects;
      return column(`${percent(mean)}% [${percent(interval[0])}, ${percent(interval[1])}]`);
    }).join("")}`,
  );
  log("(accuracy [95% interval]: Wilson per subject and pooled; mean over subjects with a t interval)");
  const gap = 100 * (models["lstm-raw"].accuracy.value - models["points-lr"].accuracy.value);
  log(
    gap > 0
      ? `The LSTM beats the linear baseline by ${gap.toFixed(1)} points (pooled).`
      : gap === 0
        ? "The LSTM and the linear baseline are level (pooled)."
        : `The LSTM LOSES to the linear baseline by ${(-gap).toFixed(1)} points (pooled).`,
  );
  const positive = trials.filter((t) => t.label === 1).length / trials.length;
  const seconds = (Date.now() - startedAt) / 1000;
  log(`${seconds.toFixed(0)} s in all`);
  if (flags.report) {
    const report: TrajectoryReport = {
      kind: "trajectory-comparison",
      command: argv,
      evaluation: flags.evaluate as EvaluationScheme,
      folds: flags.folds,
      points: flags.points,
      share: flags.share,
      steps,
      dataset: { rows, kept: trials.length, subjects, excluded, labels: mapping },
      chance: Math.max(positive, 1 - positive),
      models,
      machine: { cores: availableParallelism(), backend: backend.name },
      seconds,
      createdAt: new Date().toISOString(),
    };
    await mkdir(dirname(flags.report), { recursive: true });
    await writeFile(flags.report, `${JSON.stringify(report, null, 1)}\n`);
    log(`wrote ${flags.report}`);
  }
}

runMain(import.meta.url, main);
