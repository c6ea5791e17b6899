import Link from "next/link";
import { type Language, LEARN_PAGES, learnPath } from "@/lib/site";
import { LearnArticle } from "../learn-article";
import { GLOSSARY } from "./glossary-terms";

const COPY = {
  en: {
    intro:
      "Each concept has one name in English and one in Chinese, used the same way on every page of the course and in the review box.",
    head: ["English", "中文", "meaning", "explained in"],
  },
  zh: {
    intro: "每个概念在英文和中文里各有一个名字，课程的每一页和影评输入框都按同样的方式使用。",
    head: ["English", "中文", "含义", "讲解页面"],
  },
};

export default function GlossaryPage({ language }: { language: Language }) {
  const t = COPY[language];
  const title = (slug: string) => LEARN_PAGES.find((page) => page.slug === slug)?.title[language] ?? slug;
  return (
    <LearnArticle language={language} slug="glossary">
      <p>{t.intro}</p>
      <div className="overflow-x-auto">
        <table data-testid="glossary">
          <thead>
            <tr>
              {t.head.map((cell) => (
                <th key={cell}>{cell}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GLOSSARY.map((term) => (
              <tr key={term.en} data-testid="glossary-term">
                <td lang="en">{term.en}</td>
                <td lang="zh-Hans">{term.zh}</td>
                <td>{term.meaning[language]}</td>
                <td>
                  <Link href={learnPath(language, term.page)}>{title(term.page)}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </LearnArticle>
  );
}
