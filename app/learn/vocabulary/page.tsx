import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import VocabularyPage from "@/components/learn/pages/vocabulary";

export const metadata: Metadata = learnPageMetadata("en", "vocabulary");

export default function Page() {
  return <VocabularyPage language="en" />;
}
