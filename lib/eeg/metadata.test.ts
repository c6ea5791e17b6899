import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertSequenceMetadata } from "./metadata";

const minimal = {
  schemaVersion: 2,
  kind: "sequence",
  model: { timeSteps: 64, channels: 2, lstmUnits: 32 },
  channels: ["Cz", "Pz"],
  preprocessing: { normalization: { mean: [0, 0], std: [1, 1] } },
};

describe("assertSequenceMetadata", () => {
  it("accepts metadata with a model config, channels and normalization", () => {
    assert.doesNotThrow(() => assertSequenceMetadata(minimal));
  });
  const cases: { name: string; value: unknown; error: RegExp }[] = [
    {
      name: "the review model's metadata",
      value: { ...minimal, kind: undefined },
      error: /describes a text model, not a sequence model/,
    },
    {
      name: "another schema version",
      value: { ...minimal, schemaVersion: 1 },
      error: /schema version 1, this code reads version 2/,
    },
    {
      name: "an incomplete model config",
      value: { ...minimal, model: { timeSteps: 64, channels: 2 } },
      error: /lacks a complete model config/,
    },
    {
      name: "channel names that do not match the input size",
      value: { ...minimal, channels: ["Cz"] },
      error: /lacks the channel names or the normalization/,
    },
    { name: "null", value: null, error: /not a JSON object/ },
  ];
  for (const { name, value, error } of cases) {
    it(`rejects ${name}`, () => assert.throws(() => assertSequenceMetadata(value), error));
  }
});
