/**
 * The recipe ablation: train each step from the tutorial's recipe towards the default
 * one on the same training reviews, and measure every model on validation data only
 * (validation reviews, short-review validation set, behaviour suite). The test reviews
 * are never read here.
 */
import { join } from "node:path";
import type { AblationRow } from "../../lib/metadata";
import { loadPredictorDir } from "./artifacts";
import type { BackendChoice } from "./backend";
import { runBehaviourSuite } from "./behaviour-suite";
import { heldOutResult, predictTexts } from "./evaluation";
import { loadImdb } from "./imdb-dataset";
import { RECIPES, type Recipe } from "./recipes";
import { shortValidationSet } from "./short-reviews";
import { trainImdb } from "./train-imdb";
import { splitValidation } from "./validation-split";

export interface AblationStep {
  change: string;
  recipe: Recipe;
}

/** Cumulative: each step adds one change to the one before. */
export function ablationSteps(): AblationStep[] {
  const tutorial: Recipe = { ...RECIPES.tutorial, validationFraction: RECIPES.default.validationFraction };
  const spans: Recipe = { ...tutorial, spansPerReview: RECIPES.default.spansPerReview };
  const negation: Recipe = { ...spans, markNegation: true };
  return [
    { change: "the tutorial's recipe (5,000 words, 32-d embedding, 100 units, 3 epochs)", recipe: tutorial },
    { change: `+ ${RECIPES.default.spansPerReview} short spans per training review`, recipe: spans },
    { change: "+ negation marking", recipe: negation },
    {
      change: `+ ${RECIPES.default.model.numWords.toLocaleString("en")} words, ${RECIPES.default.model.embeddingDim}-d embedding, ${RECIPES.default.model.lstmUnits} units, 8-bit, early stopping (the default recipe)`,
      recipe: RECIPES.default,
    },
  ];
}

export interface AblationOptions {
  data?: string;
  /** Training reviews per run (all when undefined). */
  limit?: number;
  /** Most epochs per run, to fit the time budget; early stopping may stop sooner. */
  epochs?: number;
  workDir: string;
  backend: BackendChoice;
}

export async function runAblation(options: AblationOptions): Promise<AblationRow[]> {
  const { validation } = splitValidation((await loadImdb(options.data, { showProgress: false })).train);
  const shortValidation = shortValidationSet(validation);
  const rows: AblationRow[] = [];
  for (const [i, step] of ablationSteps().entries()) {
    const recipe =
      options.epochs === undefined
        ? step.recipe
        : { ...step.recipe, epochs: Math.min(step.recipe.epochs, options.epochs) };
    const out = join(options.workDir, `step-${i + 1}`);
    console.log(`\n== ablation step ${i + 1}: ${step.change}`);
    const metadata = await trainImdb({
      recipe,
      data: options.data,
      out,
      limit: options.limit,
      backend: options.backend,
      lstm: "fast",
      resume: true,
      checkpointDir: join(options.workDir, `step-${i + 1}-checkpoints`),
      skipEvaluation: true,
      anySize: false,
    });
    const { predict } = await loadPredictorDir(out);
    const score = (set: readonly { text: string; label: 0 | 1 }[], what: string) =>
      heldOutResult(
        set.map((r) => r.label),
        predictTexts(
          predict,
          set.map((r) => r.text),
          what,
        ),
      );
    rows.push({
      change: step.change,
      validation: score(validation, "validation"),
      shortValidation: score(shortValidation, "short validation"),
      behaviour: runBehaviourSuite(predict, metadata.unsureBand),
      epochs: metadata.training.epochs,
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
  return rows;
}
