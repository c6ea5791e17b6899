/**
 * Stratified k-fold: split one subject's trials into k folds with the labels in each fold
 * in about the same proportion as overall, so every test fold has both classes. Seeded:
 * the same seed gives the same folds on every machine.
 */
import { seededRandom, shuffled } from "../../../lib/random";

/** The fold (0..k-1) of every item, given its 0/1 label. */
export function stratifiedFolds(labels: readonly number[], folds: number, seed: number): number[] {
  const random = seededRandom(seed);
  const fold = new Array<number>(labels.length).fill(-1);
  let next = 0;
  for (const label of [0, 1]) {
    const members = labels.map((l, i) => (l === label ? i : -1)).filter((i) => i >= 0);
    if (members.length < folds)
      throw new RangeError(
        `${folds}-fold stratified cross-validation needs at least ${folds} trials of each label; label ${label} has ${members.length}`,
      );
    // continue the round-robin where the other label stopped, so fold sizes differ by at most one
    for (const i of shuffled(members, random)) fold[i] = next++ % folds;
  }
  return fold;
}
