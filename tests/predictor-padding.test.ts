/**
 * The predictor stops running padding steps once the state has settled (lib/predictor.ts).
 * On both shipped models, readings must equal those with every padding step run, here written
 * out step by step with the same cell, to 1e-9: far inside the 1e-5 the box promises.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { diskFolder } from "../lib/disk-folder";
import { readTokens } from "../lib/encode";
import { LstmCell, sigmoid, zeroState } from "../lib/lstm-cell";
import { MODEL_NAMES, modelFolder } from "../lib/model-hosting";
import { type NetworkWeights, networkWeightsFromFiles } from "../lib/network-weights";
import { openModelFolder } from "../lib/open-model-folder";
import { Predictor } from "../lib/predictor";

const TEXTS = [
  "",
  "Great.",
  "not good at all",
  "The story takes place in Canada.",
  "A thoughtful, funny film with a great cast, though the middle drags and the ending is rushed.",
];

/** P(positive) with all `maxLen - L` padding steps run before the words: the padded review as Keras reads it. */
function everyStep(weights: NetworkWeights, predictor: Predictor, text: string): number {
  const cell = new LstmCell(weights.lstm);
  const { model, preprocessing } = predictor.settings;
  const { tokens } = readTokens(text, predictor.settings);
  const row = (index: number) =>
    cell.inputProjection(weights.embeddings.subarray(index * weights.embeddingDim, (index + 1) * weights.embeddingDim));
  let state = zeroState(weights.lstm.units);
  for (let k = 0; k < model.maxLen - tokens.length; k++) state = cell.step(state, row(preprocessing.padIndex));
  for (const token of tokens) state = cell.step(state, row(token.index));
  let logit = weights.outputBias;
  for (let u = 0; u < state.hiddenState.length; u++) logit += state.hiddenState[u] * weights.outputKernel[u];
  return sigmoid(logit);
}

for (const name of MODEL_NAMES) {
  test(`the ${name} model: readings with settled padding equal every padding step run, to 1e-9`, async () => {
    const opened = await openModelFolder(diskFolder(join("public", modelFolder(name))));
    assert.equal(opened.reading.preprocessing.padding, "pre", "this test is about pre-padding");
    const weights = networkWeightsFromFiles(opened.modelJson, opened.weightData);
    const predictor = new Predictor(weights, opened.reading);
    for (const text of TEXTS) {
      const difference = Math.abs(predictor.read(text).probability - everyStep(weights, predictor, text));
      assert.ok(difference < 1e-9, `${JSON.stringify(text)}: differs by ${difference}`);
    }
  });
}

test("the default model's padding settles well before maxLen, so the shortcut is taken", async () => {
  const opened = await openModelFolder(diskFolder(join("public", modelFolder("default"))));
  const predictor = new Predictor(networkWeightsFromFiles(opened.modelJson, opened.weightData), opened.reading);
  const { maxLen } = opened.reading.model;
  // Once settled, every later count gives the very same state object.
  assert.equal(predictor.paddingState(maxLen), predictor.paddingState(maxLen - 200));
  assert.notEqual(predictor.paddingState(1), predictor.paddingState(2));
});
