/**
 * Numbers, durations and dates for each site language, so a value reads the same on
 * every page and widget. English uses en-GB ("26 Nov 2026", "25,000"), Chinese zh-CN.
 */
import type { Language } from "./site";

const LOCALES: Record<Language, string> = { en: "en-GB", zh: "zh-CN" };

/**
 * What separates two sentences, or a label and what follows it, when they are joined in
 * code: a space in English, nothing in Chinese (a space between two Chinese characters or
 * punctuation marks is a typo there).
 */
export function wordSpace(language: Language): string {
  return language === "zh" ? "" : " ";
}

/**
 * One Intl.NumberFormat per language and options, made on first use: making one costs far
 * more than formatting with it (about 30 ms of the home page's first render went to making
 * the same few formatters again for every number shown).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Any number with Intl options: formatNumber(0.1234, "en", { maximumFractionDigits: 2 }) -> "0.12".
 * The plain forms the box shows are written without Intl (`plainNumber`), the same characters.
 */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  const plain = plainNumber(value, options);
  if (plain !== null) return plain;
  const key = `${language} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The options `plainNumber` writes itself; any other sends a number to Intl. */
const PLAIN_OPTIONS = new Set([
  "style",
  "unit",
  "minimumFractionDigits",
  "maximumFractionDigits",
  "useGrouping",
  "signDisplay",
]);

/**
 * Decimals, percentages and kilobytes as en-GB and zh-CN write them (the same in both: "." for
 * the decimal point, "," between thousands, "%" and " kB" after), or null for what it does not
 * write. The first Intl.NumberFormat a page makes costs 30–40 ms in Chromium (its number data is
 * loaded then), on the busy main thread, before the box's first verdict can show; this costs
 * nothing. It rounds as Intl does: the shortest decimal that reads back as the number (what
 * `String` writes: 0.3625, not the binary 0.36249999…), a tie away from zero; a percentage moves
 * that decimal's point two places first. tests/format.test.ts compares it with Intl.
 */
export function plainNumber(value: number, options: Intl.NumberFormatOptions = {}): string | null {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return null;
  if (Object.keys(options).some((name) => !PLAIN_OPTIONS.has(name))) return null;
  const { style = "decimal", unit, useGrouping, signDisplay = "auto" } = options;
  const percent = style === "percent";
  if (style !== "decimal" && !percent && !(style === "unit" && unit === "kilobyte")) return null;
  if (useGrouping !== undefined && typeof useGrouping !== "boolean") return null;
  if (signDisplay !== "auto" && signDisplay !== "always") return null;
  const minDigits = options.minimumFractionDigits ?? 0;
  const maxDigits = options.maximumFractionDigits ?? Math.max(minDigits, percent ? 0 : 3);
  if (minDigits > maxDigits || maxDigits > 20) return null;
  // -0 as 0: Chromium's Intl writes "0" (Node's "-0"); a negative that rounds to 0 keeps its sign in both.
  const negative = value < 0;
  let [whole, fraction] = roundDecimal(Math.abs(value), percent ? 2 : 0, maxDigits);
  fraction = fraction.replace(/0+$/, "").padEnd(minDigits, "0");
  if (useGrouping !== false) whole = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const sign = negative ? "-" : signDisplay === "always" ? "+" : "";
  const suffix = percent ? "%" : style === "unit" ? " kB" : "";
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}${suffix}`;
}

/**
 * `x` (finite, not negative) times 10^`shift`, rounded to `places` decimals, as its whole part
 * and its `places` fraction digits, done on the digits of `String(x)`.
 */
function roundDecimal(x: number, shift: number, places: number): [whole: string, fraction: string] {
  const [mantissa, exponent = "0"] = String(x).split("e");
  const [integer, decimals = ""] = mantissa.split(".");
  let digits = integer + decimals;
  let point = integer.length + Number(exponent) + shift;
  if (point < 1) [digits, point] = ["0".repeat(1 - point) + digits, 1];
  digits = digits.padEnd(point + places + 1, "0");
  let kept = digits.slice(0, point + places);
  if (digits[point + places] >= "5") {
    const rounded = addOneInLastPlace(kept);
    if (rounded.length > kept.length) point++;
    kept = rounded;
  }
  return [kept.slice(0, point).replace(/^0+(?=\d)/, ""), kept.slice(point)];
}

/** "129" -> "130", "99" -> "100". */
function addOneInLastPlace(digits: string): string {
  const chars = [...digits];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== "9") {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return `1${chars.join("")}`;
}

/** 25000 -> "25,000". */
export function formatInteger(n: number, language: Language): string {
  return formatNumber(n, language, { maximumFractionDigits: 0 });
}

/** 0.6049 -> "0.60" (digits = 2): probabilities and logits, always with `digits` decimals. */
export function formatDecimal(x: number, digits: number, language: Language): string {
  return formatNumber(x, language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/** 0.8731 -> "87.31%" (digits = 2); both languages write percentages the same way. */
export function formatPercent(x: number, digits = 2, language: Language = "en"): string {
  return formatNumber(x, language, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** 412345 bytes -> "412 kB", for download progress. */
export function formatBytes(bytes: number, language: Language): string {
  return formatNumber(bytes / 1000, language, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
}

/** 1234.5 -> "20 min 35 s" / "20 分 35 秒". */
export function formatDuration(seconds: number, language: Language): string {
  const total = Math.round(seconds);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const units = language === "en" ? ["h", "min", "s"] : ["小时", "分", "秒"];
  const space = language === "en" ? " " : "";
  const parts = [h, m, s].map((value, i) => (value > 0 ? `${value}${space}${units[i]}` : "")).filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : `0${space}${units[2]}`;
}

/** en-GB's short month names, as Intl writes them in a medium date ("Sept", not "Sep"). */
const MONTHS_EN_GB = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

/**
 * An ISO timestamp as a medium date in the reader's time zone: "26 Nov 2026" / "2026年11月26日";
 * null if it is not a date. Written here for years 1000–9999, as Intl writes them
 * (tests/format.test.ts, e2e/number-format.spec.ts): the first Intl object a page makes costs
 * 30–40 ms in Chromium, and the footer's date renders next to the box's first verdict.
 */
export function formatDate(iso: string, language: Language): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  if (year < 1000 || year > 9999) return date.toLocaleDateString(LOCALES[language], { dateStyle: "medium" });
  return language === "zh" ? `${year}年${month + 1}月${day}日` : `${day} ${MONTHS_EN_GB[month]} ${year}`;
}
