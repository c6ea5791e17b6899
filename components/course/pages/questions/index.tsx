import Link from "next/link";
import { wordSpace } from "@/lib/format";
import { type Language, LEARN_PAGES, learnPath } from "@/lib/site";
import { LabelsBesideX, RawToTrials } from "../../../eeg/worked-example";
import { CodeBlock } from "../../code-compare";
import { LearnArticle } from "../../learn-article";
import { readModelMetadata } from "../../shipped-models";
import { TableOfContents } from "../../table-of-contents";
import { en } from "./en";
import { zh } from "./zh";

export default async function QuestionsPage({ language }: { language: Language }) {
  const box = await readModelMetadata("default");
  const title = (slug: string) => LEARN_PAGES.find((page) => page.slug === slug)?.title[language] ?? slug;
  return (
    <LearnArticle language={language} slug="questions">
      {(m) => {
        const t = { en, zh }[language](m, box);
        return (
          <>
            <p>{t.intro}</p>
            <TableOfContents language={language} entries={t.questions.map((q) => ({ id: q.id, title: q.question }))} />
            <ol className="list-none pl-0">
              {t.questions.map((q) => (
                <li key={q.id} id={q.id} data-testid="question" className="my-6 border-t border-zinc-200 pt-4">
                  <h2 className="mt-0 text-lg">{q.question}</h2>
                  <p>{q.answer}</p>
                  {q.code && <CodeBlock label="Python (Keras 3)" code={q.code} lang="python" />}
                  {q.example === "raw-to-trials" && <RawToTrials language={language} />}
                  {q.example === "labels" && <LabelsBesideX language={language} />}
                  <p className="text-sm">
                    {t.more}
                    {wordSpace(language)}
                    <Link href={learnPath(language, q.page)}>{title(q.page)}</Link>
                  </p>
                </li>
              ))}
            </ol>
          </>
        );
      }}
    </LearnArticle>
  );
}
