/**
 * The shipped models, two ways:
 *
 * - regression: every model folder under public/models/ passes at least as many
 *   behaviour-suite cases, per capability, as its card.json records
 *   (`npm run evaluate -- --model NAME --save` records them). This catches a change in the
 *   code that reads reviews, not a weak model.
 * - targets: the box's model (`default`) against issue 18's targets
 *   (scripts/lib/imdb/targets.ts). A target the shipped model misses must be listed in
 *   KNOWN_MISSES below with its measured value, so a miss is never silent: an unlisted miss
 *   fails, and so does a listed one that is now met or measures differently (update the list).
 *
 * The default model, the one the box uses, must be there. Nothing is skipped: a model
 * without recorded rates fails, saying how to record them.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runBehaviourSuite } from "../scripts/lib/imdb/behaviour-suite";
import { checkTargets, describeResult } from "../scripts/lib/imdb/targets";
import { loadPredictorDir } from "../scripts/lib/open-saved-model";

const MODELS = join("public", "models");
const found = existsSync(MODELS)
  ? readdirSync(MODELS)
      .filter((name) => existsSync(join(MODELS, name, "reading.json")))
      .sort()
  : [];

test("public/models/ holds the default model the box uses", () => {
  assert.ok(
    found.includes("default"),
    `${MODELS}/default/reading.json not found (models there: ${found.join(", ") || "none"}): train and commit the default model`,
  );
});

for (const name of found) {
  test(`regression: ${name} model passes at least the behaviour-suite cases its metadata records`, async () => {
    const dir = join(MODELS, name);
    const { metadata, predict } = await loadPredictorDir(dir);
    assert.ok(
      metadata.behaviour?.length,
      `${dir}/card.json records no behaviour-suite rates: run npm run evaluate -- --model ${name} --save`,
    );
    const measured = runBehaviourSuite(predict, metadata.unsureBand);
    for (const recorded of metadata.behaviour) {
      const now = measured.find((r) => r.capability === recorded.capability);
      assert.ok(
        now,
        `the suite has no capability "${recorded.capability}" any more: re-record with npm run evaluate -- --model ${name} --save`,
      );
      assert.equal(
        now.total,
        recorded.total,
        `"${recorded.capability}" has ${now.total} cases, the record ${recorded.total}: re-record with npm run evaluate -- --model ${name} --save`,
      );
      assert.ok(
        now.passed >= recorded.passed,
        `${name}: "${recorded.capability}" passes ${now.passed}/${now.total}, below the recorded ${recorded.passed}/${recorded.total}`,
      );
    }
  });
}

/**
 * Issue 18's targets that the shipped `default` misses, with the value measured on it (3 decimals):
 * the retrained model (ablation step 11) of 5 December 2026. Issue 18 allows a miss when the
 * ablation shows what was tried; when the model changes, this list is redone from the test's report.
 */
const KNOWN_MISSES: Record<string, number> = {
  "treebank dev accuracy at 0.5": 0.826,
  "short-review validation accuracy minus Naive Bayes's": -0.023,
  'shortValidation: share "unsure"': 0.33,
  "shortValidation: accuracy outside the unsure band": 0.828,
  'treebankDev: share "unsure"': 0.283,
  "behaviour: negated negative not called negative": 0.36,
  "behaviour: contrast with but": 0.88,
  "behaviour: no opinion": 0.64,
};

test("targets: the default model against issue 18's targets, every miss listed with its value", async (t) => {
  const dir = join(MODELS, "default");
  const { metadata, predict } = await loadPredictorDir(dir);
  const results = await checkTargets({ dir, metadata, behaviour: runBehaviourSuite(predict, metadata.unsureBand) });
  for (const result of results) t.diagnostic(`${result.met ? "met   " : "missed"} ${describeResult(result)}`);
  const problems: string[] = [];
  for (const result of results) {
    const listed = KNOWN_MISSES[result.name];
    if (!result.met && listed === undefined) problems.push(`missed, not in KNOWN_MISSES: ${describeResult(result)}`);
    if (result.met && listed !== undefined)
      problems.push(`now met, remove from KNOWN_MISSES: ${describeResult(result)}`);
    if (!result.met && listed !== undefined && (result.value === null || Math.abs(result.value - listed) > 0.0005))
      problems.push(`KNOWN_MISSES records ${listed}, measured now: ${describeResult(result)}`);
  }
  for (const name of Object.keys(KNOWN_MISSES))
    if (!results.some((r) => r.name === name)) problems.push(`KNOWN_MISSES names "${name}", which is no target`);
  assert.deepEqual(problems, []);
});
