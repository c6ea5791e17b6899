/** The typed language and course page of a route under app/[lang]/; anything else is a 404. */
import { notFound } from "next/navigation";
import { isLanguage, isLearnSlug, type Language, type LearnSlug } from "@/lib/site";

export type LanguageParams = Promise<{ lang: string }>;
export type LearnPageParams = Promise<{ lang: string; slug: string }>;

export async function routeLanguage(params: LanguageParams): Promise<Language> {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  return lang;
}

export async function routeLearnPage(params: LearnPageParams): Promise<{ language: Language; slug: LearnSlug }> {
  const { lang, slug } = await params;
  if (!isLanguage(lang) || !isLearnSlug(slug)) notFound();
  return { language: lang, slug };
}
