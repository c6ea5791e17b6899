import assert from "node:assert/strict";
import { test } from "node:test";
import { ablationChangeText } from "../../../lib/i18n/ablation";
import { ablationSteps } from "./ablation";
import { RECIPES } from "./recipes";

test("the first step is the tutorial's recipe with only a validation split added, as its change records", () => {
  const [first] = ablationSteps();
  assert.deepEqual({ ...first.recipe, validationFraction: 0 }, RECIPES.tutorial);
  assert.deepEqual(first.change, {
    kind: "tutorialRecipe",
    numWords: RECIPES.tutorial.model.numWords,
    embeddingDim: RECIPES.tutorial.model.embeddingDim,
    lstmUnits: RECIPES.tutorial.model.lstmUnits,
    epochs: RECIPES.tutorial.epochs,
  });
});

test("each step changes the recipe it builds on, and builds on an earlier step", () => {
  const steps = ablationSteps();
  const recipes = steps.map((step) => JSON.stringify(step.recipe));
  assert.equal(new Set(recipes).size, recipes.length);
  steps.forEach((step, i) => {
    if (step.base === null) assert.equal(i, 0);
    else assert.ok(step.base >= 1 && step.base <= i, `step ${i + 1} builds on step ${step.base}`);
  });
});

test("each step's change in words, in both languages, naming the step it builds on when it is not the one before", () => {
  const steps = ablationSteps();
  const words = (language: "en" | "zh", n: number) => ablationChangeText(language, { step: n, ...steps[n - 1] });
  assert.equal(words("en", 2), "+ 1 short span per training review");
  assert.equal(words("en", 6), "step 5 + 3 short spans per training review");
  assert.equal(words("en", 11), "step 10 without negation marking");
  assert.equal(words("zh", 7), "第 5 步 + 对填充做掩码");
  assert.equal(words("zh", 11), "第 10 步去掉否定标记");
  assert.equal(words("en", 14), "step 12 with each labelled phrase twice");
});
