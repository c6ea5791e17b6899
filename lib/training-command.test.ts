import assert from "node:assert/strict";
import { test } from "node:test";
import { command } from "../scripts/train";
import { evaluateCommand, trainCommand } from "./training-command";

const cases: { name: string; metadata: { name?: string; backend: string }; expected: string }[] = [
  {
    name: "the default model on wasm",
    metadata: { name: "default", backend: "wasm" },
    expected: "npm run train -- --recipe default --backend wasm",
  },
  {
    name: "native TensorFlow is --backend node",
    metadata: { name: "tutorial", backend: "tensorflow" },
    expected: "npm run train -- --recipe tutorial --backend node",
  },
  {
    name: "an unknown backend is left to auto",
    metadata: { name: "tutorial", backend: "webgl" },
    expected: "npm run train -- --recipe tutorial",
  },
  {
    name: "a model without a name is the tutorial's",
    metadata: { backend: "cpu" },
    expected: "npm run train -- --recipe tutorial --backend cpu",
  },
];
for (const { name, metadata, expected } of cases) {
  test(`trainCommand: ${name}`, () => {
    assert.equal(trainCommand(metadata), expected);
  });
}

test("trainCommand for npm run retrain passes the same flags", () => {
  assert.equal(
    trainCommand({ name: "default", backend: "wasm" }, "retrain"),
    "npm run retrain -- --recipe default --backend wasm",
  );
});

test("evaluateCommand names the model", () => {
  assert.equal(evaluateCommand({ name: "default" }), "npm run evaluate -- --model default --save");
});

test("every flag and value trainCommand writes is one the train command accepts", () => {
  for (const metadata of [
    { name: "default", backend: "wasm" },
    { name: "tutorial", backend: "tensorflow" },
  ]) {
    for (const [, flag, value] of trainCommand(metadata).matchAll(/--([a-z-]+) (\S+)/g)) {
      const spec = command.flags[flag as keyof typeof command.flags];
      assert.ok(spec, `--${flag} is not a flag of npm run train`);
      if ("choices" in spec && spec.choices)
        assert.ok((spec.choices as readonly string[]).includes(value), `--${flag} ${value}`);
    }
  }
});
