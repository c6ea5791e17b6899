import assert from "node:assert/strict";
import { test } from "node:test";
import { Matrix } from "ml-matrix";
import { seededRandom } from "../../lib/random";
import { symmetricEigen } from "./symmetric-eigen";

test("a symmetric matrix's eigen-decomposition puts it back together, values ascending", () => {
  const n = 7;
  const random = seededRandom(3);
  const x = Matrix.from1DArray(
    n,
    n,
    Array.from({ length: n * n }, () => random() * 2 - 1),
  );
  const m = x.add(x.transpose());
  const { values, vectors } = symmetricEigen(m);
  for (let i = 1; i < n; i++) assert.ok(values[i - 1] <= values[i]);
  const back = vectors.mmul(Matrix.diag(values)).mmul(vectors.transpose());
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) assert.ok(Math.abs(back.get(i, j) - m.get(i, j)) < 1e-12, `(${i}, ${j})`);
});
