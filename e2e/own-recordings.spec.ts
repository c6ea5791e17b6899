/**
 * The course page "Your own recordings" in a real browser, both languages: the picture of one
 * miniature trial shows its events in order (fixation code, 0400, the click) with text of at
 * least 11 px on a 390 px wide phone, and the behaviour row is the same trial's.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { TrialPicture } from "../lib/eeg/trial-picture";
import { LANGUAGES, learnPath } from "../lib/site";

const picture = JSON.parse(readFileSync("components/eeg/own-recordings/trial-picture.json", "utf8")) as TrialPicture;

for (const language of LANGUAGES) {
  test(`own-recordings (${language}): one trial's events, readable at 390 px, and its behaviour row`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(learnPath(language, "own-recordings"));
    const svg = page.locator("figure svg[role=img]").first();
    await expect(svg).toBeVisible();
    const texts = svg.locator("text");
    const codes = picture.events.map((e) => e.code);
    for (const code of codes) await expect(texts.filter({ hasText: new RegExp(`^${code}$`) })).toHaveCount(1);
    // events left to right in time order
    const xs = await Promise.all(
      codes.map((code) =>
        texts.filter({ hasText: new RegExp(`^${code}$`) }).evaluate((el) => el.getBoundingClientRect().x),
      ),
    );
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const smallest = await svg.evaluate((el) =>
      Math.min(
        ...[...el.querySelectorAll("text")].map(
          (t) => Number.parseFloat(getComputedStyle(t).fontSize) * (el.getBoundingClientRect().width / 340),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
    // nothing overflows the phone's width
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const row = page.getByTestId("behaviour-row");
    await expect(row).toContainText(`trialIndex`);
    await expect(row).toContainText(picture.behaviour!.cells.response);
  });
}
