import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pageRoutes } from "./page-routes";

test("the site's pages, read from app/[lang]/", () => {
  assert.deepEqual(pageRoutes(), ["/", "/bench", "/learn", "/learn/:slug", "/model"]);
});

test("a new page is a route without any list to edit; groups, private folders and layouts add none", () => {
  const dir = mkdtempSync(join(tmpdir(), "routes-"));
  try {
    const page = (...path: string[]) => {
      mkdirSync(join(dir, ...path.slice(0, -1)), { recursive: true });
      writeFileSync(join(dir, ...path), "export default function Page() {}\n");
    };
    page("page.tsx");
    page("layout.tsx");
    page("about", "page.tsx");
    page("(course)", "lessons", "[id]", "page.tsx");
    page("_parts", "page.tsx");
    page("api-notes", "notes.ts");
    assert.deepEqual(pageRoutes(dir), ["/", "/about", "/lessons/:id"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
