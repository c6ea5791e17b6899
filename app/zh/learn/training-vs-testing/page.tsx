import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import TrainingVsTestingPage from "@/components/learn/pages/training-vs-testing";

export const metadata: Metadata = learnPageMetadata("zh", "training-vs-testing");

export default function Page() {
  return <TrainingVsTestingPage language="zh" />;
}
