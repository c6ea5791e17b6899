import assert from "node:assert/strict";
import { it } from "node:test";
import { seededRandom } from "../../../lib/random";
import { fitLda, predictLda } from "./lda";

it("puts the boundary halfway between equally likely class means", () => {
  const cross = [
    [-1, 0],
    [1, 0],
    [0, 1],
    [0, -1],
  ];
  const model = fitLda([...cross, ...cross.map(([a, b]) => [a + 4, b])], [0, 0, 0, 0, 1, 1, 1, 1]);
  const [atMidpoint, nearOne, nearZero] = predictLda(model, [
    [2, 0],
    [4, 0],
    [0, 0],
  ]);
  assert.ok(Math.abs(atMidpoint - 0.5) < 1e-9);
  assert.ok(nearOne > 0.9 && nearZero < 0.1, `${nearOne} ${nearZero}`);
});

it("separates correlated Gaussians better than chance on new examples", () => {
  const random = seededRandom(5);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const make = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const shared = gaussian();
      return { x: [shared + (i % 2), shared + 0.3 * gaussian()], y: i % 2 };
    });
  const model = fitLda(
    make(200).map((e) => e.x),
    make(200).map((e) => e.y),
  );
  const test = make(200);
  const correct = predictLda(
    model,
    test.map((e) => e.x),
  ).filter((p, i) => (p >= 0.5 ? 1 : 0) === test[i].y).length;
  // x1 - x2 removes the shared part: the classes are ~3 standard deviations apart
  assert.ok(correct / test.length > 0.9, `${correct}/200`);
});
