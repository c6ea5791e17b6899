/**
 * The recipe ablation: train each step from the tutorial's recipe towards the default
 * one on the same training reviews, and measure every model on validation data only
 * (validation reviews, short-review validation set, behaviour suite). The test reviews
 * are never read here.
 */
import { join } from "node:path";
import { ABLATION_STEPS, type AblationStep } from "../../../lib/ablation-steps";
import { textToIndices } from "../../../lib/encode";
import { ablationChangeText } from "../../../lib/i18n/ablation";
import type { AblationRow } from "../../../lib/metadata";
import { truncateSequence } from "../../../lib/padding";
import type { BackendChoice } from "../backend";
import { loadModelDir, loadPredictorDir } from "../open-saved-model";
import { predictAll } from "../shared-padding";
import { runBehaviourSuite } from "./behaviour-suite";
import { heldOutResult } from "./evaluation";
import { sequenceLstmFor } from "./fit";
import { loadImdb } from "./imdb-dataset";
import { ABLATION_RECIPES, type Recipe } from "./recipes";
import { shortValidationSet } from "./short-reviews";
import { trainImdb } from "./train-imdb";
import { loadTreebankData } from "./treebank";
import { splitValidation } from "./validation-split";

/** Every step of lib/ablation-steps.ts with its recipe, derived from the recipe of the step it builds on. */
export function ablationSteps(): (AblationStep & { recipe: Recipe })[] {
  return ABLATION_STEPS.map((step, i) => ({ ...step, recipe: ABLATION_RECIPES[i] }));
}

export interface AblationOptions {
  data?: string;
  /** The treebank folder (train.txt, dev.txt): steps that use its phrases need it; every step is measured on its dev sentences. */
  treebank?: string;
  /** Training reviews per run (all when undefined). */
  limit?: number;
  /** Most epochs per run, to fit the time budget; early stopping may stop sooner. */
  epochs?: number;
  workDir: string;
  backend: BackendChoice;
  /** 1-based step numbers to train and measure (all when undefined). */
  steps?: readonly number[];
}

export async function runAblation(options: AblationOptions): Promise<AblationRow[]> {
  const { validation } = splitValidation((await loadImdb(options.data, { showProgress: false })).train);
  const shortValidation = shortValidationSet(validation);
  const treebankDev = options.treebank ? (await loadTreebankData(options.treebank)).devSentences : undefined;
  const rows: AblationRow[] = [];
  const steps = ablationSteps();
  for (const n of options.steps ?? [])
    if (!Number.isInteger(n) || n < 1 || n > steps.length)
      throw new RangeError(`no ablation step ${n}: the steps are 1 to ${steps.length}`);
  for (const [i, step] of steps.entries()) {
    if (options.steps && !options.steps.includes(i + 1)) continue;
    const recipe =
      options.epochs === undefined
        ? step.recipe
        : { ...step.recipe, epochs: Math.min(step.recipe.epochs, options.epochs) };
    const out = join(options.workDir, `step-${i + 1}`);
    console.log(`\n== ablation step ${i + 1}: ${ablationChangeText("en", { step: i + 1, ...step })}`);
    const metadata = await trainImdb({
      recipe,
      data: options.data,
      treebank: options.treebank,
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
    // Thousands of reviews: the batched tfjs path (the same numbers as the browser's
    // Predictor to 1e-5, scripts/lib/shared-padding.test.ts), minutes faster per step.
    const { model } = await loadModelDir(out);
    const sequenceLstm = sequenceLstmFor(model, "fast");
    const score = async (set: readonly { text: string; label: 0 | 1 }[]) => {
      const sequences = set.map((r) => truncateSequence(textToIndices(r.text, metadata), recipe.model.maxLen, "pre"));
      const probabilities = await predictAll(model, sequences, recipe.model.maxLen, 128, undefined, sequenceLstm);
      return heldOutResult(
        set.map((r) => r.label),
        Array.from(probabilities),
      );
    };
    rows.push({
      step: i + 1,
      base: step.base,
      change: step.change,
      validation: await score(validation),
      shortValidation: await score(shortValidation),
      ...(treebankDev ? { treebankDev: await score(treebankDev) } : {}),
      behaviour: runBehaviourSuite(predict, metadata.unsureBand),
      epochs: metadata.training.epochs,
      ...(metadata.unsureBand ? { unsureBand: metadata.unsureBand } : {}),
    });
    model.dispose();
    console.log(JSON.stringify(rows.at(-1)));
  }
  return rows;
}
