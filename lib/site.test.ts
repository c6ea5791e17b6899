import assert from "node:assert/strict";
import { test } from "node:test";
import { languageOfPath, translatedPath, type Language } from "./site";

const cases: { path: string; language: Language; en: string; zh: string }[] = [
  { path: "/", language: "en", en: "/", zh: "/zh" },
  { path: "/zh", language: "zh", en: "/", zh: "/zh" },
  { path: "/learn", language: "en", en: "/learn", zh: "/zh/learn" },
  { path: "/learn/lstm", language: "en", en: "/learn/lstm", zh: "/zh/learn/lstm" },
  { path: "/zh/learn/lstm", language: "zh", en: "/learn/lstm", zh: "/zh/learn/lstm" },
  { path: "/zh/model", language: "zh", en: "/model", zh: "/zh/model" },
  // Only the /zh segment is Chinese, not every path starting with those letters.
  { path: "/zhuangzi", language: "en", en: "/zhuangzi", zh: "/zh/zhuangzi" },
];

for (const { path, language, en, zh } of cases) {
  test(`${path} is ${language}; in English ${en}, in Chinese ${zh}`, () => {
    assert.equal(languageOfPath(path), language);
    assert.equal(translatedPath(path, "en"), en);
    assert.equal(translatedPath(path, "zh"), zh);
  });
}
