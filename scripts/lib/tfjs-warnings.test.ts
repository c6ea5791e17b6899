import assert from "node:assert/strict";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { quietOrthogonalWarning } from "./tfjs-warnings";

test("tfjs's orthogonal-initializer warning is said once, in our words; other warnings pass through", () => {
  const printed: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => printed.push(args.map(String).join(" "));
  try {
    quietOrthogonalWarning();
    for (let i = 0; i < 3; i++) tf.tidy(() => tf.initializers.orthogonal({ seed: i }).apply([60, 240]));
    console.warn("another warning");
  } finally {
    console.warn = original;
  }
  const orthogonal = printed.filter((line) => /orthogonal/i.test(line));
  assert.equal(orthogonal.length, 1, printed.join("\n"));
  assert.match(orthogonal[0], /14,400 weights.*said once/);
  assert.ok(!orthogonal[0].includes("Slowness may result"), "tfjs's own wording is replaced");
  assert.ok(printed.includes("another warning"));
});
