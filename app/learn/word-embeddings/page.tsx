import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import WordEmbeddingsPage from "@/components/learn/pages/word-embeddings";

export const metadata: Metadata = learnPageMetadata("en", "word-embeddings");

export default function Page() {
  return <WordEmbeddingsPage language="en" />;
}
