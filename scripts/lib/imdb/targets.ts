/**
 * The targets issue 26 sets (issue 18's, IMDB test raised to 89%) for the box's model (`default`), in one table, and how each is
 * measured on a model folder: from what its metadata.json records (`npm run train`,
 * `npm run evaluate -- --save`), the behaviour suite run now through the browser's Predictor,
 * and the gzipped size of the files the box downloads. tests/behaviour-suite-models.test.ts
 * checks the shipped model against them.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { CapabilityResult, ModelMetadata } from "../../../lib/metadata";
import { MODEL_FILES } from "../../../lib/model-folder";
import { CAPABILITIES, type Capability } from "./behaviour-suite";
import { NAIVE_BAYES_NAME } from "./naive-bayes";

/** What a target is measured on: the model's folder, its metadata, and the behaviour suite's results now. */
export interface Measured {
  dir: string;
  metadata: ModelMetadata;
  behaviour: CapabilityResult[];
}

export interface Target {
  /** The target as issue 26 words it. */
  name: string;
  /** At least (`min`) or at most (`max`) this value. */
  bound: { min: number } | { max: number };
  /** The value on this model, or null when nothing has measured it yet. */
  measure: (model: Measured) => number | null | Promise<number | null>;
}

const passRate = (capability: Capability) => (model: Measured) => {
  const result = model.behaviour.find((r) => r.capability === capability);
  return result ? result.passed / result.total : null;
};

const naiveBayes = (metadata: ModelMetadata) => metadata.baselines?.find((b) => b.name === NAIVE_BAYES_NAME);

/** Issue 26's targets for `default`. */
export const DEFAULT_MODEL_TARGETS: Target[] = [
  { name: "IMDB test accuracy", bound: { min: 0.89 }, measure: (m) => m.metadata.evaluation?.accuracy ?? null },
  {
    name: "treebank dev accuracy at 0.5",
    bound: { min: 0.85 },
    measure: (m) => m.metadata.treebankDev?.accuracy ?? null,
  },
  {
    name: "short-review validation accuracy minus Naive Bayes's",
    bound: { min: 0.02 },
    measure: (m) => {
      const nb = naiveBayes(m.metadata)?.shortValidation;
      return m.metadata.shortValidation && nb ? m.metadata.shortValidation.accuracy - nb.accuracy : null;
    },
  },
  ...(["shortValidation", "treebankDev"] as const).flatMap((set): Target[] => [
    { name: `${set}: share "unsure"`, bound: { max: 0.25 }, measure: (m) => m.metadata[set]?.box?.unsure ?? null },
    {
      name: `${set}: accuracy outside the unsure band`,
      bound: { min: 0.9 },
      measure: (m) => m.metadata[set]?.box?.accuracyOutside ?? null,
    },
  ]),
  {
    name: "behaviour: negated negative not called negative",
    bound: { min: 0.5 },
    measure: (m) => {
      const result = m.behaviour.find((r) => r.capability === "negated negative");
      return result?.notNegative === undefined ? null : result.notNegative / result.total;
    },
  },
  ...CAPABILITIES.filter((c) => c !== "negated negative").map(
    (capability): Target => ({ name: `behaviour: ${capability}`, bound: { min: 0.9 }, measure: passRate(capability) }),
  ),
  {
    name: "download, gzipped kB (model.json + weights + metadata.json)",
    bound: { max: 300 },
    measure: async (m) => {
      const files = [MODEL_FILES.model, MODEL_FILES.weights, MODEL_FILES.metadata];
      const sizes = await Promise.all(files.map(async (name) => gzipSync(await readFile(join(m.dir, name))).length));
      return sizes.reduce((a, b) => a + b, 0) / 1000;
    },
  },
];

export interface TargetResult {
  name: string;
  bound: Target["bound"];
  value: number | null;
  met: boolean;
}

/** Every target measured on the model; a target nothing has measured is not met. */
export async function checkTargets(
  model: Measured,
  targets: Target[] = DEFAULT_MODEL_TARGETS,
): Promise<TargetResult[]> {
  return Promise.all(
    targets.map(async ({ name, bound, measure }) => {
      const value = await measure(model);
      const met = value !== null && ("min" in bound ? value >= bound.min : value <= bound.max);
      return { name, bound, value, met };
    }),
  );
}

/** One line: "behaviour: contrast with but 0.620 (target ≥ 0.9)". */
export function describeResult({ name, bound, value }: TargetResult): string {
  const target = "min" in bound ? `≥ ${bound.min}` : `≤ ${bound.max}`;
  return `${name} ${value === null ? "not measured" : value.toFixed(3)} (target ${target})`;
}
