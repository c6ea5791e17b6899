import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { LANGUAGES, LEARN_PAGES, learnPath, localePath } from "../lib/site";

/** The route file that serves a path: `/zh/learn/lstm` -> app/zh/learn/lstm/page.tsx. */
const routeFile = (path: string) => `app${path}/page.tsx`;

test("the course has 13 pages with distinct slugs", () => {
  assert.equal(LEARN_PAGES.length, 13);
  assert.equal(new Set(LEARN_PAGES.map((page) => page.slug)).size, 13);
});

for (const page of LEARN_PAGES) {
  for (const language of LANGUAGES) {
    test(`${page.slug} exists in ${language} and renders that page in that language`, () => {
      const file = routeFile(learnPath(language, page.slug));
      assert.ok(existsSync(file), `${file} is missing`);
      const source = readFileSync(file, "utf8");
      assert.match(source, new RegExp(`learnPageMetadata\\("${language}", "${page.slug}"\\)`));
      assert.match(source, new RegExp(`language="${language}"`));
      assert.match(source, new RegExp(`@/components/learn/pages/${page.slug}"`));
    });
  }
  test(`${page.slug}: its body is for that slug and has both languages' text`, () => {
    const source = readFileSync(`components/learn/pages/${page.slug}.tsx`, "utf8");
    assert.match(source, new RegExp(`slug="${page.slug}"`));
    assert.match(source, /const en = /);
    assert.match(source, /const zh: typeof en = /);
    assert.ok(page.title.en && page.title.zh && page.summary.en && page.summary.zh);
  });
}

for (const path of ["/learn", "/model"]) {
  for (const language of LANGUAGES) {
    test(`${localePath(language, path)} exists`, () => {
      const file = routeFile(localePath(language, path));
      assert.ok(existsSync(file), `${file} is missing`);
      assert.match(readFileSync(file, "utf8"), new RegExp(`language="${language}"`));
    });
  }
}
