import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { dictionary } from "@/lib/i18n/dictionary";
import type { ModelMetadata } from "@/lib/metadata";
import { type Language, LEARN_PAGES, type LearnSlug, learnPath, localePath } from "@/lib/site";
import styles from "./article.module.css";
import { ModelMissing } from "./model-missing";
import { readModelMetadata } from "./shipped-models";

/** Title and description of a learn page, from the course list in lib/site.ts. */
export function learnPageMetadata(language: Language, slug: LearnSlug): Metadata {
  const page = coursePage(slug);
  return { title: page.title[language], description: page.summary[language] };
}

function coursePage(slug: string) {
  const index = LEARN_PAGES.findIndex((page) => page.slug === slug);
  if (index < 0) throw new Error(`"${slug}" is not in LEARN_PAGES (lib/site.ts)`);
  return { ...LEARN_PAGES[index], index };
}

/**
 * One explanation page: heading, the body, and links to its neighbours in the course and
 * back to the box. A body that quotes the model is a function of its metadata (without a
 * model, the page says how to train one); a body that needs no model is plain content.
 */
export async function LearnArticle({
  language,
  slug,
  children,
}: {
  language: Language;
  slug: string;
  children: ReactNode | ((metadata: ModelMetadata) => ReactNode);
}) {
  const page = coursePage(slug);
  const metadata = await readModelMetadata();
  const t = dictionary(language).article;
  const [previous, next] = [LEARN_PAGES[page.index - 1], LEARN_PAGES[page.index + 1]];
  return (
    <main className={styles.article}>
      <p className="text-sm text-zinc-500">
        <Link href={localePath(language, "/learn")} className="text-zinc-500">
          {t.course}
        </Link>{" "}
        · {t.step(page.index + 1, LEARN_PAGES.length)}
      </p>
      <h1>{page.title[language]}</h1>
      <p className={styles.lead}>{page.summary[language]}</p>
      {typeof children !== "function" ? children : metadata ? children(metadata) : <ModelMissing language={language} />}
      <nav aria-label={t.course} className="mt-12 grid gap-3 border-t border-zinc-200 pt-6 text-base sm:grid-cols-2">
        {previous && (
          <PagerLink
            href={learnPath(language, previous.slug)}
            label={t.previous}
            title={previous.title[language]}
            rel="prev"
          />
        )}
        {next && (
          <PagerLink
            href={learnPath(language, next.slug)}
            label={t.next}
            title={next.title[language]}
            rel="next"
            className="sm:col-start-2 sm:text-right"
          />
        )}
        <p className="sm:col-span-2">
          <Link href={localePath(language, "/")}>{t.box}</Link> ·{" "}
          <Link href={localePath(language, "/model")}>{t.card}</Link>
        </p>
      </nav>
    </main>
  );
}

function PagerLink({
  href,
  label,
  title,
  rel,
  className = "",
}: {
  href: string;
  label: string;
  title: string;
  rel: string;
  className?: string;
}) {
  return (
    <Link
      href={href}
      rel={rel}
      className={`block rounded-lg border border-zinc-200 p-3 no-underline hover:border-zinc-400 ${className}`}
    >
      <span className="block text-sm text-zinc-500">{label}</span>
      <span className="text-zinc-900">{title}</span>
    </Link>
  );
}
