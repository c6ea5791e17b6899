import assert from "node:assert/strict";
import { test } from "node:test";
import { reviewFragment, reviewFromFragment } from "./review-fragment";

test("a review survives the fragment round trip", () => {
  for (const text of ["Not bad at all.", "", "100% & more: a=b#c?d", "中文影评，很好看", "line one\nline two 😀"]) {
    assert.equal(reviewFromFragment(`#${reviewFragment(text)}`), text);
    assert.equal(reviewFromFragment(reviewFragment(text)), text);
  }
});

test("the fragment holds no raw spaces, hashes or ampersands", () => {
  assert.equal(reviewFragment("a b&c#d"), "review=a%20b%26c%23d");
});

test("fragments without a review, or with a broken escape, carry none", () => {
  assert.equal(reviewFromFragment(""), null);
  assert.equal(reviewFromFragment("#opinion-trace"), null);
  assert.equal(reviewFromFragment("#review=%E0%A4%A"), null);
  assert.equal(reviewFromFragment("#x=1&review=ok"), "ok");
});
