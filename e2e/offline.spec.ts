/**
 * A returning visitor's box works offline (issue 27): after one visit the site's service worker
 * (components/offline/service-worker.ts) keeps what the page fetched, and answers from it only
 * when the network does not. Which answer it gives when is tested in tests/offline-copy.test.ts.
 */
import { expect, test } from "@playwright/test";

test.use({ serviceWorkers: "allow" });

/** Visits `path`, waits for the box's first verdict and for the service worker to control the page. */
async function visit(page: import("@playwright/test").Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-probability]")).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

for (const path of ["/", "/zh"]) {
  test(`offline after one visit, ${path} opens and its box reads a new review`, async ({ page, context }) => {
    await visit(page, path);
    // The page told the worker what it fetched before the worker existed; wait until the worker
    // says all of it is kept (the page itself, its chunks, the model files).
    await expect(page.locator("html")).toHaveAttribute("data-offline-copy", "kept", { timeout: 20_000 });
    const kept = await page.evaluate(async () => {
      const weights = performance.getEntriesByType("resource").find((entry) => entry.name.includes("weights.bin"));
      const urls = [location.href, weights?.name ?? "no weights fetched"];
      return Promise.all(urls.map(async (url) => (await caches.match(url)) !== undefined));
    });
    expect(kept).toEqual([true, true]);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
    await page.getByRole("textbox").fill("A dull, lifeless film. I wanted my evening back.");
    await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
    const probability = Number(await page.locator("[data-probability]").first().getAttribute("data-probability"));
    expect(probability).toBeLessThan(0.5);
  });
}

test("a page never opened is not invented offline: the browser's own error", async ({ page, context }) => {
  await visit(page, "/");
  await context.setOffline(true);
  const failed = await page.goto("/learn/log-loss").then(
    () => false,
    () => true,
  );
  expect(failed).toBe(true);
});
