import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/learn/learn-article";
import LstmPage from "@/components/learn/pages/lstm";

export const metadata: Metadata = learnPageMetadata("en", "lstm");

export default function Page() {
  return <LstmPage language="en" />;
}
