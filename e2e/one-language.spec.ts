/**
 * A page's JavaScript carries its own language only: every script a visit downloads (first
 * load, the language's dictionary, the widgets' lazy chunks) is searched for the other
 * language's UI strings (lib/i18n/en.ts, zh.ts). Client components read the dictionary
 * through useDictionary (components/dictionary/), which loads only the page's language.
 */
import { expect, type Page, test } from "@playwright/test";
import { EXAMPLE_REVIEWS } from "../components/box/example-reviews";
import { en } from "../lib/i18n/en";
import { zh } from "../lib/i18n/zh";
import { type Language, localePath } from "../lib/site";

/** Every string in a dictionary (functions left out: their text is built at run time). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The other language's strings that would give it away: Chinese strings with Chinese characters
 * (for English pages), English strings of three or more words (for Chinese pages); a string both
 * dictionaries hold (a model's name, a formula) gives nothing away, and neither does a chip's
 * label that quotes one of the box's example reviews, which are English in both languages (the
 * model reads English).
 */
function giveaways(language: Language): string[] {
  const [own, other] = language === "en" ? [strings(en), strings(zh)] : [strings(zh), strings(en)];
  const telling =
    language === "en" ? (s: string) => /[\u4e00-\u9fff]/.test(s) : (s: string) => s.trim().split(/\s+/).length >= 3;
  const quotesAnExample = (s: string) => EXAMPLE_REVIEWS.some((review) => review.text.includes(s));
  return [...new Set(other)].filter((s) => telling(s) && !own.includes(s) && !quotesAnExample(s));
}

/** The text of every JavaScript file the page downloads until the network is quiet. */
async function scriptsOf(page: Page, path: string): Promise<{ url: string; text: string }[]> {
  const scripts: Promise<{ url: string; text: string }>[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.endsWith(".js")) {
      scripts.push(response.text().then((text) => ({ url: response.url(), text })));
    }
  });
  // Links prefetch other routes' code (the home page's box); only this page's own code counts.
  await page.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
  );
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState("networkidle");
  return Promise.all(scripts);
}

const PAGES = ["/", "/learn", "/learn/lstm", "/learn/evaluation", "/learn/log-loss", "/model"];

for (const language of ["en", "zh"] as const) {
  for (const page of PAGES) {
    const path = localePath(language, page);
    test(`${path}: its JavaScript holds no ${language === "en" ? "Chinese" : "English"} UI string`, async ({
      page: browser,
    }) => {
      const scripts = await scriptsOf(browser, path);
      expect(scripts.length).toBeGreaterThan(3);
      // The page's own language is there (so the search reads the right files)...
      const own = { en, zh }[language].site.description;
      expect(
        scripts.some(({ text }) => text.includes(own)),
        `"${own}" in the page's scripts`,
      ).toBe(true);
      // ...and not one string of the other.
      const found = giveaways(language).flatMap((giveaway) =>
        scripts.filter(({ text }) => text.includes(giveaway)).map(({ url }) => `${giveaway} in ${url}`),
      );
      expect(found).toEqual([]);
    });
  }
}
