/**
 * A repeat visit does not download the box's weights again. The browser fetches them as
 * weights.bin?v=<the first 16 hex digits of their SHA-256>, which the site serves as
 * immutable for a year (next.config.ts); model.json, which names the hash, and the plain
 * weights URL are revalidated on every visit, so a retrained model is fetched at once.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Page, type Response, test } from "@playwright/test";
import { modelFolder } from "../lib/model-hosting";
import { MODEL_FILES } from "../lib/open-model-folder";
import type { ModelJson } from "../lib/weights-manifest";

const MODEL_DIR = `public/${modelFolder("default")}`;
const BASE = `/${modelFolder("default")}/`;

async function openBox(page: Page) {
  await page.goto("/");
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
}

/** One context's resource timings: transferSize 0 with a body means the bytes came from the browser's cache. */
function resourceTimings() {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry as PerformanceResourceTiming)
    .map(({ name, transferSize, encodedBodySize }) => ({ url: name, transferSize, encodedBodySize }));
}

/**
 * The resource timings of the box's page and of its model worker: the page preloads the model
 * files and hands their bodies to the worker (components/box/early-worker.ts), and the worker
 * fetches whatever did not arrive.
 */
async function boxTimings(page: Page) {
  await expect.poll(() => page.workers().length).toBe(1);
  return [...(await page.evaluate(resourceTimings)), ...(await page.workers()[0].evaluate(resourceTimings))];
}

test("the weights come from the browser's cache on a second visit, model.json from the server", async ({ page }) => {
  const sha256 = createHash("sha256")
    .update(await readFile(`${MODEL_DIR}/${MODEL_FILES.weights}`))
    .digest("hex");
  const modelJson = JSON.parse(await readFile(`${MODEL_DIR}/${MODEL_FILES.model}`, "utf8")) as ModelJson;
  expect(modelJson.weightsSha256, "run npm run rehash-model -- --model default").toBe(sha256);
  const weightsPath = `${BASE}${MODEL_FILES.weights}?v=${sha256.slice(0, 16)}`;

  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));
  await openBox(page);
  const served = (pathWithQuery: string) => {
    const found = responses.find((r) => {
      const url = new URL(r.url());
      return url.pathname + url.search === pathWithQuery;
    });
    expect(found, `${pathWithQuery} was requested`).toBeDefined();
    return found!;
  };
  const weights = served(weightsPath);
  expect(weights.status()).toBe(200);
  expect(await weights.headerValue("cache-control")).toBe("public, max-age=31536000, immutable");
  const modelJsonResponse = served(`${BASE}${MODEL_FILES.model}`);
  expect(await modelJsonResponse.headerValue("cache-control")).not.toContain("immutable");
  expect(await modelJsonResponse.headerValue("cache-control")).toContain("max-age=0");

  await openBox(page); // the second visit, in the same browser
  const timings = await boxTimings(page);
  const timing = (suffix: string) => {
    const found = timings.find((t) => t.url.endsWith(suffix));
    expect(found, `${suffix} in ${JSON.stringify(timings)}`).toBeDefined();
    return found!;
  };
  const cachedWeights = timing(weightsPath);
  expect(cachedWeights.encodedBodySize).toBeGreaterThan(0);
  expect(cachedWeights.transferSize, "weights downloaded again").toBe(0);
  // Revalidated: a request went to the server (a 304 carries headers, so transferSize > 0).
  expect(timing(`${BASE}${MODEL_FILES.model}`).transferSize).toBeGreaterThan(0);
});

test("only versioned weight URLs are immutable: the plain URL and model.json keep revalidation", async ({
  request,
}) => {
  for (const path of [
    `${BASE}${MODEL_FILES.weights}`,
    `${BASE}${MODEL_FILES.model}`,
    `${BASE}${MODEL_FILES.reading}`,
    `${BASE}${MODEL_FILES.card}`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("public, max-age=0");
  }
});

test("the box fetches model.json, reading.json and the weights, never card.json", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await openBox(page);
  const fetched = (await boxTimings(page)).map((timing) => new URL(timing.url).pathname);
  const modelFiles = (paths: string[]) => [...new Set(paths.filter((path) => path.startsWith(BASE)))].sort();
  const expected = [MODEL_FILES.model, MODEL_FILES.reading, MODEL_FILES.weights].map((name) => `${BASE}${name}`).sort();
  expect(modelFiles(fetched)).toEqual(expected);
  expect(modelFiles(requested)).toEqual(expected);
});
