import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { isLanguage, type Language, LEARN_PAGES, learnPath, localePath } from "./site";

const cases: { language: Language; path: string; expected: string }[] = [
  { language: "en", path: "/", expected: "/" },
  { language: "zh", path: "/", expected: "/zh" },
  { language: "en", path: "/learn", expected: "/learn" },
  { language: "zh", path: "/learn", expected: "/zh/learn" },
  { language: "zh", path: "/model", expected: "/zh/model" },
];

for (const { language, path, expected } of cases) {
  test(`${path} in ${language} is ${expected}`, () => {
    assert.equal(localePath(language, path), expected);
  });
}

test("a learn page's path: English at the root, Chinese under /zh", () => {
  assert.equal(learnPath("en", "lstm"), "/learn/lstm");
  assert.equal(learnPath("zh", "lstm"), "/zh/learn/lstm");
});

test("only en and zh are languages of a route", () => {
  assert.ok(isLanguage("en") && isLanguage("zh"));
  for (const value of ["", "EN", "zh-Hans", "learn", "zhuangzi"]) assert.equal(isLanguage(value), false, value);
});

// A page's title and summary in both languages are the type's to check (Record<Language, string>).
test("the course is its lessons, then the questions and the glossary, with distinct slugs, each a page folder", () => {
  assert.deepEqual(
    LEARN_PAGES.slice(-2).map((page) => page.slug),
    ["questions", "glossary"],
  );
  assert.ok(LEARN_PAGES.length > 2, "at least one lesson before the questions");
  assert.equal(new Set(LEARN_PAGES.map((page) => page.slug)).size, LEARN_PAGES.length, "distinct slugs");
  // The EEG pages' bodies sit in the EEG room (components/eeg/), every other one in the course's.
  for (const { slug } of LEARN_PAGES) {
    const folders = [join("components", "course", "pages", slug), join("components", "eeg", slug)];
    assert.equal(
      folders.filter((folder) => existsSync(folder)).length,
      1,
      `one of ${folders.join(", ")} holds its body`,
    );
  }
});
