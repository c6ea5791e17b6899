import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { diskFolder, readFileOrNull, readJsonOrNull } from "./disk-folder";

const dir = mkdtempSync(join(tmpdir(), "disk-folder-"));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "report.json"), '{"kind": "sequence-comparison", "folds": 5}');
writeFileSync(join(dir, "broken.json"), '{"kind": ');

test("readJsonOrNull: a JSON file parsed, a missing one null, a broken one an error naming it", async () => {
  assert.deepEqual(await readJsonOrNull(join(dir, "report.json")), { kind: "sequence-comparison", folds: 5 });
  assert.equal(await readJsonOrNull(join(dir, "missing.json")), null);
  await assert.rejects(readJsonOrNull(join(dir, "broken.json")), /broken\.json is not JSON/);
});

test("readFileOrNull and diskFolder: bytes, null for a missing file, other errors thrown", async () => {
  assert.equal(new TextDecoder().decode((await readFileOrNull(join(dir, "broken.json")))!), '{"kind": ');
  assert.equal(await diskFolder(dir).read("missing.bin"), null);
  assert.deepEqual([...(await diskFolder(dir).read("broken.json"))!.slice(0, 2)], [0x7b, 0x22]);
  // A folder is not a file: EISDIR is an error, not "missing".
  await assert.rejects(readFileOrNull(dir), /EISDIR/);
});
