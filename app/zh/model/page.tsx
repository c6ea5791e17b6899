import type { Metadata } from "next";
import ModelCardPage, { modelCardMetadata } from "@/components/learn/pages/model-card";

export const metadata: Metadata = modelCardMetadata("zh");

export default function Page() {
  return <ModelCardPage language="zh" />;
}
