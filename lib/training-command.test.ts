import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import type { ModelName } from "./model-hosting";
import { evaluateCommand, trainCommand } from "./training-command";

const cases: { name: string; metadata: { name?: ModelName; backend: string }; expected: string }[] = [
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

/** `npm run train -- --help`, as a user sees it: one `  --flag VALUE   help (a | b) (default: x)` line a flag. */
function trainHelp(): string {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/train.ts", "--help"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

test("every flag and value trainCommand writes is one npm run train accepts, by its --help", () => {
  const help = trainHelp();
  for (const metadata of [
    { name: "default", backend: "wasm" },
    { name: "tutorial", backend: "tensorflow" },
  ] as const) {
    const written = [...trainCommand(metadata).matchAll(/--([a-z-]+) (\S+)/g)];
    assert.equal(written.length, 2, trainCommand(metadata));
    for (const [, flag, value] of written) {
      const line = help.split("\n").find((row) => row.trimStart().startsWith(`--${flag} `));
      assert.ok(line, `--${flag} is not a flag of npm run train`);
      const choices = /\(([^()]*\|[^()]*)\)/.exec(line)?.[1].split(" | ");
      assert.ok(choices?.includes(value), `--${flag} ${value}: the help offers ${choices?.join(", ")}`);
    }
  }
});
