/**
 * The unsure band's numbers and the box's view of held-out sets, formatted for one
 * language, ready for that language's sentences (lib/i18n/*.ts `unsureBand`). Metadata
 * holds the numbers; these are the only place they become text, for the box and the pages.
 */
import { formatInteger, formatNumber, formatPercent } from "./format";
import type { BoxView, UnsureBand } from "./metadata";
import type { Language } from "./site";

export interface BandFigures {
  low: string;
  high: string;
  examples: string;
  inside: string;
  /** null when no text fell inside the band. */
  accuracyInside: string | null;
  accuracyOutside: string;
  target: string;
  reachedTarget: boolean;
  /** The band was chosen on the treebank's dev sentences too (the model trained on the treebank). */
  withTreebank: boolean;
}

export function bandFigures(band: UnsureBand, withTreebank: boolean, language: Language): BandFigures {
  const percent = (x: number) => formatPercent(x, 1, language);
  const end = (x: number) => formatNumber(x, language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return {
    low: end(band.low),
    high: end(band.high),
    examples: formatInteger(band.examples, language),
    inside: percent(band.insideShare),
    accuracyInside: band.accuracyInside === null ? null : percent(band.accuracyInside),
    accuracyOutside: percent(band.accuracyOutside),
    target: formatPercent(band.target, 0, language),
    reachedTarget: band.reachedTarget,
    withTreebank,
  };
}

/** The held-out sets whose box view metadata records: `shortValidation` and `treebankDev`. */
export type BoxViewSet = "shortValidation" | "treebankDev";

export interface BoxViewFigures {
  set: BoxViewSet;
  examples: string;
  unsure: string;
  noVerdict: string;
  /** null when the box gave no verdict at all on the set. */
  accuracyOutside: string | null;
}

export function boxViewFigures(set: BoxViewSet, examples: number, view: BoxView, language: Language): BoxViewFigures {
  const percent = (x: number) => formatPercent(x, 1, language);
  return {
    set,
    examples: formatInteger(examples, language),
    unsure: percent(view.unsure),
    noVerdict: percent(view.noVerdict),
    accuracyOutside: view.accuracyOutside === null ? null : percent(view.accuracyOutside),
  };
}
