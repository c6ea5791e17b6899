import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { TrainingConfig } from "./metadata";
import { TUTORIAL_MODEL_CONFIG } from "./model-config";
import { trainCommand } from "./training-command";

const training: TrainingConfig = {
  epochs: 3,
  batchSize: 64,
  seed: 7,
  validationSplit: 0,
  trainExamples: 25_000,
  optimizer: "adam",
  learningRate: 0.001,
  loss: "binaryCrossentropy",
};
const FULL =
  "--epochs 3 --batch-size 64 --seed 7 --num-words 5000 --max-len 500 --embedding-dim 32 --lstm-units 100 --learning-rate 0.001 --validation-split 0";

const cases: { name: string; training: TrainingConfig; backend: string; expected: string }[] = [
  { name: "full run on wasm", training, backend: "wasm", expected: `npm run train -- ${FULL} --backend wasm` },
  {
    name: "native TensorFlow is --backend node",
    training,
    backend: "tensorflow",
    expected: `npm run train -- ${FULL} --backend node`,
  },
  {
    name: "a limited run keeps its --limit",
    training: { ...training, trainExamples: 256 },
    backend: "cpu",
    expected: `npm run train -- ${FULL} --limit 256 --backend cpu`,
  },
  {
    name: "--limit counts the held-out reviews too",
    training: { ...training, validationSplit: 0.2, trainExamples: 800 },
    backend: "wasm",
    expected: `npm run train -- ${FULL.replace("--validation-split 0", "--validation-split 0.2")} --limit 1000 --backend wasm`,
  },
  { name: "an unknown backend is left to auto", training, backend: "webgl", expected: `npm run train -- ${FULL}` },
];

for (const { name, training, backend, expected } of cases) {
  test(`trainCommand: ${name}`, () => {
    assert.equal(trainCommand({ model: TUTORIAL_MODEL_CONFIG, training, backend }), expected);
  });
}

test("trainCommand for npm run retrain passes the same flags", () => {
  assert.equal(
    trainCommand({ model: TUTORIAL_MODEL_CONFIG, training, backend: "wasm" }, "retrain"),
    `npm run retrain -- ${FULL} --backend wasm`,
  );
});

test("every flag trainCommand writes is one that scripts/train.ts documents in its --help", () => {
  const trainSource = readFileSync(new URL("../scripts/train.ts", import.meta.url), "utf8");
  const help = trainSource.slice(
    trainSource.indexOf("const HELP"),
    trainSource.indexOf("`;", trainSource.indexOf("const HELP")),
  );
  const command = trainCommand({
    model: TUTORIAL_MODEL_CONFIG,
    training: { ...training, trainExamples: 10 },
    backend: "wasm",
  });
  const flags = command.match(/--[a-z-]+ /g) ?? [];
  assert.ok(flags.length >= 10);
  for (const flag of flags) assert.match(help, new RegExp(`^  ${flag}`, "m"), `${flag} is not in train.ts's help`);
});
