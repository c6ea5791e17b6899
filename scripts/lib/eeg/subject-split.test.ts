import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitBySubject } from "./subject-split";

const trials = ["a", "b", "a", "c", "d", "b", "e", "c"].map((subject, i) => ({ id: `t${i}`, subject }));

describe("splitBySubject", () => {
  it("puts listed subjects in test and keeps trial order", () => {
    const split = splitBySubject(trials, ["c", "a"], 0);
    assert.deepEqual(
      split.test.map((t) => t.id),
      ["t0", "t2", "t3", "t7"],
    );
    assert.deepEqual(
      split.train.map((t) => t.id),
      ["t1", "t4", "t5", "t6"],
    );
    assert.deepEqual(split.testSubjects, ["a", "c"]);
    assert.deepEqual(split.trainSubjects, ["b", "d", "e"]);
  });
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`never puts a subject on both sides (2 random test subjects, seed ${seed})`, () => {
      const split = splitBySubject(trials, 2, seed);
      const trainSubjects = new Set(split.train.map((t) => t.subject));
      assert.equal(split.testSubjects.length, 2);
      assert.ok(split.test.every((t) => !trainSubjects.has(t.subject)));
      assert.equal(split.train.length + split.test.length, trials.length);
    });
  }
  it("picks the same subjects for the same seed, whatever the trial order", () => {
    assert.deepEqual(
      splitBySubject(trials, 2, 9).testSubjects,
      splitBySubject(trials.slice().reverse(), 2, 9).testSubjects,
    );
  });
  it("picks different subjects for some other seed", () => {
    const picks = new Set([1, 2, 3, 4, 5, 6].map((seed) => splitBySubject(trials, 2, seed).testSubjects.join()));
    assert.ok(picks.size > 1);
  });
  it("refuses to leave no training subject", () =>
    assert.throws(() => splitBySubject(trials, 5, 0), /between 1 and 4/));
  it("refuses unknown subjects", () =>
    assert.throws(() => splitBySubject(trials, ["a", "z"], 0), /unknown test subjects: z/));
});
