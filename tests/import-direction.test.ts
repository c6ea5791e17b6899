/**
 * The site (components/, app/, lib/, next.config.ts) never imports the commands' library
 * (scripts/) or the tests: biome.json's noRestrictedImports keeps it so. These tests run the
 * project's Biome with the project's biome.json on probe files in a scratch folder, so they fail
 * if the rule stops catching an upward import, including in the server-only readers that are
 * exempt from the rule against Node modules.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";

const BIOME = join(process.cwd(), "node_modules", ".bin", "biome");

/** Lints `files` (path → source) under the project's rules; returns the paths Biome flags for a restricted import. */
function flaggedImports(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), "import-direction-"));
  try {
    const config = JSON.parse(readFileSync("biome.json", "utf8"));
    delete config.$schema;
    config.vcs = { enabled: false };
    writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), source);
    }
    const run = spawnSync(BIOME, ["lint", "--max-diagnostics=none", ...Object.keys(files)], {
      cwd: dir,
      encoding: "utf8",
    });
    const output = run.stdout + run.stderr;
    // Every probe file read under the project's configuration, or the test would pass on a broken setup.
    assert.match(output, new RegExp(`Checked ${Object.keys(files).length} files?`), output);
    return Object.keys(files).filter((path) =>
      new RegExp(`${path.replace(/[.[\]]/g, "\\$&")}:\\d+:\\d+ lint/style/noRestrictedImports`).test(output),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const uses = (from: string) => `import { probe } from "${from}";\n\nexport const used = probe;\n`;

test("an import of scripts/ from the site fails Biome, in every kind of site file", () => {
  const upward = {
    "next.config.ts": uses("./scripts/lib/page-routes"),
    "components/box/probe.tsx": uses("../../scripts/lib/cli"),
    "components/course/model-metadata.ts": uses("@/scripts/lib/model-files"),
    "app/[lang]/probe.tsx": uses("@/scripts/lib/flags"),
    "lib/probe.ts": uses("../tests/imdb-fixture"),
  };
  assert.deepEqual(flaggedImports(upward).sort(), Object.keys(upward).sort());
});

test("imports within the site, and scripts/ importing lib/, pass", () => {
  const fine = {
    "next.config.ts": uses("./lib/page-routes"),
    "components/course/model-metadata.ts": uses("@/lib/disk-folder"),
    "scripts/probe.ts": uses("../lib/disk-folder"),
    "lib/probe.test.ts": uses("../scripts/lib/model"),
  };
  assert.deepEqual(flaggedImports(fine), []);
});
