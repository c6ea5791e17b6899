import assert from "node:assert/strict";
import { it } from "node:test";
import { seededRandom } from "../../../lib/random";
import { fitLogistic, fitLogisticWithInnerCv, predictLogistic, windowMeans } from "./logistic-baseline";

it("averages each channel over consecutive windows, dropping a partial last window", () => {
  const samples = [
    [1, 10],
    [3, 20],
    [5, 30],
    [7, 40],
    [9, 50],
  ];
  assert.deepEqual(windowMeans(samples, 2), [2, 15, 6, 35]);
  assert.throws(() => windowMeans(samples, 6), /shorter than one feature window/);
});

const random = seededRandom(3);
const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
const make = (n: number, subjects: number) =>
  Array.from({ length: n }, (_, i) => {
    const label = i % 2;
    return { x: [label * 1.5 + gaussian(), gaussian(), gaussian()], y: label, subject: `s${i % subjects}` };
  });

it("learns a separable-ish problem and beats chance on new examples", () => {
  const train = make(200, 4),
    test = make(200, 4);
  const model = fitLogistic(
    train.map((e) => e.x),
    train.map((e) => e.y),
    0.01,
  );
  const p = predictLogistic(
    model,
    test.map((e) => e.x),
  );
  const accuracy = p.filter((q, i) => (q >= 0.5 ? 1 : 0) === test[i].y).length / p.length;
  assert.ok(accuracy > 0.7, `accuracy ${accuracy}`);
  assert.ok(Math.abs(model.weights[0]) > 5 * Math.abs(model.weights[1]), "the informative feature gets the weight");
});

it("shrinks weights as L2 grows", () => {
  const train = make(100, 4);
  const norm = (l2: number) =>
    Math.hypot(
      ...fitLogistic(
        train.map((e) => e.x),
        train.map((e) => e.y),
        l2,
      ).weights,
    );
  assert.ok(norm(100) < norm(1) && norm(1) < norm(0.001));
});

it("picks L2 by inner cross-validation over subjects, and needs two of them", () => {
  const train = make(120, 4);
  const model = fitLogisticWithInnerCv(
    train.map((e) => e.x),
    train.map((e) => e.y),
    train.map((e) => e.subject),
    [0.01, 1000],
  );
  assert.equal(model.l2, 0.01, "heavy shrinkage loses on a learnable problem");
  assert.throws(
    () =>
      fitLogisticWithInnerCv(
        train.map((e) => e.x),
        train.map((e) => e.y),
        train.map(() => "one"),
      ),
    /at least 2 training subjects/,
  );
});
