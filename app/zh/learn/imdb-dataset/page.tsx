import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import ImdbDatasetPage from "@/components/learn/pages/imdb-dataset";

export const metadata: Metadata = learnPageMetadata("zh", "imdb-dataset");

export default function Page() {
  return <ImdbDatasetPage language="zh" />;
}
