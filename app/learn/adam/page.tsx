import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import AdamPage from "@/components/learn/pages/adam";

export const metadata: Metadata = learnPageMetadata("en", "adam");

export default function Page() {
  return <AdamPage language="en" />;
}
