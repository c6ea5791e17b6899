import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import AdamPage from "@/components/learn/pages/adam";

export const metadata: Metadata = learnPageMetadata("zh", "adam");

export default function Page() {
  return <AdamPage language="zh" />;
}
