/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every page shape in both languages: the
 * review box, the course index, each course page and the model card, once the model
 * has loaded (or failed to) so the widgets show what a reader would see.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LANGUAGES, LEARN_PAGES, learnPath, localePath } from "../lib/site";
import { settle } from "./settle";

const pages = LANGUAGES.flatMap((language) => [
  localePath(language, "/"),
  localePath(language, "/learn"),
  localePath(language, "/model"),
  ...LEARN_PAGES.map((page) => learnPath(language, page.slug)),
]);

for (const path of pages) {
  test(`${path} has no WCAG 2 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    await settle(page);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const summary = violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
    expect(summary).toEqual([]);
  });
}
