/** Number formats shared by the pages and widgets, so a value reads the same everywhere. */
import type { Language } from "@/lib/site";

const LOCALES: Record<Language, string> = { en: "en-US", zh: "zh-CN" };

/** 25000 -> "25,000". */
export function formatInteger(n: number, language: Language): string {
  return n.toLocaleString(LOCALES[language], { maximumFractionDigits: 0 });
}

/** 0.8731 -> "87.31%". */
export function formatPercent(x: number, digits = 2): string {
  return `${(100 * x).toFixed(digits)}%`;
}

/** 1234.5 -> "20 min 35 s" / "20 分 35 秒". */
export function formatDuration(seconds: number, language: Language): string {
  const total = Math.round(seconds);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const units = language === "en" ? ["h", "min", "s"] : ["小时", "分", "秒"];
  const parts = [h, m, s].map((value, i) => (value > 0 ? `${value}${language === "en" ? " " : ""}${units[i]}` : "")).filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : language === "en" ? "0 s" : "0 秒";
}
