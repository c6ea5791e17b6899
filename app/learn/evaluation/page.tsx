import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import EvaluationPage from "@/components/learn/pages/evaluation";

export const metadata: Metadata = learnPageMetadata("en", "evaluation");

export default function Page() {
  return <EvaluationPage language="en" />;
}
