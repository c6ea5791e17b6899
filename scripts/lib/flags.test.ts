import assert from "node:assert/strict";
import { test } from "node:test";
import { UsageError } from "./cli";
import { defineCommand, helpText, parseFlags } from "./flags";

const command = defineCommand({
  name: "demo",
  summary: "A demo command.",
  flags: {
    epochs: { type: "integer", default: 3, min: 1, help: "passes over the data" },
    "learning-rate": { type: "number", default: 0.001, min: 0, max: 1, maxExclusive: true, help: "step size" },
    backend: { type: "string", default: "auto", choices: ["auto", "wasm"], help: "where to compute" },
    data: { type: "string", valueName: "PATH", help: "the dataset" },
    resume: { type: "boolean", help: "continue" },
  },
});

test("parseFlags: defaults, camelCase names and converted values", () => {
  const flags = parseFlags(command, []);
  // Types follow the table: a defaulted integer is a number, a flag without default may be undefined.
  const epochs: number | undefined = flags?.epochs;
  const data: string | undefined = flags?.data;
  assert.equal(typeof epochs, "number");
  assert.equal(data, undefined);
  assert.deepEqual(parseFlags(command, []), {
    epochs: 3,
    learningRate: 0.001,
    backend: "auto",
    data: undefined,
    resume: false,
  });
  assert.deepEqual(parseFlags(command, ["--epochs", "5", "--learning-rate=0.01", "--data", "x.tgz", "--resume"]), {
    epochs: 5,
    learningRate: 0.01,
    backend: "auto",
    data: "x.tgz",
    resume: true,
  });
});

const bad: [string[], RegExp][] = [
  [["--epochs", "0"], /--epochs must be an integer >= 1, got "0"/],
  [["--epochs", "2.5"], /--epochs must be an integer/],
  [["--epochs", ""], /--epochs must be an integer/],
  [["--learning-rate", "1"], /--learning-rate must be a number >= 0 and < 1, got "1"/],
  [["--backend", "gpu"], /--backend must be one of auto, wasm, got "gpu"/],
  [["--nope"], /Unknown option '--nope'/],
];
for (const [argv, message] of bad) {
  test(`parseFlags: ${argv.join(" ")} is a usage error naming the flag`, () => {
    assert.throws(
      () => parseFlags(command, argv),
      (error: Error) =>
        error instanceof UsageError && message.test(error.message) && error.message.includes("Usage: npm run demo"),
    );
  });
}

test("helpText lists every flag with its default and choices", () => {
  const help = helpText(command);
  for (const line of ["--epochs N", "(default: 3)", "--data PATH", "(auto | wasm)", "--resume", "-h, --help"])
    assert.ok(help.includes(line), line);
});
