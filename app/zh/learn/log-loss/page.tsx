import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import LogLossPage from "@/components/learn/pages/log-loss";

export const metadata: Metadata = learnPageMetadata("zh", "log-loss");

export default function Page() {
  return <LogLossPage language="zh" />;
}
