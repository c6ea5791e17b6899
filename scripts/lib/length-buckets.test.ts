import assert from "node:assert/strict";
import { test } from "node:test";
import { seededRandom } from "../../lib/random";
import { lengthBuckets } from "./length-buckets";

/** 1,000 review lengths between 1 and 500, from a fixed seed. */
const lengths = Array.from(
  { length: 1000 },
  (
    (random) => () =>
      1 + Math.floor(random() * 500)
  )(seededRandom(1)),
);

const spread = (batch: number[]) =>
  Math.max(...batch.map((i) => lengths[i])) - Math.min(...batch.map((i) => lengths[i]));
const mean = (values: number[]) => values.reduce((sum, x) => sum + x, 0) / values.length;

test("every index appears exactly once", () => {
  const batches = lengthBuckets(lengths, 32, seededRandom(7));
  assert.deepEqual(
    batches.flat().sort((a, b) => a - b),
    lengths.map((_, i) => i),
  );
});

test("batches are batchSize long, except one shorter batch per pool", () => {
  // 1,000 = 1 full pool of 16 × 32 = 512, then 488 = 15 batches of 32 and one of 8.
  const sizes = lengthBuckets(lengths, 32, seededRandom(7)).map((batch) => batch.length);
  assert.equal(sizes.length, 32);
  assert.deepEqual(
    sizes.filter((size) => size !== 32),
    [8],
  );
});

test("batch size 1 gives one example per batch", () => {
  const batches = lengthBuckets([3, 1, 2], 1, seededRandom(7));
  assert.deepEqual(
    batches.map((batch) => batch.length),
    [1, 1, 1],
  );
});

test("no examples give no batches", () => {
  assert.deepEqual(lengthBuckets([], 4, seededRandom(7)), []);
});

test("the same seed gives the same batches; another seed other batches", () => {
  const first = lengthBuckets(lengths, 16, seededRandom(7));
  assert.deepEqual(lengthBuckets(lengths, 16, seededRandom(7)), first);
  assert.notDeepEqual(lengthBuckets(lengths, 16, seededRandom(8)), first);
});

test("within one pool, batches are runs of the lengths in sorted order", () => {
  // 32 distinct lengths fit in one pool (16 batches of 4): each batch is 4 neighbours.
  const distinct = [...Array(32).keys()].reverse();
  const batches = lengthBuckets(distinct, 4, seededRandom(3));
  const runs = batches.map((batch) => batch.map((i) => distinct[i]).sort((a, b) => a - b));
  assert.deepEqual(
    runs.slice().sort((a, b) => a[0] - b[0]),
    [...Array(8).keys()].map((k) => [4 * k, 4 * k + 1, 4 * k + 2, 4 * k + 3]),
  );
  // ...and they are not simply in length order.
  assert.notDeepEqual(
    runs.map((run) => run[0]),
    [0, 4, 8, 12, 16, 20, 24, 28],
  );
});

test("batches have much more similar lengths than random batches", () => {
  const bucketed = mean(lengthBuckets(lengths, 32, seededRandom(7)).map(spread));
  const random = mean(
    lengthBuckets(lengths, 1, seededRandom(7))
      .flat()
      .reduce<number[][]>((batches, index, k) => {
        if (k % 32 === 0) batches.push([]);
        batches[batches.length - 1].push(index);
        return batches;
      }, [])
      .map(spread),
  );
  assert.ok(random > 400, `random batches of 32 should span most of 1..500, got ${random}`);
  assert.ok(bucketed < random / 10, `bucketed spread ${bucketed} vs random ${random}`);
});

for (const batchSize of [0, -1, 1.5, Number.NaN]) {
  test(`batch size ${batchSize} is rejected`, () => {
    assert.throws(() => lengthBuckets([1, 2, 3], batchSize, seededRandom(7)), {
      name: "RangeError",
      message: /batchSize/,
    });
  });
}
