import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import YourOwnSequencesPage from "@/components/learn/pages/your-own-sequences";

export const metadata: Metadata = learnPageMetadata("en", "your-own-sequences");

export default function Page() {
  return <YourOwnSequencesPage language="en" />;
}
