import assert from "node:assert/strict";
import { test } from "node:test";
import { ablationSteps } from "./ablation";
import { RECIPES } from "./recipes";

test("the default recipe is ablation step 12, the one chosen on validation", () => {
  const step = ablationSteps()[11];
  assert.match(step.change, /step 11 \+ the treebank's neutral phrases/);
  assert.deepEqual({ ...step.recipe, name: "default" }, RECIPES.default);
  assert.equal(RECIPES.default.neutralPhrases, 1);
});

test("the first step is the tutorial's recipe with only a validation split added", () => {
  assert.deepEqual({ ...ablationSteps()[0].recipe, validationFraction: 0 }, RECIPES.tutorial);
});

test("each step changes the recipe it builds on", () => {
  const recipes = ablationSteps().map((step) => JSON.stringify(step.recipe));
  assert.equal(new Set(recipes).size, recipes.length);
});
