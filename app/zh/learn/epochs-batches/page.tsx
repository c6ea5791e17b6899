import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import EpochsBatchesPage from "@/components/learn/pages/epochs-batches";

export const metadata: Metadata = learnPageMetadata("zh", "epochs-batches");

export default function Page() {
  return <EpochsBatchesPage language="zh" />;
}
