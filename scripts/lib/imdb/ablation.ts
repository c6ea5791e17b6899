/**
 * The recipe ablation: train each step from the tutorial's recipe towards the default
 * one on the same training reviews, and measure every model on validation data only
 * (validation reviews, short-review validation set, behaviour suite). The test reviews
 * are never read here.
 */
import { join } from "node:path";
import { textToIndices } from "../../../lib/encode";
import type { AblationRow } from "../../../lib/metadata";
import { truncateSequence } from "../../../lib/padding";
import type { BackendChoice } from "../backend";
import { loadModelDir, loadPredictorDir } from "../model-files";
import { predictAll } from "../shared-padding";
import { runBehaviourSuite } from "./behaviour-suite";
import { heldOutResult } from "./evaluation";
import { sequenceLstmFor } from "./fit";
import { loadImdb } from "./imdb-dataset";
import { RECIPES, type Recipe } from "./recipes";
import { shortValidationSet } from "./short-reviews";
import { trainImdb } from "./train-imdb";
import { loadTreebankData } from "./treebank";
import { splitValidation } from "./validation-split";

export interface AblationStep {
  change: string;
  recipe: Recipe;
}

/**
 * Each step changes one thing in the recipe of the step before it, or of the step its
 * `change` names ("step 5 + ..."). Steps 1–5 walk from the tutorial's recipe towards the
 * default one; the later steps are candidates tried on top of step 5 or 6.
 */
export function ablationSteps(): AblationStep[] {
  const tutorial: Recipe = { ...RECIPES.tutorial, validationFraction: 0.1 };
  const spans: Recipe = { ...tutorial, spansPerReview: 1 };
  const negation: Recipe = { ...spans, markNegation: true };
  const smaller: Recipe = {
    ...negation,
    model: { ...negation.model, numWords: 10_000, embeddingDim: 16, lstmUnits: 64 },
    quantize: true,
  };
  const earlyStopping: Recipe = { ...smaller, epochs: 6, patience: 2 };
  const moreSpans: Recipe = { ...earlyStopping, spansPerReview: 3 };
  const masking: Recipe = { ...earlyStopping, model: { ...earlyStopping.model, maskZero: true } };
  const dropout: Recipe = { ...earlyStopping, dropout: 0.5 };
  const moreSpansMasked: Recipe = { ...moreSpans, model: { ...moreSpans.model, maskZero: true } };
  const phrases: Recipe = { ...moreSpans, treebankPhrases: 1 };
  const phrasesNoNegation: Recipe = { ...phrases, markNegation: false };
  const neutral: Recipe = { ...phrasesNoNegation, neutralPhrases: 1 };
  const neutralLonger: Recipe = { ...neutral, epochs: 10 };
  const phrasesTwice: Recipe = { ...neutral, treebankPhrases: 2 };
  return [
    { change: "the tutorial's recipe (5,000 words, 32-d embedding, 100 units, 3 epochs)", recipe: tutorial },
    { change: "+ 1 short span per training review", recipe: spans },
    { change: "+ negation marking", recipe: negation },
    { change: "+ 10,000 words, 16-d embedding, 64 units, 8-bit weights", recipe: smaller },
    { change: "+ up to 6 epochs, early stopping (patience 2)", recipe: earlyStopping },
    { change: "step 5 + 3 short spans per training review", recipe: moreSpans },
    { change: "step 5 + masking the padding", recipe: masking },
    { change: "step 5 + dropout 0.5 on the LSTM's inputs", recipe: dropout },
    { change: "step 6 + masking the padding", recipe: moreSpansMasked },
    {
      change: "step 6 + the treebank's labelled phrases (early stopping on all three validation sets)",
      recipe: phrases,
    },
    { change: "step 10 without negation marking", recipe: phrasesNoNegation },
    { change: 'step 11 + the treebank\'s neutral phrases as "no opinion" (target 0.5)', recipe: neutral },
    { change: "step 12 with up to 10 epochs", recipe: neutralLonger },
    { change: "step 12 with each labelled phrase twice", recipe: phrasesTwice },
  ];
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
    console.log(`\n== ablation step ${i + 1}: ${step.change}`);
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
