import type { Metadata } from "next";
import ModelCardPage, { modelCardMetadata } from "@/components/model-card/model-card";
import { type LanguageParams, routeLanguage } from "@/components/route-params";

export async function generateMetadata({ params }: { params: LanguageParams }): Promise<Metadata> {
  return modelCardMetadata(await routeLanguage(params));
}

export default async function Page({ params }: { params: LanguageParams }) {
  return <ModelCardPage language={await routeLanguage(params)} />;
}
