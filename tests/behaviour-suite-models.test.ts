/**
 * The shipped models keep their behaviour: every model folder under public/models/
 * must pass at least as many behaviour-suite cases, per capability, as its
 * metadata.json records (`npm run evaluate -- --model NAME --save` records them).
 * The default model, the one the box uses, must be there. Nothing is skipped: a model
 * without recorded rates fails, saying how to record them.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runBehaviourSuite } from "../scripts/lib/imdb/behaviour-suite";
import { loadPredictorDir } from "../scripts/lib/model-files";

const MODELS = join("public", "models");
const found = existsSync(MODELS)
  ? readdirSync(MODELS)
      .filter((name) => existsSync(join(MODELS, name, "metadata.json")))
      .sort()
  : [];

test("public/models/ holds the default model the box uses", () => {
  assert.ok(
    found.includes("default"),
    `${MODELS}/default/metadata.json not found (models there: ${found.join(", ") || "none"}): train and commit the default model`,
  );
});

for (const name of found) {
  test(`${name} model passes at least the behaviour-suite cases its metadata records`, async () => {
    const dir = join(MODELS, name);
    const { metadata, predict } = await loadPredictorDir(dir);
    assert.ok(
      metadata.behaviour?.length,
      `${dir}/metadata.json records no behaviour-suite rates: run npm run evaluate -- --model ${name} --save`,
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
