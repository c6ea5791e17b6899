/**
 * The smaller items of issue 30, in both languages: a localized 404 with navigation, a skip
 * link, example chips that say what to notice (from the behaviour suite in metadata), the
 * English UI telling Chinese input that the model reads English only, tables of contents on
 * the two long pages, and the /learn code lines that look like links.
 */
import { expect, type Page, test } from "@playwright/test";
import { formatPercent } from "../lib/format";
import { dictionary } from "../lib/i18n/dictionary";
import { LANGUAGES, learnPath, localePath } from "../lib/site";
import { required, shippedMetadata } from "./shipped-models";

async function openBox(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
}

for (const language of LANGUAGES) {
  const t = dictionary(language);

  test(`a missing page under ${localePath(language, "/")} answers 404 in its language, with the ways on`, async ({
    page,
  }) => {
    const response = await page.goto(learnPath(language, "no-such-page"));
    expect(response?.status()).toBe(404);
    // Only this language's text is shown (the other is hidden, so out of the accessibility tree too).
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFound.title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await page.getByRole("main").getByRole("link", { name: t.notFound.learn }).click();
    await expect(page).toHaveURL(new RegExp(`${localePath(language, "/learn")}$`));
  });

  test(`a skip link is the first stop of the keyboard and leads to the content (${language})`, async ({ page }) => {
    await page.goto(localePath(language, "/"));
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: t.nav.skip });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#content$/);
  });

  test(`the example chips say what to notice, from the behaviour suite in metadata (${language})`, async ({ page }) => {
    const behaviour = required(shippedMetadata("default").behaviour, "behaviour (npm run evaluate -- --save)");
    const notBad = required(
      behaviour.find((row) => row.capability === "negated negative"),
      "the negated-negative capability",
    );
    await openBox(page, localePath(language, "/"));
    await page.getByRole("button", { name: t.box.examples.notBad }).click();
    const rate = formatPercent((notBad.notNegative ?? notBad.passed) / notBad.total, 0, language);
    await expect(page.locator('[data-notice="notBad"]')).toHaveText(t.box.notice.notBad(rate));
    await page.getByRole("button", { name: t.box.examples.sarcasm }).click();
    await expect(page.locator('[data-notice="sarcasm"]')).toHaveText(t.box.notice.sarcasm(""));
  });

  test(`Chinese input is told that the model reads English only (${language} UI)`, async ({ page }) => {
    await openBox(page, localePath(language, "/"));
    const note = page.locator("[data-english-only]");
    await page.locator("[data-review-input]").fill("A fine film.");
    await expect(note).toHaveCount(0);
    await page.locator("[data-review-input]").fill("这部电影很好看");
    await expect(note).toHaveText(t.box.englishOnly);
    await expect(page.locator("[data-review-input]")).toHaveAttribute("aria-describedby", /.+/);
  });

  test(`the two long pages open with a table of contents whose links reach their sections (${language})`, async ({
    page,
  }) => {
    for (const slug of ["your-own-sequences", "questions"]) {
      await page.goto(learnPath(language, slug));
      const toc = page.locator("nav[data-toc]");
      await expect(toc).toHaveAttribute("aria-label", t.article.contents);
      const targets = await toc.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      expect(targets.length).toBeGreaterThan(5);
      for (const target of targets) await expect(page.locator(target), `${slug} ${target}`).toHaveCount(1);
      await toc.locator("a").last().click();
      await expect(page.locator(targets.at(-1)!)).toBeInViewport();
    }
  });

  test(`the /learn code lines look like links (${language})`, async ({ page }) => {
    await page.goto(localePath(language, "/learn"));
    const line = page.locator("pre a").first();
    await expect(line).toHaveCSS("text-decoration-line", "underline");
    const color = await line.evaluate((a) => getComputedStyle(a).color);
    const body = await page.locator("pre").evaluate((pre) => getComputedStyle(pre).color);
    expect(color).not.toBe(body);
  });
}

test("without JavaScript a missing page still says so, with its links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  const t = dictionary("en").notFound;
  await expect(page.getByRole("heading", { name: t.title })).toBeVisible();
  await expect(page.getByRole("link", { name: t.home })).toHaveAttribute("href", "/");
  await context.close();
});
