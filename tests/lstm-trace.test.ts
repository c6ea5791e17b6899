import assert from "node:assert/strict";
import { test } from "node:test";
import { mostAlignedUnit, occlusion, traceLstm } from "../components/course/widgets/lstm-trace";
import { type EncodingSettings, textToIndices } from "../lib/encode";
import type { NetworkWeights } from "../lib/network-weights";
import { Predictor } from "../lib/predictor";
import { seededRandom } from "../lib/random";
import { buildVocabulary } from "../lib/vocabulary";

const WORDS = ["the", "film", "was", "good", "bad", "not", "boring"];
const units = 5,
  embeddingDim = 3,
  numWords = 4 + WORDS.length,
  maxLen = 8;

/** A tiny random network (seeded), so the test needs no trained model. */
function tinyNetwork(): { weights: NetworkWeights; settings: EncodingSettings } {
  const random = seededRandom(11);
  const values = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);
  const outputKernel = values(units);
  outputKernel[3] = 2.5; // the unit most aligned with the output
  return {
    weights: {
      embeddings: values(numWords * embeddingDim),
      embeddingDim,
      lstm: {
        units,
        inputDim: embeddingDim,
        kernel: values(embeddingDim * 4 * units),
        recurrentKernel: values(units * 4 * units),
        bias: values(4 * units),
      },
      outputKernel,
      outputBias: 0.1,
    },
    settings: {
      model: { numWords, maxLen, embeddingDim, lstmUnits: units },
      preprocessing: {
        tokenizerVersion: 2,
        padding: "pre",
        truncating: "pre",
        padIndex: 0,
        startIndex: 1,
        oovIndex: 2,
        firstWordIndex: 4,
      },
      vocabulary: buildVocabulary([WORDS.flatMap((word, i) => Array<string>(WORDS.length - i).fill(word))], numWords),
    },
  };
}

test("traceLstm matches the predictor step by step, short and truncated reviews", () => {
  const { weights, settings } = tinyNetwork();
  const predictor = new Predictor(weights, settings);
  for (const text of ["the film was good", "the film was not good but boring and bad and the film was good"]) {
    const steps = traceLstm(weights, settings, textToIndices(text, settings));
    const reading = predictor.read(text);
    assert.equal(steps.length, reading.tokens.length);
    assert.ok(steps.length <= maxLen);
    steps.forEach((step, i) => {
      assert.equal(step.index, reading.tokens[i].index);
      assert.ok(Math.abs(step.opinion - reading.tokens[i].opinionSoFar) < 1e-12, `step ${i}`);
    });
    assert.ok(Math.abs(steps.at(-1)!.opinion - reading.probability) < 1e-12);
  }
});

test("gates are in their ranges and the states follow the LSTM equations", () => {
  const { weights, settings } = tinyNetwork();
  const steps = traceLstm(weights, settings, textToIndices("the film was bad", settings));
  for (let t = 1; t < steps.length; t++) {
    const { inputGate, forgetGate, candidate, outputGate, cellState, hiddenState } = steps[t];
    for (let u = 0; u < units; u++) {
      for (const gate of [inputGate, forgetGate, outputGate]) assert.ok(gate[u] > 0 && gate[u] < 1);
      assert.ok(candidate[u] > -1 && candidate[u] < 1);
      const expectedCell = forgetGate[u] * steps[t - 1].cellState[u] + inputGate[u] * candidate[u];
      assert.ok(Math.abs(cellState[u] - expectedCell) < 1e-12);
      assert.ok(Math.abs(hiddenState[u] - outputGate[u] * Math.tanh(cellState[u])) < 1e-12);
    }
  }
});

test("mostAlignedUnit is the unit with the largest output weight in size", () => {
  const { weights } = tinyNetwork();
  assert.deepEqual(mostAlignedUnit(weights), { unit: 3, weight: weights.outputKernel[3] });
});

test("occlusion: P without each word minus P with it", () => {
  const { weights, settings } = tinyNetwork();
  const predictor = new Predictor(weights, settings);
  const indices = textToIndices("the film was not good", settings);
  const deltas = occlusion(predictor, indices);
  assert.equal(deltas.length, indices.length - 1);
  const whole = predictor.probabilityOfIndices(indices);
  const withoutNot = predictor.probabilityOfIndices(textToIndices("the film was good", settings));
  assert.ok(Math.abs(deltas[3] - (withoutNot - whole)) < 1e-12);
  assert.ok(
    deltas.some((d) => Math.abs(d) > 1e-6),
    "removing a word changes P",
  );
});
