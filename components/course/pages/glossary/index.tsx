import Link from "next/link";
import { type Language, LEARN_PAGES, learnPath } from "@/lib/site";
import { DataTable } from "../../data-table";
import { LearnArticle } from "../../learn-article";
import { GLOSSARY } from "../glossary-terms";
import { en } from "./en";
import { zh } from "./zh";

export default function GlossaryPage({ language }: { language: Language }) {
  const t = { en, zh }[language];
  const title = (slug: string) => LEARN_PAGES.find((page) => page.slug === slug)?.title[language] ?? slug;
  return (
    <LearnArticle language={language} slug="glossary">
      <p>{t.intro}</p>
      <DataTable
        testId="glossary"
        head={t.head}
        rows={GLOSSARY.map((term) => ({
          key: term.en,
          testId: "glossary-term",
          cells: [
            { value: term.en, lang: "en" },
            { value: term.zh, lang: "zh-Hans" },
            term.meaning[language],
            <Link key="page" href={learnPath(language, term.page)}>
              {title(term.page)}
            </Link>,
          ],
        }))}
      />
    </LearnArticle>
  );
}
