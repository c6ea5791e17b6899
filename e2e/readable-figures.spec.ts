/**
 * Readable at 390 px (issue 30): no SVG text under 11 px on any page shape, measured as the
 * text's computed font size times the scale its SVG is drawn at (getScreenCTM); and every
 * table wider than its column shows a cue that it scrolls and breaks no word or number.
 */
import { expect, type Page, test } from "@playwright/test";
import { LANGUAGES, type Language, LEARN_PAGES, learnPath, localePath } from "../lib/site";
import { settle } from "./settle";

const SHAPES = [
  { name: "phone", viewport: { width: 390, height: 844 }, languages: LANGUAGES },
  { name: "desktop", viewport: { width: 1280, height: 900 }, languages: ["en"] as Language[] },
] as const;

const pagesOf = (language: Language) => [
  localePath(language, "/"),
  localePath(language, "/learn"),
  localePath(language, "/model"),
  ...LEARN_PAGES.map((page) => learnPath(language, page.slug)),
];

/** Every rendered SVG text's size on screen, in px, with the start of its words. */
function svgTextSizes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<SVGTextElement>("svg text")).flatMap((text) => {
      const box = text.getBoundingClientRect();
      const matrix = text.getScreenCTM();
      if (box.width === 0 || !matrix || text.textContent?.trim() === "") return [];
      const scale = Math.hypot(matrix.a, matrix.b);
      return [{ text: text.textContent?.slice(0, 24), px: Number.parseFloat(getComputedStyle(text).fontSize) * scale }];
    }),
  );
}

for (const shape of SHAPES) {
  for (const language of shape.languages) {
    test(`no SVG text under 11 px, ${shape.name} (${shape.viewport.width}×${shape.viewport.height}), ${language}`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(shape.viewport);
      let measured = 0;
      for (const path of pagesOf(language)) {
        await page.goto(path);
        await settle(page);
        const sizes = await svgTextSizes(page);
        measured += sizes.length;
        // 0.01 px: the float rounding of a figure drawn at exactly the readable scale
        const small = sizes.filter(({ px }) => px < 11 - 0.01).map(({ text, px }) => `${text}: ${px.toFixed(1)} px`);
        expect(small, path).toEqual([]);
      }
      // The check read real figures: the box's trace, the training curves, the LSTM diagram.
      expect(measured).toBeGreaterThan(50);
    });
  }
}

for (const language of LANGUAGES) {
  test(`tables wider than a 390 px column show that they scroll and break no word (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    let overflowing = 0;
    for (const path of [localePath(language, "/model"), learnPath(language, "your-own-sequences")]) {
      await page.goto(path);
      await settle(page);
      const tables = await page.evaluate(() =>
        Array.from(document.querySelectorAll("main table")).map((table) => {
          const scroller = table.parentElement as HTMLElement;
          const cell = table.querySelector("td, th") as HTMLElement;
          return {
            id: table.getAttribute("data-testid") ?? table.textContent?.slice(0, 30),
            scrolls: scroller.scrollWidth > scroller.clientWidth + 2,
            cue: scroller.parentElement?.querySelector(":scope > [data-scroll-cue]") !== null,
            wrap: getComputedStyle(cell).overflowWrap,
            wordBreak: getComputedStyle(cell).wordBreak,
            fitsPage: document.documentElement.scrollWidth <= window.innerWidth,
          };
        }),
      );
      for (const table of tables) {
        expect(table.wrap, `${path} ${table.id}`).toBe("normal");
        expect(table.wordBreak, `${path} ${table.id}`).toBe("normal");
        expect(table.cue, `${path} ${table.id}: a cue exactly when it scrolls`).toBe(table.scrolls);
        expect(table.fitsPage, `${path}: the page itself does not scroll sideways`).toBe(true);
        if (table.scrolls) overflowing++;
      }
    }
    // The model card's architecture table is wider than a phone: the cue was seen.
    expect(overflowing).toBeGreaterThan(0);
  });
}
