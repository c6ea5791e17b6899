import assert from "node:assert/strict";
import { test } from "node:test";
import type { ModelMetadata } from "../../../lib/metadata";
import { checkTargets, formatTargetsReport, type Measured, type Target } from "./targets";

/** Targets whose measures return fixed values, so the report's verdicts are known in advance. */
const fixed = (name: string, bound: Target["bound"], value: number | null): Target => ({
  name,
  bound,
  measure: () => value,
});

const model: Measured = { dir: "unused", metadata: {} as ModelMetadata, behaviour: [] };

test("checkTargets: a value beyond its bound is missed, one within it met, an unmeasured one missed", async () => {
  const results = await checkTargets(model, [
    fixed("accuracy", { min: 0.85 }, 0.826),
    fixed("accuracy at the bound", { min: 0.9 }, 0.9),
    fixed("unsure share", { max: 0.25 }, 0.33),
    fixed("download kB", { max: 300 }, 219.7),
    fixed("never measured", { min: 0.5 }, null),
  ]);
  assert.deepEqual(
    results.map(({ name, met }) => [name, met]),
    [
      ["accuracy", false],
      ["accuracy at the bound", true],
      ["unsure share", false],
      ["download kB", true],
      ["never measured", false],
    ],
  );
});

test("formatTargetsReport: each miss on a MISSED line, and the count of misses", async () => {
  const results = await checkTargets(model, [
    fixed("treebank dev accuracy at 0.5", { min: 0.85 }, 0.826),
    fixed("IMDB test accuracy", { min: 0.89 }, 0.891),
  ]);
  assert.equal(
    formatTargetsReport(results),
    [
      "MISSED  treebank dev accuracy at 0.5 0.826 (target ≥ 0.85)",
      "met     IMDB test accuracy 0.891 (target ≥ 0.89)",
      "",
      "1 of 2 targets missed",
    ].join("\n"),
  );
  assert.equal(formatTargetsReport(results.slice(1)).split("\n").at(-1), "1 of 1 targets met");
});
