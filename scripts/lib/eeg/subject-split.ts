/**
 * Train/test split by subject. Trials of one person resemble each other more than trials
 * of different people, so a model tested on new trials of its training subjects looks
 * better than it will on a new person. Every subject's trials go to one side only.
 */
import { seededRandom, shuffled } from "../../../lib/random";

export interface SubjectSplit<T> {
  train: T[];
  test: T[];
  trainSubjects: string[];
  testSubjects: string[];
}

/**
 * Puts the trials of `testSubjects` in `test` and all others in `train`, keeping their
 * order. `testSubjects` is a list of subject ids, or a count of subjects to pick at random
 * (seeded by `seed`, from the subjects sorted by id, so the pick does not depend on file
 * order). Returns new arrays.
 */
export function splitBySubject<T extends { subject: string }>(
  trials: readonly T[],
  testSubjects: number | readonly string[],
  seed: number,
): SubjectSplit<T> {
  const subjects = [...new Set(trials.map((trial) => trial.subject))].sort();
  let chosen: string[];
  if (typeof testSubjects === "number") {
    if (!Number.isInteger(testSubjects) || testSubjects < 1 || testSubjects >= subjects.length) {
      throw new RangeError(
        `the number of test subjects must be between 1 and ${subjects.length - 1} (there are ${subjects.length} subjects), got ${testSubjects}`,
      );
    }
    chosen = shuffled(subjects, seededRandom(seed)).slice(0, testSubjects).sort();
  } else {
    const unknown = testSubjects.filter((subject) => !subjects.includes(subject));
    if (unknown.length > 0)
      throw new RangeError(`unknown test subjects: ${unknown.join(", ")} (subjects: ${subjects.join(", ")})`);
    chosen = [...new Set(testSubjects)].sort();
    if (chosen.length === 0 || chosen.length === subjects.length)
      throw new RangeError("both the training and the test side need at least one subject");
  }
  const isTest = new Set(chosen);
  return {
    train: trials.filter((trial) => !isTest.has(trial.subject)),
    test: trials.filter((trial) => isTest.has(trial.subject)),
    trainSubjects: subjects.filter((subject) => !isTest.has(subject)),
    testSubjects: chosen,
  };
}
