import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { it } from "node:test";
import { loadSequenceModelDir, predictionAccuracy, predictSequences } from "./prediction";
import { syntheticEeg } from "./synthetic-eeg";
import { trainSequenceModel } from "./train-model";

for (const features of [
  { kind: "raw" } as const,
  { kind: "band-power", window: 0.25, step: 0.125, cspComponents: 2, cspOrder: "distance", over: "csp" } as const,
]) {
  it(`a saved model reading ${features.kind}, applied to the test subjects' trials by predict, reproduces the held-out accuracy training reported`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "predict-"));
    const data = join(dir, "demo.json");
    const file = syntheticEeg({ subjects: 5, trialsPerSubject: 8, seed: 3 });
    writeFileSync(data, JSON.stringify(file));
    const out = join(dir, "model");
    const metadata = await trainSequenceModel({
      data,
      source: {},
      dropChannels: [],
      keepNonEeg: false,
      preprocessing: {
        notchHz: 50,
        band: [1, 30],
        filterOrder: 4,
        baseline: "auto",
        window: "auto",
        reference: "average",
        decimate: 2,
      },
      rejectUv: null,
      log: () => {},
      out,
      backend: "cpu",
      testSubjects: ["s05"],
      cvFolds: null,
      featureWindowSeconds: 0.125,
      features,
      experiment: {
        units: 4,
        learningRate: 0.01,
        batchSize: 16,
        epochs: 2,
        patience: 1,
        validationSubjects: 1,
        seed: 1,
      },
    });
    assert.equal(metadata.heldOut?.lstm.accuracy.total, 8);
    assert.ok(metadata.training.epochs <= 2 && metadata.training.validationSubjects.length === 1);
    if (features.kind === "band-power") {
      // 1 s at 64 Hz: windows of 16 steps every 8 -> 7 steps of 2 CSP components
      assert.deepEqual([metadata.model.timeSteps, metadata.model.channels], [7, 2]);
      assert.equal(metadata.features?.kind === "band-power" && metadata.features.filters?.length, 2);
    } else assert.equal(metadata.features, undefined);

    const testOnly = join(dir, "s05.json");
    writeFileSync(testOnly, JSON.stringify({ ...file, trials: file.trials.filter((t) => t.subject === "s05") }));
    const { model, metadata: loaded } = await loadSequenceModelDir(out);
    const predictions = await predictSequences(model, loaded, testOnly, {});
    model.dispose();
    assert.equal(predictions.length, 8);
    assert.equal(predictionAccuracy(predictions).correct, metadata.heldOut?.lstm.accuracy.correct);
  });
}

it("names the missing metadata", async () => {
  await assert.rejects(
    loadSequenceModelDir("/nonexistent-model"),
    /metadata\.json not found: train a sequence model first/,
  );
});
