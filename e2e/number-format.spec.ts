/**
 * lib/format.ts writes the box's plain numbers without Intl (`plainNumber`); tests/format.test.ts
 * compares it with Node's Intl. This compares it with the browser's, whose number data is what
 * the page would otherwise use (the two engines already differ on -0).
 */
import { expect, test } from "@playwright/test";
import { plainNumber } from "../lib/format";

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
