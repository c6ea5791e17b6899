import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import SigmoidOutputPage from "@/components/learn/pages/sigmoid-output";

export const metadata: Metadata = learnPageMetadata("en", "sigmoid-output");

export default function Page() {
  return <SigmoidOutputPage language="en" />;
}
