import Link from "next/link";
import type { ReactNode } from "react";
import { type Language, learnPath } from "@/lib/site";

/** The /learn pages the box explains itself with (each is in LEARN_PAGES). */
export type BoxLearnSlug =
  | "vocabulary"
  | "padding-truncation"
  | "word-embeddings"
  | "lstm"
  | "sigmoid-output"
  | "tutorial-recipe";

export function LearnLink({
  language,
  slug,
  children,
}: {
  language: Language;
  slug: BoxLearnSlug;
  children: ReactNode;
}) {
  return (
    // No prefetch: the model's download comes first.
    <Link
      href={learnPath(language, slug)}
      prefetch={false}
      className="whitespace-nowrap text-blue-800 underline underline-offset-2 hover:text-blue-950"
    >
      {children} →
    </Link>
  );
}
