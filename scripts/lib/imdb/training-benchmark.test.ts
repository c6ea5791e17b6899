import assert from "node:assert/strict";
import { before, test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { profileStep, stepMultiplyAdds } from "./training-benchmark";

const config = { numWords: 50, maxLen: 20, embeddingDim: 4, lstmUnits: 3 };

before(async () => {
  await tf.setBackend("cpu");
});

test("stepMultiplyAdds counts the fast LSTM's matMuls: review rows at full batch, padding rows once", () => {
  // Per row and step: forward (4 + 3 + 1)·12, the same again for the weight gradients, 12·3 and 12·4.
  const perRowStep = 8 * 12 * 2 + 12 * 3 + 12 * 4;
  assert.equal(stepMultiplyAdds(config, 5, 20), perRowStep * 5 * 20);
  assert.equal(stepMultiplyAdds(config, 5, 8), perRowStep * (5 * 8 + 12));
});

test("profileStep: the fast LSTM dispatches a few kernels per step, tf.layers.lstm dozens", async () => {
  // The difference between two padded lengths leaves out the step's fixed kernels (loss, Adam).
  const kernelsPerStep = async (lstm: "fast" | "layers") => {
    const short = await profileStep({ ...config, maxLen: 20 }, 2, 5, lstm);
    const long = await profileStep({ ...config, maxLen: 40 }, 2, 5, lstm);
    return { perStep: (long.kernelCount - short.kernelCount) / 20, profile: long };
  };
  const fast = await kernelsPerStep("fast");
  const layers = await kernelsPerStep("layers");
  assert.ok(fast.perStep <= 4, `fast: ${fast.perStep} kernels per step`);
  assert.ok(layers.perStep >= 50, `layers: ${layers.perStep} kernels per step`);
  assert.ok(fast.profile.kernels.some((kernel) => kernel.name === "fast LSTM op"));
  assert.ok(fast.profile.matMulMilliseconds > 0 && fast.profile.cpuSeconds > 0 && fast.profile.wallSeconds > 0);
});
