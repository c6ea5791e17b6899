import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import PaddingTruncationPage from "@/components/learn/pages/padding-truncation";

export const metadata: Metadata = learnPageMetadata("zh", "padding-truncation");

export default function Page() {
  return <PaddingTruncationPage language="zh" />;
}
