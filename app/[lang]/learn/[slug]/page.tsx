import type { Metadata } from "next";
import { learnPageMetadata } from "@/components/course/learn-article";
import { LEARN_PAGE_BODIES } from "@/components/course/learn-page-bodies";
import { type LearnPageParams, routeLearnPage } from "@/components/route-params";
import { LEARN_PAGES } from "@/lib/site";

/** One page per course slug (lib/site.ts), for each language of the layout. */
export function generateStaticParams() {
  return LEARN_PAGES.map(({ slug }) => ({ slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: LearnPageParams }): Promise<Metadata> {
  const { language, slug } = await routeLearnPage(params);
  return learnPageMetadata(language, slug);
}

export default async function Page({ params }: { params: LearnPageParams }) {
  const { language, slug } = await routeLearnPage(params);
  const Body = LEARN_PAGE_BODIES[slug];
  return <Body language={language} />;
}
