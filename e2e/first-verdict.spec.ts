/**
 * The home page starts what the box needs as early as it can (issue 27): the model files
 * are preloaded from the document's <head>, the model worker starts from an inline script while
 * the HTML is parsed (before the page's JavaScript has run), and the router's prefetches wait until the first verdict
 * is on screen; the worker reads the box's first text before the box asks. `npm run bench` measures
 * the times; this checks the order of things.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { EXAMPLE_REVIEWS } from "../components/box/example-reviews";
import { modelFolder } from "../lib/model-hosting";
import { MODEL_FILES } from "../lib/open-model-folder";
import type { ModelJson } from "../lib/weights-manifest";

const BASE = `/${modelFolder("default")}/`;

test("the box's model files are preloaded from the head, the weights at their versioned URL", async ({ request }) => {
  const modelJson = JSON.parse(await readFile(`public${BASE}${MODEL_FILES.model}`, "utf8")) as ModelJson;
  const html = await (await request.get("/")).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const preloads = [...head.matchAll(/<link[^>]*rel="preload"[^>]*>/g)].map((match) => match[0]);
  const preloaded = (path: string) =>
    preloads.some((link) => link.includes(`href="${path.replaceAll("&", "&amp;")}"`) && link.includes('as="fetch"'));
  expect(preloaded(`${BASE}${MODEL_FILES.model}`), preloads.join("\n")).toBe(true);
  expect(preloaded(`${BASE}${MODEL_FILES.reading}`), preloads.join("\n")).toBe(true);
  expect(modelJson.weightsSha256).toBeDefined();
  expect(
    preloaded(`${BASE}${MODEL_FILES.weights}?v=${modelJson.weightsSha256?.slice(0, 16)}`),
    preloads.join("\n"),
  ).toBe(true);
  // Pages without the box do not download the model.
  const learn = await (await request.get("/learn")).text();
  expect(learn).not.toContain(`${BASE}${MODEL_FILES.weights}`);
});

test("no router prefetch before the first verdict; the header's links prefetch after it", async ({ page }) => {
  const prefetches: { url: string; at: number }[] = [];
  page.on("request", async (request) => {
    const at = Date.now();
    const headers = await request.allHeaders().catch(() => ({}) as Record<string, string>);
    if (headers["next-router-prefetch"] !== undefined) prefetches.push({ url: request.url(), at });
  });
  await page.goto("/");
  await expect(page.locator("[data-probability]")).toBeVisible({ timeout: 20_000 });
  // The moment the box let prefetches start (its first verdict), on the same wall clock as the
  // requests' times: measured in the page, not when this test noticed the verdict (later).
  const allowedAt = await page.evaluate(() => {
    const mark = performance.getEntriesByName("box:prefetch-allowed")[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  });
  expect(allowedAt, "the box marked when prefetches may start").not.toBeNull();
  expect(
    prefetches.filter((prefetch) => prefetch.at < allowedAt!),
    "prefetched before the verdict",
  ).toEqual([]);
  await expect.poll(() => prefetches.length, { timeout: 15_000 }).toBeGreaterThan(0);
});

test("the first load's stages are marked in order, and the box adopts the early worker (one worker)", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("[data-probability]")).toBeVisible({ timeout: 20_000 });
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime])),
  );
  const order = ["box:worker-created", "box:worker-started", "box:model-ready", "box:first-reading"];
  for (const name of order) expect(marks[name], `${name} in ${JSON.stringify(marks)}`).toBeGreaterThan(0);
  for (let i = 1; i < order.length; i++) expect(marks[order[i]]).toBeGreaterThanOrEqual(marks[order[i - 1]]);
  // The box hydrated after the worker was made; the worker's own times (placed from its clock)
  // come before the page heard of them (1 ms for the two clocks' rounding).
  expect(marks["box:hydrated"]).toBeGreaterThan(marks["box:worker-created"]);
  expect(marks["box:worker-model-ready"]).toBeGreaterThan(marks["box:worker-created"]);
  expect(marks["box:worker-model-ready"]).toBeLessThanOrEqual(marks["box:model-ready"] + 1);
  expect(marks["box:worker-first-reading"]).toBeGreaterThanOrEqual(marks["box:worker-model-ready"] - 1);
  expect(marks["box:worker-first-reading"]).toBeLessThanOrEqual(marks["box:first-reading"] + 1);
  // The inline script started it while the parser read the HTML: before DOMContentLoaded, which
  // fires only after the parser is done (the page's own scripts run later still).
  const domContentLoaded = await page.evaluate(
    () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
  );
  expect(marks["box:worker-created"]).toBeLessThan(domContentLoaded);
  // The worker was made by the early start (./components/box/early-worker.ts), not a second one on mount.
  expect(page.workers()).toHaveLength(1);
  expect(page.workers()[0].url()).toMatch(/\/box\/model-worker\.js$/);
  // The page fetched the preloaded model files and handed them over: the worker asked for none.
  const workerFetched = await page
    .workers()[0]
    .evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
  expect(workerFetched.filter((url) => url.includes(BASE))).toEqual([]);
});

/** Records each message the page sends a worker, as "type" or "type:text". */
async function recordWorkerMessages(page: import("@playwright/test").Page) {
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, { __sentToWorker: sent });
    const postMessage = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const { type, text } = (message ?? {}) as { type?: string; text?: string };
      sent.push(text === undefined ? String(type) : `${type}:${text}`);
      return Reflect.apply(postMessage, this, [message, ...rest]);
    } as Worker["postMessage"];
  });
  return () => page.evaluate(() => (window as unknown as { __sentToWorker: string[] }).__sentToWorker);
}

/**
 * The page's requests for `pattern` are answered four seconds late: on a busy machine the model
 * is in, or the box hydrated, well within that (both take under 1.5 s here at 4× CPU slowdown).
 */
async function arriveLate(page: import("@playwright/test").Page, pattern: string) {
  await page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await route.continue();
  });
}

test("the worker reads the first example as soon as the model is in: the box, hydrated later, need not ask", async ({
  page,
}) => {
  const sent = await recordWorkerMessages(page);
  // The page's JavaScript arrives late: the model is in, and read, long before the box hydrates.
  await arriveLate(page, "**/_next/static/chunks/**");
  await page.goto("/");
  await expect(page.locator("[data-probability]")).toBeVisible({ timeout: 20_000 });
  const first = EXAMPLE_REVIEWS[0].text;
  expect(await page.getByRole("textbox").inputValue()).toBe(first);
  expect(await sent()).not.toContain(`read:${first}`);
  const readAhead = Number(await page.locator("[data-probability]").first().getAttribute("data-probability"));
  // The same text asked for the usual way gets the same probability.
  await page.getByRole("textbox").fill("Something else entirely.");
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
  await page.getByRole("textbox").fill(first);
  await expect.poll(sent).toContain(`read:${first}`);
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
  expect(Number(await page.locator("[data-probability]").first().getAttribute("data-probability"))).toBe(readAhead);
});

test("a box that asks before the model is in gets the answer to its request", async ({ page }) => {
  const sent = await recordWorkerMessages(page);
  // The weights arrive late: the box has hydrated and asked by then.
  await arriveLate(page, "**/weights.bin*");
  await page.goto("/");
  await expect(page.locator("[data-probability]")).toBeVisible({ timeout: 20_000 });
  expect(await sent()).toContain(`read:${EXAMPLE_REVIEWS[0].text}`);
});
