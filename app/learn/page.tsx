import type { Metadata } from "next";
import LearnIndexPage, { learnIndexMetadata } from "@/components/learn/pages/learn-index";

export const metadata: Metadata = learnIndexMetadata("en");

export default function Page() {
  return <LearnIndexPage language="en" />;
}
