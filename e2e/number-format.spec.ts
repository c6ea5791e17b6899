/**
 * lib/format.ts writes the box's plain numbers and the footer's dates without Intl (`plainNumber`,
 * `formatDate`); tests/format.test.ts compares them with Node's Intl. This compares them with the
 * browser's, whose data the page would otherwise use (the two engines already differ on -0).
 */
import { expect, test } from "@playwright/test";
import { formatDate, plainNumber } from "../lib/format";

const OPTION_SETS: Intl.NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: 0 },
  { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 4, maximumFractionDigits: 4 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false },
  { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 },
  { maximumFractionDigits: 3, signDisplay: "always" },
];

test("the plain numbers are the browser's Intl numbers, in both site languages", async ({ page }) => {
  const values: number[] = [];
  for (let k = 1; k <= 2000; k++) values.push(k / 2000, k / 800 + 0.00005, -k / 3000, k * 12.345, 0.3625 * k);
  await page.goto("about:blank");
  for (const locale of ["en-GB", "zh-CN"])
    for (const options of OPTION_SETS) {
      const browser: string[] = await page.evaluate(
        ({ locale, options, values }) => {
          const format = new Intl.NumberFormat(locale, options);
          return values.map((x) => format.format(x));
        },
        { locale, options, values },
      );
      const differing = values
        .map((x, i) => ({ x, plain: plainNumber(x, options), browser: browser[i] }))
        .filter(({ plain, browser }) => plain !== browser);
      expect(differing.slice(0, 5), `${locale} ${JSON.stringify(options)}`).toEqual([]);
    }
});

test("the plain dates are the browser's Intl dates, in both site languages", async ({ page }) => {
  const days: string[] = [];
  for (let day = new Date(2000, 0, 1, 12); day.getFullYear() < 2060; day.setDate(day.getDate() + 1))
    days.push(day.toISOString());
  await page.goto("about:blank");
  for (const [language, locale] of [
    ["en", "en-GB"],
    ["zh", "zh-CN"],
  ] as const) {
    const browser: string[] = await page.evaluate(
      ({ locale, days }) => {
        const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
        return days.map((iso) => format.format(new Date(iso)));
      },
      { locale, days },
    );
    const differing = days
      .map((iso, i) => ({ iso, plain: formatDate(iso, language), browser: browser[i] }))
      .filter(({ plain, browser }) => plain !== browser);
    expect(differing.slice(0, 5), locale).toEqual([]);
  }
});
