/**
 * The review travels with the reader (issue 30): typed in the box, it goes to the page an
 * explanation link names, lands on the widget there, which shows it; Back, "Back to the review
 * box" and the language switch bring it back intact; a shared link (#review=…) opens the box
 * with it. On a phone the verdict sits in the first screen right under the text. Both
 * languages, desktop 1280×900 and phone 390×844.
 */
import { expect, type Page, test } from "@playwright/test";
import { dictionary } from "../lib/i18n/dictionary";
import { LEARN_SECTIONS } from "../lib/learn-sections";
import { LANGUAGES, type Language, learnPath, localePath } from "../lib/site";

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const REVIEW = "Quokkas aside, the acting was wonderful but the ending felt rushed and dull.";

async function openBox(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
}

async function typeReview(page: Page, text: string) {
  await page.locator("[data-review-input]").fill(text);
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
}

for (const [shape, viewport] of Object.entries(VIEWPORTS)) {
  for (const language of LANGUAGES) {
    test.describe(`${shape}, ${language}`, () => {
      test.use({ viewport });

      test("a typed review survives an explanation link, Back, 'Back to the review box' and the language switch", async ({
        page,
      }) => {
        const t = dictionary(language);
        const box = page.locator("[data-review-input]");
        await openBox(page, localePath(language, "/"));
        await typeReview(page, REVIEW);
        const boxProbability = Number(await page.locator("[data-verdict]").getAttribute("data-probability"));

        // The Why section's link lands on the LSTM page's opinion trace, which reads the review.
        await page.locator('[data-why] a[data-learn-link="lstm"]').click();
        await expect(page).toHaveURL(new RegExp(`${learnPath(language, "lstm")}#${LEARN_SECTIONS.opinionTrace}$`));
        const widget = page.locator(`#${LEARN_SECTIONS.opinionTrace}`);
        await expect(widget.locator("textarea")).toHaveValue(REVIEW, { timeout: 20_000 });
        await expect(widget.locator("[data-from-box]")).toHaveText(t.widget.fromBox);
        await expect(widget).toBeInViewport();
        // On the box's model, so its answer is the box's.
        await expect(widget.getByTestId("opinion-final")).toHaveText(boxProbability.toFixed(3));
        // Its own example is a click away, and so is the review again.
        await widget.getByRole("button", { name: t.widget.useExample }).click();
        await expect(widget.locator("textarea")).not.toHaveValue(REVIEW);
        await widget.getByRole("button", { name: t.widget.useCarried }).click();
        await expect(widget.locator("textarea")).toHaveValue(REVIEW);
        // Every other review widget on the page starts from it too.
        await expect(page.getByTestId("lstm-unrolled")).toBeAttached({ timeout: 20_000 });
        for (const field of await page.locator("main section[id] textarea, main section[aria-label] textarea").all())
          await expect(field).toHaveValue(REVIEW);

        // Back: the box holds the review.
        await page.goBack();
        await expect(box).toHaveValue(REVIEW);

        // "Back to the review box" from a course page.
        await page.goto(learnPath(language, "vocabulary"));
        await expect(page.locator(`#${LEARN_SECTIONS.vocabularyMarker} textarea`)).toHaveValue(REVIEW, {
          timeout: 20_000,
        });
        await page.getByRole("link", { name: t.article.box }).click();
        await expect(box).toHaveValue(REVIEW);

        // The language switch.
        await page.getByTestId("language-switch").click();
        const other: Language = language === "en" ? "zh" : "en";
        await expect(page).toHaveURL(new RegExp(`${localePath(other, "/")}$`));
        await expect(box).toHaveValue(REVIEW);
      });

      test("a shared link opens the box with the review, and the review goes to no server", async ({
        page,
        browser,
        baseURL,
      }) => {
        await openBox(page, localePath(language, "/"));
        await typeReview(page, REVIEW);
        await page.locator("[data-share-review]").click();
        const link = await page.locator("[data-share-link]").inputValue();
        expect(link).toMatch(new RegExp(`^${baseURL}${localePath(language, "/")}#review=`));
        // A fresh browser, with nothing in its session: the link alone carries the review.
        const fresh = await browser.newContext({ viewport });
        const other = await fresh.newPage();
        const requested: string[] = [];
        other.on("request", (request) =>
          requested.push(decodeURIComponent(request.url() + (request.postData() ?? ""))),
        );
        await other.goto(link);
        await expect(other.locator("[data-review-input]")).toHaveValue(REVIEW);
        await expect(other.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", {
          timeout: 20_000,
        });
        // The fragment is consumed, so the address no longer holds an older copy of the text.
        expect(new URL(other.url()).hash).toBe("");
        expect(requested.filter((url) => url.includes("Quokkas"))).toEqual([]);
        await fresh.close();
      });
    });
  }
}

for (const language of LANGUAGES) {
  test(`on a 390×844 phone (${language}) the verdict is in the first screen, right under the text, as you type`, async ({
    page,
  }) => {
    await page.setViewportSize(VIEWPORTS.phone);
    await openBox(page, localePath(language, "/"));
    const input = page.locator("[data-review-input]");
    await input.fill("");
    await input.pressSequentially("The worst film of the year, dull and stupid.", { delay: 5 });
    await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
    await expect(page.locator("[data-label]")).toHaveAttribute("data-label", "negative");
    expect(await page.evaluate(() => window.scrollY), "nothing scrolled").toBe(0);
    // The whole verdict line and its bar, with the text box still in view above them.
    await expect(input).toBeInViewport({ ratio: 1 });
    await expect(page.locator("[data-verdict-line]")).toBeInViewport({ ratio: 1 });
    await expect(page.locator("[data-probability-bar]")).toBeInViewport({ ratio: 1 });
    await expect(page.locator("[data-intro-short]")).toBeVisible();
  });
}
