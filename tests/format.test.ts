/**
 * lib/format.ts writes the box's plain numbers without Intl (`plainNumber`): here every form it
 * writes is compared with Intl.NumberFormat's, in both site languages, on numbers chosen to catch
 * rounding (ties, values just under a tie, binary fractions), grouping and signs. Its medium
 * dates (`formatDate`, the footer's) are compared with Intl.DateTimeFormat's on every day of 110 years.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatBytes,
  formatDate,
  formatDecimal,
  formatInteger,
  formatNumber,
  formatPercent,
  plainNumber,
} from "../lib/format";
import { LANGUAGES } from "../lib/site";

const LOCALES = { en: "en-GB", zh: "zh-CN" } as const;

/** Numbers that round in every way: ties at several places, near-ties, tiny, large, signed zero. */
function awkwardNumbers(): number[] {
  const numbers = [0, 1, 0.5, 1.5, 2.5, 0.125, 0.375, 0.005, 1.005, 0.0005, 0.045, 0.285, 0.565, 0.9999, 0.99995];
  numbers.push(999, 999.5, 1000, 9999.95, 12345.678, 1234567.891, 1e14 + 0.5, 0.1 + 0.2, 1 / 3, 2 / 3, Number.EPSILON);
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < 400; i++)
    numbers.push(random(), random() * 10 ** Math.floor(random() * 9), Math.round(random() * 1e4) / 1e4);
  for (let k = 0; k <= 2000; k++) numbers.push(k / 2000, k / 800 + 0.00005);
  // Not -0: engines disagree (Chromium's Intl writes "0", Node's "-0"); see the last test.
  return [...numbers, ...numbers.filter((x) => x !== 0).map((x) => -x)];
}

const OPTION_SETS: Intl.NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { useGrouping: false },
  { style: "percent" },
  { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 },
  { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 },
  { minimumFractionDigits: 4 },
  { maximumFractionDigits: 3, signDisplay: "always" },
];
for (let max = 0; max <= 6; max++)
  for (let min = 0; min <= max; min++) {
    OPTION_SETS.push({ minimumFractionDigits: min, maximumFractionDigits: max });
    OPTION_SETS.push({ minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: false });
    OPTION_SETS.push({ style: "percent", minimumFractionDigits: min, maximumFractionDigits: max });
  }

test("the plain forms are written exactly as Intl writes them, in both languages", () => {
  const numbers = awkwardNumbers();
  for (const language of LANGUAGES)
    for (const options of OPTION_SETS) {
      const intl = new Intl.NumberFormat(LOCALES[language], options);
      for (const x of numbers) {
        const plain = plainNumber(x, options);
        assert.notEqual(plain, null, `${x} ${JSON.stringify(options)}`);
        assert.equal(plain, intl.format(x), `${x} ${JSON.stringify(options)} (${language})`);
      }
    }
});

test("what it does not write goes to Intl", () => {
  for (const options of [
    { style: "currency", currency: "EUR" },
    { notation: "compact" },
    { maximumSignificantDigits: 2 },
    { signDisplay: "exceptZero" },
    { style: "unit", unit: "megabyte" },
  ] as Intl.NumberFormatOptions[])
    assert.equal(plainNumber(1234.5, options), null, JSON.stringify(options));
  for (const x of [Number.NaN, Number.POSITIVE_INFINITY, 1e21]) assert.equal(plainNumber(x), null);
  assert.equal(formatNumber(1234.5, "en", { style: "currency", currency: "EUR" }), "€1,234.50");
  assert.equal(formatNumber(Number.NaN, "en"), "NaN");
});

test("the helpers the pages use", () => {
  assert.equal(formatInteger(25000, "en"), "25,000");
  assert.equal(formatDecimal(0.6049, 2, "zh"), "0.60");
  assert.equal(formatDecimal(12345.678, 1, "en"), "12345.7");
  assert.equal(formatPercent(0.8731), "87.31%");
  assert.equal(formatPercent(0.125, 0, "zh"), "13%");
  assert.equal(formatBytes(412_345, "en"), "412 kB");
  // -0 as Chromium writes it; a small negative keeps its sign, as in every engine.
  assert.equal(plainNumber(-0, { maximumFractionDigits: 0 }), "0");
  assert.equal(plainNumber(-0.0001, { maximumFractionDigits: 0 }), "-0");
});

/** Every day from 1990 to 2100 at noon and just after midnight (local time), as ISO timestamps. */
function everyDay(): string[] {
  const days: string[] = [];
  for (let day = new Date(1990, 0, 1, 12); day.getFullYear() <= 2100; day.setDate(day.getDate() + 1)) {
    days.push(day.toISOString(), new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, 0, 1).toISOString());
  }
  return days;
}

test("dates are written as Intl writes a medium date, in both languages, on every day of 110 years", () => {
  const days = everyDay();
  assert.ok(days.length > 80_000);
  for (const language of LANGUAGES) {
    const intl = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium" });
    for (const iso of days) assert.equal(formatDate(iso, language), intl.format(new Date(iso)), `${iso} (${language})`);
  }
  assert.equal(formatDate("2026-09-05T12:00:00", "en"), "5 Sept 2026");
  assert.equal(formatDate("2026-09-05T12:00:00", "zh"), "2026年9月5日");
  // Years Intl writes otherwise (no zero-padding rules here) go to Intl itself.
  assert.equal(
    formatDate("0099-01-01T12:00:00", "en"),
    new Date("0099-01-01T12:00:00").toLocaleDateString("en-GB", { dateStyle: "medium" }),
  );
  assert.equal(formatDate("not a date", "en"), null);
});
