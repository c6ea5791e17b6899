import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFirstVerdictSpeed, parseTrainingSpeed } from "./measured-speed";

const machine = { cores: 2, cpuModel: "AMD EPYC", loadAverages: [0.93] };

const firstVerdict = {
  measuredAt: "2026-12-07T22:48:20.000Z",
  command: "npm run bench -- --save",
  machine,
  asIs: { loadsMs: [521, 716, 419, 703, 671], p50Ms: 671 },
  slowed: { cpuSlowdown: 4, loadsMs: [1305, 1238], p50Ms: 1301 },
  bytesBeforeVerdict: 405_000,
  fast50WordsP50Ms: 1.1,
  targets: { firstVerdictMs: 500, quietLoad: 1, slowedFirstVerdictMs: 1500, bytesBeforeVerdict: 350_000 },
};

test("a saved first-verdict file reads back as written", () => {
  assert.deepEqual(parseFirstVerdictSpeed(structuredClone(firstVerdict), "f.json"), firstVerdict);
  assert.equal(parseFirstVerdictSpeed({ ...firstVerdict, slowed: null }, "f.json").slowed, null);
});

test("a wrong or missing field is named with its path and the file", () => {
  assert.throws(
    () => parseFirstVerdictSpeed({ ...firstVerdict, asIs: { loadsMs: [1], p50Ms: -3 } }, "f.json"),
    /f\.json: asIs\.p50Ms/,
  );
  const { targets: _, ...withoutTargets } = firstVerdict;
  assert.throws(() => parseFirstVerdictSpeed(withoutTargets, "f.json"), /targets/);
  assert.throws(() => parseFirstVerdictSpeed({ ...firstVerdict, measuredAt: "yesterday" }, "f.json"), /measuredAt/);
});

test("a saved training file reads back; a fractional batch count does not", () => {
  const training = {
    measuredAt: "2026-12-07T23:03:41.184Z",
    command: "npm run bench:train -- --save",
    machine,
    backend: "wasm",
    epochCpuMinutes: 1.44,
    epochWallMinutes: 1.37,
    floorCpuMinutes: 0.99,
    floorShare: 0.69,
    sampledBatches: 6,
    batchesInEpoch: 391,
    targets: { epochMinutes: 2, stretchEpochMinutes: 1.5, floorShare: 0.6 },
  };
  assert.deepEqual(parseTrainingSpeed(structuredClone(training), "t.json"), training);
  assert.throws(() => parseTrainingSpeed({ ...training, sampledBatches: 6.5 }, "t.json"), /sampledBatches/);
});
