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

/** Any number with Intl options: formatNumber(0.1234, "en", { maximumFractionDigits: 2 }) -> "0.12". */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  const key = `${language} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format.format(value);
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

/** An ISO timestamp as a medium date: "26 Nov 2026" / "2026年11月26日"; null if it is not a date. */
export function formatDate(iso: string, language: Language): string | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(LOCALES[language], { dateStyle: "medium" });
}
