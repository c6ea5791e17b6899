import assert from "node:assert/strict";
import { it } from "node:test";
import { seededRandom } from "../../../lib/random";
import { applySpatialFilters, concatenatedCovariance, cspFeatures, fitCsp } from "./csp";

const random = seededRandom(11);
const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());

/** Three channels of noise; label 1 adds a strong source seen as [1, -1, 0], label 0 one seen as [0, 1, 1]. */
function trial(label: number): number[][] {
  return Array.from({ length: 50 }, () => {
    const source = 3 * gaussian();
    const pattern = label === 1 ? [1, -1, 0] : [0, 1, 1];
    return pattern.map((p) => p * source + gaussian());
  });
}

it("computes the uncentred covariance of concatenated trials", () => {
  const covariance = concatenatedCovariance([
    [
      [1, 2],
      [3, 0],
    ],
    [[-1, 1]],
  ]);
  assert.deepEqual(covariance.to2DArray(), [
    [11 / 3, 1 / 3],
    [1 / 3, 5 / 3],
  ]);
});

it("finds filters that whiten the composite covariance and separate the classes' power", () => {
  const labels = Array.from({ length: 40 }, (_, i) => i % 2);
  const trials = labels.map(trial);
  const model = fitCsp(trials, labels, 2, "ends");
  assert.equal(model.filters.length, 2);
  // first filter: most class-0 power (eigenvalue near 1), second: least
  assert.ok(model.eigenvalues[0] > 0.8 && model.eigenvalues[1] < 0.2, `${model.eigenvalues}`);
  // W (C0 + C1) Wᵀ = I
  const composite = concatenatedCovariance(trials.filter((_, i) => labels[i] === 0)).add(
    concatenatedCovariance(trials.filter((_, i) => labels[i] === 1)),
  );
  for (const [a, f] of model.filters.entries())
    for (const [b, g] of model.filters.entries()) {
      const value = f.reduce((s, fi, i) => s + fi * g.reduce((t, gj, j) => t + composite.get(i, j) * gj, 0), 0);
      assert.ok(Math.abs(value - (a === b ? 1 : 0)) < 1e-9, `${a},${b}: ${value}`);
    }
  // the first filter's log power is higher on class 0 trials, the second's on class 1
  const fresh = [0, 1].map((label) => cspFeatures(model, trial(label)));
  assert.ok(fresh[0][0] > fresh[1][0] && fresh[1][1] > fresh[0][1], JSON.stringify(fresh));
});

it("projects samples through the filters and refuses impossible filter counts", () => {
  assert.deepEqual(
    applySpatialFilters(
      [
        [1, 0],
        [1, -1],
      ],
      [
        [2, 3],
        [4, 1],
      ],
    ),
    [
      [2, -1],
      [4, 3],
    ],
  );
  assert.throws(() => fitCsp([trial(0), trial(1)], [0, 1], 4), /1 to 3 components/);
  assert.throws(() => fitCsp([trial(0), trial(1)], [0, 1], 1, "ends"), /even number/);
  assert.throws(() => fitCsp([trial(0), trial(0)], [0, 0], 1), /both labels/);
});

it("works when the average reference removes one direction", () => {
  const labels = Array.from({ length: 20 }, (_, i) => i % 2);
  const trials = labels.map((label) =>
    trial(label).map((row) => {
      const mean = row.reduce((s, x) => s + x, 0) / row.length;
      return row.map((x) => x - mean);
    }),
  );
  const model = fitCsp(trials, labels, 2);
  assert.ok(model.filters.flat().every(Number.isFinite));
});

it("keeps the components farthest from an even split, from whichever end", () => {
  const labels = Array.from({ length: 40 }, (_, i) => i % 2);
  const trials = labels.map(trial);
  const { eigenvalues } = fitCsp(trials, labels, 3);
  const distance = eigenvalues.map((v) => Math.abs(v - 0.5));
  assert.deepEqual(
    distance,
    [...distance].sort((a, b) => b - a),
  );
  // the two strong patterns come first, one from each end; the third is the noise direction
  assert.ok(distance[1] > 0.3 && distance[2] < 0.2, `${eigenvalues}`);
});
