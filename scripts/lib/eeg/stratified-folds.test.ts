import assert from "node:assert/strict";
import { it } from "node:test";
import { stratifiedFolds } from "./stratified-folds";

it("gives every fold both labels in proportion, the same for the same seed", () => {
  const labels = [...Array(22).fill(0), ...Array(23).fill(1)];
  const folds = stratifiedFolds(labels, 5, 7);
  assert.deepEqual(folds, stratifiedFolds(labels, 5, 7));
  assert.notDeepEqual(folds, stratifiedFolds(labels, 5, 8));
  for (let k = 0; k < 5; k++) {
    const mine = labels.filter((_, i) => folds[i] === k);
    assert.equal(mine.length, 9);
    const ones = mine.filter((l) => l === 1).length;
    assert.ok(ones === 4 || ones === 5, `fold ${k}: ${ones} of 9 are 1`);
  }
});

it("needs k trials of each label", () => {
  assert.throws(() => stratifiedFolds([0, 0, 0, 1, 1], 3, 1), /label 1 has 2/);
});
