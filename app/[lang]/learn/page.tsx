import type { Metadata } from "next";
import LearnIndexPage, { learnIndexMetadata } from "@/components/course/pages/learn-index";
import { type LanguageParams, routeLanguage } from "@/components/route-params";

export async function generateMetadata({ params }: { params: LanguageParams }): Promise<Metadata> {
  return learnIndexMetadata(await routeLanguage(params));
}

export default async function Page({ params }: { params: LanguageParams }) {
  return <LearnIndexPage language={await routeLanguage(params)} />;
}
