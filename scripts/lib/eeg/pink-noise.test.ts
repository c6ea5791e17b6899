import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../../../lib/random";
import { bandPass } from "./filters";
import { gaussian, pinkNoise } from "./pink-noise";

const RATE = 128;
const variance = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
};

describe("gaussian", () => {
  it("has mean 0 and variance 1", () => {
    const normal = gaussian(seededRandom(3));
    const xs = Array.from({ length: 20000 }, normal);
    assert.ok(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length) < 0.03);
    assert.ok(Math.abs(variance(xs) - 1) < 0.05);
  });
});

describe("pinkNoise", () => {
  const noise = pinkNoise(RATE * 120, RATE, seededRandom(5));
  const octavePower = (low: number) => variance(bandPass(noise, RATE, [low, 2 * low]));

  it("has variance about 1", () => assert.ok(Math.abs(variance(noise) - 1) < 0.25, `variance ${variance(noise)}`));
  it("has about equal power in every octave (1/f), unlike white noise", () => {
    const powers = [2, 4, 8, 16].map(octavePower);
    const ratio = Math.max(...powers) / Math.min(...powers);
    assert.ok(ratio < 1.5, `octave powers ${powers.map((p) => p.toFixed(3)).join(", ")}`);
    const white = Array.from({ length: RATE * 120 }, gaussian(seededRandom(5)));
    const whiteRatio = variance(bandPass(white, RATE, [16, 32])) / variance(bandPass(white, RATE, [2, 4]));
    assert.ok(whiteRatio > 6, `white noise 16-32 Hz / 2-4 Hz power ${whiteRatio.toFixed(2)}`);
  });
  it("is the same for the same seed", () => {
    assert.deepEqual(pinkNoise(50, RATE, seededRandom(8)), pinkNoise(50, RATE, seededRandom(8)));
  });
});
