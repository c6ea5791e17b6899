import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SITE } from "@/lib/site";

export const metadata: Metadata = {
  title: { default: SITE.name.zh, template: `%s · ${SITE.name.zh}` },
  description: "输入一条英文影评，看 Keras IMDB 教程里的 LSTM 如何在浏览器里读它。",
};

/** Everything under /zh is Simplified Chinese; the root <html> stays lang="en". */
export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <div lang="zh-Hans">{children}</div>;
}
