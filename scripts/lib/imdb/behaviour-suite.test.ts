import assert from "node:assert/strict";
import { test } from "node:test";
import { CAPABILITIES } from "../../../lib/capabilities";
import { behaviourCases, checkBehaviour, passes, runBehaviourSuite, summarizeBehaviour } from "./behaviour-suite";

test("behaviourCases: 50 distinct cases per capability, in a fixed order", () => {
  const cases = behaviourCases();
  assert.equal(cases.length, 50 * CAPABILITIES.length);
  assert.equal(new Set(cases.map((c) => c.text)).size, cases.length);
  for (const capability of CAPABILITIES)
    assert.equal(cases.filter((c) => c.capability === capability).length, 50, capability);
  assert.deepEqual(behaviourCases(), cases);
});

test("behaviourCases: the expected verdicts follow the capability", () => {
  const cases = behaviourCases();
  const expectedOf = (capability: string) =>
    new Set(cases.filter((c) => c.capability === capability).map((c) => c.expected));
  assert.deepEqual(expectedOf("short positive"), new Set([1]));
  assert.deepEqual(expectedOf("negated positive"), new Set([0]));
  assert.deepEqual(expectedOf("negated negative"), new Set([1]));
  assert.deepEqual(expectedOf("no opinion"), new Set(["unsure"]));
  // Contrast and intensifier cases are half positive, half negative, so a constant model gets half.
  for (const capability of ["contrast with but", "intensifiers"]) {
    assert.equal(cases.filter((c) => c.capability === capability && c.expected === 1).length, 25, capability);
  }
  assert.ok(
    cases.filter((c) => c.capability === "negated positive").every((c) => /\bnot\b|n't\b|\bnever\b/i.test(c.text)),
  );
  assert.ok(cases.filter((c) => c.capability === "contrast with but").every((c) => c.text.includes(", but ")));
});

const passCases: {
  expected: 0 | 1 | "unsure";
  probability: number;
  band?: { low: number; high: number };
  passed: boolean;
}[] = [
  { expected: 1, probability: 0.51, passed: true },
  { expected: 1, probability: 0.5, passed: false },
  { expected: 0, probability: 0.49, passed: true },
  { expected: 0, probability: 0.5, passed: false },
  { expected: "unsure", probability: 0.35, passed: true },
  { expected: "unsure", probability: 0.66, passed: false },
  { expected: "unsure", probability: 0.7, band: { low: 0.3, high: 0.75 }, passed: true },
  { expected: "unsure", probability: 0.32, band: { low: 0.4, high: 0.6 }, passed: false },
];
for (const { expected, probability, band, passed } of passCases) {
  test(`passes: expected ${expected}, P = ${probability}${band ? `, band [${band.low}, ${band.high}]` : ""} -> ${passed}`, () => {
    assert.equal(passes(expected, probability, band), passed);
  });
}

const rates = (predict: (text: string) => number, band?: { low: number; high: number }) =>
  Object.fromEntries(runBehaviourSuite(predict, band).map((r) => [r.capability, `${r.passed}/${r.total}`]));

test("runBehaviourSuite: constant models pass exactly the cases with their verdict", () => {
  assert.deepEqual(
    rates(() => 0.9),
    {
      "short positive": "50/50",
      "short negative": "0/50",
      "negated positive": "0/50",
      "negated negative": "50/50",
      "contrast with but": "25/50",
      intensifiers: "25/50",
      "no opinion": "0/50",
    },
  );
  assert.deepEqual(
    rates(() => 0.5),
    {
      "short positive": "0/50",
      "short negative": "0/50",
      "negated positive": "0/50",
      "negated negative": "0/50",
      "contrast with but": "0/50",
      intensifiers: "0/50",
      "no opinion": "50/50",
    },
  );
  assert.equal(rates(() => 0.7, { low: 0.3, high: 0.75 })["no opinion"], "50/50");
});

test("runBehaviourSuite: a model that reads 'not' and 'but' passes those capabilities", () => {
  const POSITIVE =
    /\b(good|great|excellent|wonderful|amazing|brilliant|enjoyable|fantastic|superb|beautiful|delightful|entertaining|charming|fun|clever|impressive|loved?|like|enjoy)\b/i;
  // Reads only the clause after "but", and flips the verdict after a negation.
  const predict = (text: string) => {
    const clause = text.split(", but ").at(-1)!;
    const positive = POSITIVE.test(clause) !== /\b(not|never|nothing)\b|n't\b/i.test(clause);
    return positive ? 0.8 : 0.2;
  };
  const result = rates(predict);
  assert.equal(result["negated positive"], "50/50");
  assert.equal(result["negated negative"], "50/50");
  assert.equal(result["contrast with but"], "50/50");
});

test("summarizeBehaviour: positive capabilities count the cases the box does not call negative", () => {
  const band = { low: 0.3, high: 0.7 };
  // "not bad at all" cases at 0.8 (positive), 0.5 (unsure) and 0.2 (negative).
  const results = checkBehaviour((text) => (text.length % 3 === 0 ? 0.8 : text.length % 3 === 1 ? 0.5 : 0.2), band);
  const negatedNegative = summarizeBehaviour(results, band).find((c) => c.capability === "negated negative")!;
  const mine = results.filter((r) => r.capability === "negated negative");
  assert.equal(negatedNegative.notNegative, mine.filter((r) => r.probability >= 0.3).length);
  assert.ok(negatedNegative.notNegative! > negatedNegative.passed);
  const noOpinion = summarizeBehaviour(results, band).find((c) => c.capability === "no opinion")!;
  assert.equal(noOpinion.notNegative, undefined);
});
