import assert from "node:assert/strict";
import { before, it } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { type ExperimentSettings, heldOutSubjectsResult, runSplit, subjectFolds, verdict } from "./experiment";
import type { Trial } from "./trials";

before(async () => {
  await tf.setBackend("cpu");
});

const settings: ExperimentSettings = {
  units: 4,
  learningRate: 0.01,
  batchSize: 8,
  epochs: 3,
  patience: 1,
  validationSubjects: 1,
  seed: 1,
  featureWindowSteps: 2,
  log: () => {},
};
const trials = (subjects: string[], labels: (0 | 1)[] = [0, 1]): Trial[] =>
  subjects.flatMap((subject) =>
    Array.from({ length: 6 }, (_, i) => {
      const label = labels[i % labels.length];
      return {
        id: `${subject}-${i}`,
        subject,
        label,
        samples: Array.from({ length: 6 }, (_, t) => [label * 2 + Math.sin(t + i), Math.cos(t * i)]),
      };
    }),
  );

it("needs at least 2 subjects for a held-out split", async () => {
  await assert.rejects(
    runSplit(trials(["only"]), 1, settings),
    /need at least 2 subjects for a held-out split, found 1 \(only\)/,
  );
});

it("runs LSTM and baseline on the same held-out subjects, with early stopping on validation subjects", async () => {
  const result = await runSplit(trials(["a", "b", "c", "d"]), ["d"], settings);
  result.model.dispose();
  assert.deepEqual(result.testSubjects, ["d"]);
  assert.equal(result.validationSubjects.length, 1);
  assert.ok(!result.trainSubjects.includes(result.validationSubjects[0]) && !result.trainSubjects.includes("d"));
  assert.ok(result.history.every((r) => r.valLoss !== undefined));
  const best = result.history.reduce((a, b) => (b.valLoss! < a.valLoss! ? b : a));
  assert.equal(result.bestEpoch, best.epoch, "the kept weights are those of the lowest validation loss");
  assert.equal(result.lstm.accuracy.total, 6);
  assert.equal(result.baseline.accuracy.total, 6);
  assert.equal(result.baseline.accuracy.value, 1, "label shifts channel 0 by 2: a line finds it");
});

it("says plainly when AUC is undefined (one class) and when the LSTM loses", () => {
  const one = heldOutSubjectsResult([1, 1, 1], [0.9, 0.2, 0.7], ["a", "a", "b"]);
  assert.equal(one.rocAuc, null);
  assert.deepEqual(
    one.perSubject.map((s) => [s.subject, s.accuracy.correct, s.accuracy.total]),
    [
      ["a", 1, 2],
      ["b", 1, 1],
    ],
  );
  const lstm = heldOutSubjectsResult([0, 1, 0, 1], [0.6, 0.4, 0.4, 0.6], ["a", "a", "a", "a"]);
  const baseline = { ...heldOutSubjectsResult([0, 1, 0, 1], [0.1, 0.9, 0.2, 0.8], ["a", "a", "a", "a"]), l2: 1 };
  assert.match(
    verdict({ lstm, baseline, chance: 0.5 }).join(" "),
    /does not beat chance.*LOSES to the linear baseline \(50\.0% vs 100\.0%\)/,
  );
});

it("makes subject folds that cover every subject once", () => {
  const folds = subjectFolds(["a", "b", "c", "d", "e", "a"], 2, 7);
  assert.deepEqual(folds.flat().sort(), ["a", "b", "c", "d", "e"]);
  assert.throws(() => subjectFolds(["a", "b"], 3, 7), /--cv must be between 2 and the number of subjects \(2\)/);
});
