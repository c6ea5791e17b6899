import type { Metadata } from "next";
import ModelCardPage, { modelCardMetadata } from "@/components/learn/pages/model-card";

export const metadata: Metadata = modelCardMetadata("en");

export default function Page() {
  return <ModelCardPage language="en" />;
}
