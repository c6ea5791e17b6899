import Link from "next/link";
import type { ReactNode } from "react";
import { LEARN_SECTIONS, type LearnSection } from "@/lib/learn-sections";
import { learnPath } from "@/lib/site";
import { useBoxStrings } from "./box-strings";

/**
 * The /learn pages the box explains itself with (each is in LEARN_PAGES), and the section
 * each link lands on: the widget there that shows the reader's own review.
 */
const LANDS_ON = {
  vocabulary: LEARN_SECTIONS.vocabularyMarker,
  "padding-truncation": LEARN_SECTIONS.paddingViewer,
  "word-embeddings": LEARN_SECTIONS.embeddingExplorer,
  lstm: LEARN_SECTIONS.opinionTrace,
  "sigmoid-output": LEARN_SECTIONS.sigmoidDial,
  "tutorial-recipe": null,
} as const satisfies Record<string, LearnSection | null>;

export type BoxLearnSlug = keyof typeof LANDS_ON;

/** A link from the box to a course page; the review goes with the reader in this tab (components/carried-review.ts). */
export function LearnLink({ slug, children }: { slug: BoxLearnSlug; children: ReactNode }) {
  const { language } = useBoxStrings();
  const section = LANDS_ON[slug];
  return (
    // No prefetch: the model's download comes first.
    <Link
      href={`${learnPath(language, slug)}${section ? `#${section}` : ""}`}
      prefetch={false}
      className="whitespace-nowrap text-blue-800 underline underline-offset-2 hover:text-blue-950"
      data-learn-link={slug}
    >
      {children} →
    </Link>
  );
}
