import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, it } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { COMPARED_MODELS, parseComparisonReport } from "../../../lib/eeg/comparison";
import { seededRandom } from "../../../lib/random";
import { runComparison } from "./comparison-run";
import { type ComparisonSettings, compareModels, evaluationFolds, scorePredictions } from "./model-comparison";
import { TRIAL_FORMAT, TRIAL_FORMAT_VERSION, type Trial } from "./trials";

before(async () => {
  await tf.setBackend("cpu");
});

/**
 * Four channels of noise; label 1 makes channel 0 three times as strong, label 0 channel 3,
 * so power tells the labels apart while every channel's mean stays near zero.
 */
function makeTrials(subjects: string[], perSubject = 10, steps = 32): Trial[] {
  const random = seededRandom(4);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  return subjects.flatMap((subject) =>
    Array.from({ length: perSubject }, (_, i) => {
      const label = (i % 2) as 0 | 1;
      const gain = label === 1 ? [3, 1, 1, 1] : [1, 1, 1, 3];
      return {
        id: `${subject}-${i}`,
        subject,
        label,
        samples: Array.from({ length: steps }, () => gain.map((g) => g * gaussian())),
      };
    }),
  );
}

const settings: ComparisonSettings = {
  models: COMPARED_MODELS,
  units: 4,
  learningRate: 0.05,
  batchSize: 4,
  epochs: 3,
  patience: 2,
  seed: 1,
  cspComponents: 2,
  cspOrder: "distance",
  powerWindows: { windowSteps: 8, stepSteps: 4 },
  bandPowerOver: "csp",
  log: () => {},
};

it("keeps every test fold inside one subject within-subject, and whole subjects apart across subjects", () => {
  const trials = makeTrials(["a", "b", "c"]);
  const within = evaluationFolds(trials, "within-subject", 5, 1);
  assert.equal(within.length, 15);
  for (const { fold } of within) {
    const subjects = new Set([...fold.train, ...fold.test].map((t) => t.subject));
    assert.equal(subjects.size, 1);
    assert.deepEqual(new Set(fold.test.map((t) => t.label)), new Set([0, 1]));
  }
  // every trial is tested exactly once
  assert.equal(within.flatMap(({ fold }) => fold.test).length, trials.length);
  const across = evaluationFolds(trials, "across-subjects", 3, 1);
  for (const { fold } of across) {
    const test = new Set(fold.test.map((t) => t.subject));
    assert.ok(fold.train.every((t) => !test.has(t.subject)));
    const { fit, validation } = fold.inner(fold.train);
    const held = new Set(validation.map((t) => t.subject));
    assert.equal(held.size, 1);
    assert.ok(fit.every((t) => !held.has(t.subject)));
  }
});

it("scores all four models on the same folds, and the power-based ones find the power difference", async () => {
  const trials = makeTrials(["a", "b"], 20);
  const scores = await compareModels(trials, "within-subject", 4, settings);
  for (const model of COMPARED_MODELS) {
    const score = scores[model]!;
    assert.equal(score.accuracy.total, 40);
    assert.deepEqual(
      score.perSubject.map((row) => [row.subject, row.accuracy.total]),
      [
        ["a", 20],
        ["b", 20],
      ],
    );
  }
  assert.equal(scores["lstm-raw"]!.chosenEpochs!.length, 8);
  assert.equal(scores["log-power-lr"]!.l2!.length, 8);
  assert.ok(scores["csp-lda"]!.accuracy.value >= 0.9, `CSP ${scores["csp-lda"]!.accuracy.value}`);
  assert.ok(scores["log-power-lr"]!.accuracy.value >= 0.9, `log power ${scores["log-power-lr"]!.accuracy.value}`);
});

it("scores pooled, per subject and over subjects", () => {
  const score = scorePredictions(
    [
      { subject: "a", label: 1 },
      { subject: "a", label: 0 },
      { subject: "b", label: 1 },
      { subject: "b", label: 0 },
    ],
    [0.9, 0.2, 0.1, 0.3],
  );
  assert.equal(score.accuracy.correct, 3);
  assert.deepEqual(
    score.perSubject.map((row) => row.accuracy.value),
    [1, 0.5],
  );
  assert.equal(score.meanOverSubjects.mean, 0.75);
  assert.equal(score.rocAuc, 0.5); // 0.9 beats both negatives, 0.1 neither
});

it("writes a report with the command, every model and a band-power example", async () => {
  const folder = await mkdtemp(join(tmpdir(), "comparison-"));
  const data = join(folder, "trials.json");
  const trials = makeTrials(["a", "b", "c"], 8);
  await writeFile(
    data,
    JSON.stringify({
      format: TRIAL_FORMAT,
      version: TRIAL_FORMAT_VERSION,
      samplingRate: 32,
      epochStart: 0,
      channels: ["C3", "Cz", "C4", "Pz"],
      trials,
    }),
  );
  const report = join(folder, "report.json");
  const command = ["--data", data, "--evaluate", "across-subjects", "--report", report];
  await runComparison({
    data,
    source: {},
    dropChannels: [],
    keepNonEeg: false,
    preprocessing: {
      notchHz: null,
      band: null,
      filterOrder: 4,
      baseline: null,
      window: null,
      reference: "as-recorded",
      decimate: 1,
    },
    rejectUv: null,
    log: () => {},
    evaluation: "across-subjects",
    folds: 3,
    report,
    backend: "cpu",
    command,
    powerWindow: 0.25,
    powerStep: 0.125,
    settings: { ...settings, models: COMPARED_MODELS },
  });
  const written = parseComparisonReport(JSON.parse(await readFile(report, "utf8")), report);
  assert.deepEqual(written.command, command);
  assert.equal(written.evaluation, "across-subjects");
  assert.deepEqual(Object.keys(written.models).sort(), [...COMPARED_MODELS].sort());
  assert.deepEqual(written.dataset.subjects, ["a", "b", "c"]);
  assert.deepEqual(
    written.examples.map((e) => [e.subject, e.label, e.sequence.length, e.sequence[0].length]),
    [
      ["a", 0, 7, 2],
      ["a", 1, 7, 2],
    ],
  );
  assert.equal(written.windowTimes.length, 7);
  assert.equal(written.windowTimes[0], 0.125);
});
