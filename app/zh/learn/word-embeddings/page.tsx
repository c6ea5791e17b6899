import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import WordEmbeddingsPage from "@/components/learn/pages/word-embeddings";

export const metadata: Metadata = learnPageMetadata("zh", "word-embeddings");

export default function Page() {
  return <WordEmbeddingsPage language="zh" />;
}
