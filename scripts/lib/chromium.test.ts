import assert from "node:assert/strict";
import { test } from "node:test";
import { chromiumLaunchOptions, chromiumPath, DEBIAN_CHROMIUM } from "./chromium";

test("CHROMIUM_PATH decides; unset or empty means Debian's Chromium", () => {
  assert.equal(chromiumPath({ CHROMIUM_PATH: "/opt/chrome/chrome" }), "/opt/chrome/chrome");
  assert.equal(chromiumPath({}), DEBIAN_CHROMIUM);
  assert.equal(chromiumPath({ CHROMIUM_PATH: "" }), DEBIAN_CHROMIUM);
});

test("Playwright launches the path chromiumPath names", () => {
  assert.equal(chromiumLaunchOptions().executablePath, chromiumPath());
  assert.ok(chromiumLaunchOptions().args.includes("--no-sandbox"));
});
