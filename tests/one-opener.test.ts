/**
 * No module reads a model folder except through the one opener (lib/open-model-folder.ts):
 * every module that names a model folder's files and also reads files, and every tfjs model
 * load, is checked here. Tests and browser specs are left out: they read a saved folder's
 * bytes from outside on purpose, to check what the writers wrote.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const ROOTS = ["lib", "scripts", "components", "app", "e2e"];
const SKIPPED_FOLDERS = new Set(["node_modules", "fixtures"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const OPENER = "lib/open-model-folder.ts";

/** Modules that name a model file and read another file, each with what it reads. */
const READS_SOMETHING_ELSE: Record<string, string> = {
  "scripts/ablate.ts": "its own ablation table (--out); it names card.json in a message",
};

/** Names a file of a model folder: MODEL_FILES, or one of the names as a string. */
const NAMES_MODEL_FILE = /MODEL_FILES\.|["'`/](model\.json|weights\.bin|reading\.json|card\.json|metadata\.json)["'`]/;
/** Reads a file or a URL itself. */
const READS = /\b(readFile|readFileSync|createReadStream|fetch)\(/;
/** A tfjs model loaded from anything but bytes already opened. */
const LOADS_ELSEWHERE = /loadLayersModel\((?!\s*tf\.io\.fromMemory\()/;

const files = ROOTS.flatMap(sourceFiles).concat(["next.config.ts"]);

test("the scan sees the opener and the known readers (so an empty scan cannot pass)", () => {
  for (const path of [
    OPENER,
    "scripts/lib/open-saved-model.ts",
    "components/bench/latency.ts",
    "e2e/shipped-models.ts",
  ])
    assert.ok(files.includes(path), path);
});

test("no module but the opener both names a model folder's files and reads files", () => {
  const offenders = files.filter((path) => {
    if (path === OPENER || path in READS_SOMETHING_ELSE) return false;
    const code = readFileSync(path, "utf8");
    return NAMES_MODEL_FILE.test(code) && READS.test(code);
  });
  assert.deepEqual(offenders, []);
});

test("every tfjs model is built from bytes the opener checked (tf.io.fromMemory), never from a path or URL", () => {
  const offenders = files.filter((path) => LOADS_ELSEWHERE.test(readFileSync(path, "utf8")));
  assert.deepEqual(offenders, []);
});

test("the rule catches a reader that goes round the opener", () => {
  const reader = `const json = await readFile(join(dir, MODEL_FILES.model), "utf8");`;
  assert.ok(NAMES_MODEL_FILE.test(reader) && READS.test(reader));
  assert.ok(LOADS_ELSEWHERE.test(`await tf.loadLayersModel(baseUrl + "model.json")`));
  assert.ok(!LOADS_ELSEWHERE.test(`await tf.loadLayersModel(tf.io.fromMemory(artifacts))`));
});
