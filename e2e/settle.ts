/**
 * Waits until a page shows what a reader would see: the review box has a reading (or its
 * error), every widget has left its loading state, and every sideways-scrolling box has
 * measured itself in the browser (its cue and keyboard stop exist only after hydration).
 */
import { expect, type Page } from "@playwright/test";

export async function settle(page: Page) {
  const box = page.locator("[data-sentiment-box]");
  if ((await box.count()) > 0) {
    await expect(box).not.toHaveAttribute("data-status", "loading", { timeout: 20_000 });
    await expect(box.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  }
  await expect(page.locator("section[aria-label] > p[role=status]")).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator("[data-scroll-region]:not([data-scroll-measured])")).toHaveCount(0, { timeout: 20_000 });
}
