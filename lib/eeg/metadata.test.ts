import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseSequenceMetadata } from "./metadata";

/** A complete metadata.json of a tiny sequence model, as `npm run train-sequences` writes one. */
const complete = () => ({
  schemaVersion: 2,
  kind: "sequence",
  model: { timeSteps: 64, channels: 2, lstmUnits: 32 },
  channels: ["Cz", "Pz"],
  preprocessing: {
    samplingRate: 128,
    epochStart: -0.2,
    notchHz: null,
    band: [null, 30],
    filterOrder: 4,
    baseline: [-0.2, 0],
    window: null,
    reference: "average",
    decimate: 1,
    rejectUv: 100,
    normalization: { mean: [0, 0], std: [1, 1] },
    droppedChannels: [],
  },
  training: {
    epochs: 3,
    maxEpochs: 10,
    patience: 3,
    batchSize: 32,
    seed: 7,
    optimizer: "adam",
    learningRate: 0.001,
    loss: "binaryCrossentropy",
    trainTrials: 40,
    trainSubjects: ["s01"],
    validationSubjects: ["s02"],
  },
  testSubjects: ["s03"],
  rejection: { trials: 60, rejected: 2 },
  history: [{ epoch: 1, loss: 0.69, accuracy: 0.5, seconds: 1 }],
  backend: "cpu",
  trainingSeconds: 3,
  dataset: { source: "trials.csv", sha256: "ab", trials: 60, subjects: 3 },
  createdAt: "2026-01-01T00:00:00.000Z",
  tfjsVersion: "4.22.0",
});

describe("parseSequenceMetadata", () => {
  it("accepts complete metadata, and the committed EEG models' files", () => {
    assert.deepEqual(parseSequenceMetadata(complete()), complete());
    for (const folder of ["eeg-model", "eeg-real", "eeg-real-mu"])
      assert.equal(
        parseSequenceMetadata(JSON.parse(readFileSync(`public/${folder}/metadata.json`, "utf8"))).kind,
        "sequence",
      );
  });
  const without = (field: string) => {
    const value: Record<string, unknown> = complete();
    delete value[field];
    return value;
  };
  const cases: { name: string; value: unknown; error: RegExp }[] = [
    { name: "no training settings", value: without("training"), error: /training: / },
    { name: "no history", value: without("history"), error: /history: / },
    { name: "no dataset", value: without("dataset"), error: /dataset: / },
    {
      name: "the review model's metadata",
      value: { ...complete(), kind: undefined },
      error: /describes a text model, not a sequence model/,
    },
    {
      name: "another schema version",
      value: { ...complete(), schemaVersion: 1 },
      error: /schema version 1, this code reads version 2/,
    },
    {
      name: "an incomplete model config",
      value: { ...complete(), model: { timeSteps: 64, channels: 2 } },
      error: /model\.lstmUnits: /,
    },
    {
      name: "channel names that do not match the input size",
      value: { ...complete(), channels: ["Cz"] },
      error: /do not match the model's input size/,
    },
    { name: "an unknown field", value: { ...complete(), notes: "typed by hand" }, error: /notes: / },
    { name: "null", value: null, error: /does not fit the sequence model's metadata schema/ },
  ];
  for (const { name, value, error } of cases) {
    it(`rejects ${name}`, () => assert.throws(() => parseSequenceMetadata(value, "m/metadata.json"), error));
  }
});
