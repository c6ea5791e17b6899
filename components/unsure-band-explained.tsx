/**
 * The unsure band, and what the box does on held-out sets, in sentences rendered from
 * metadata numbers (lib/unsure-band-figures.ts): the box's "How sure is it?" and the
 * model card say the same thing in each language. No hooks: server pages and the
 * client box both use it, each passing its own dictionary (the box's JavaScript carries one
 * language, so this file imports none).
 */
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { HeldOutResult, UnsureBand } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { type BoxViewSet, bandFigures, boxViewFigures } from "@/lib/unsure-band-figures";

/** "From 0.250 to 0.750 …", how it was chosen and what it does there; `noBand` for a model without one. */
export function unsureBandText(
  band: UnsureBand | undefined,
  withTreebank: boolean,
  language: Language,
  t: Dictionary,
): string {
  if (!band) return t.box.noBand;
  const f = bandFigures(band, withTreebank, language);
  return [t.unsureBand.range(f), t.unsureBand.figures(f), t.unsureBand.rule(f)].join(language === "en" ? " " : "");
}

/** One line per held-out set whose box view is recorded; nothing when none is. */
export function BoxViews({
  sets,
  language,
  t: { unsureBand: t },
}: {
  sets: Partial<Record<BoxViewSet, HeldOutResult>>;
  language: Language;
  t: Dictionary;
}) {
  const recorded = (["shortValidation", "treebankDev"] as const).flatMap((set) => {
    const result = sets[set];
    return result?.box ? [boxViewFigures(set, result.examples, result.box, language)] : [];
  });
  if (recorded.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5" data-box-view>
      {recorded.map((f) => (
        <li key={f.set} data-box-view-set={f.set}>
          {t.boxView(f, t.setNames[f.set])}
        </li>
      ))}
    </ul>
  );
}
