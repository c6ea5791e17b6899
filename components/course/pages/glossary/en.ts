import type { Copy } from "./copy";

export const en: Copy = {
  intro:
    "Each concept has one name in English and one in Chinese, used the same way on every page of the course and in the review box.",
  head: ["English", "中文", "meaning", "explained in"],
};
