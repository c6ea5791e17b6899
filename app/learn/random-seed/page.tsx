import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import RandomSeedPage from "@/components/learn/pages/random-seed";

export const metadata: Metadata = learnPageMetadata("en", "random-seed");

export default function Page() {
  return <RandomSeedPage language="en" />;
}
