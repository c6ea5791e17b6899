/**
 * Runs every unit test file (`*.test.ts` under lib/, scripts/ and tests/) with Node's
 * test runner. Node 20 does not expand `**` globs, so we list the files ourselves,
 * and we fail when there are none, because the runner would pass silently.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOTS = ["lib", "scripts", "tests"];

function findTests(dir: string): string[] {
  let found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(findTests(path));
    else if (name.endsWith(".test.ts")) found.push(path);
  }
  return found;
}

const files = ROOTS.flatMap((root) => {
  try {
    return findTests(root);
  } catch {
    return [];
  }
}).sort();
const only = process.argv.slice(2);
const selected = only.length > 0 ? files.filter((file) => only.some((part) => file.includes(part))) : files;
if (selected.length === 0) {
  console.error(`no unit test files found${only.length > 0 ? ` matching ${only.join(", ")}` : ""}`);
  process.exit(1);
}
console.log(`running ${selected.length} unit test files`);
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...selected], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
