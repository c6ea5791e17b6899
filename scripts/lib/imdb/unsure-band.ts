/**
 * The box's "unsure" band: probabilities close to 0.5 where the model is right little
 * more often than a coin. Chosen on the short-review validation set (reviews as people
 * type them, cut from validation reviews, never test): the narrowest band around 0.5
 * outside which the model is right at least `target` of the time, or the widest band
 * tried (0.25–0.75) when none reaches it; `why` says which.
 */
import type { ModelMetadata } from "../../../lib/metadata";

const HALF_WIDTHS = [0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25];

export function chooseUnsureBand(
  labels: readonly (0 | 1)[],
  probabilities: readonly number[],
  target = 0.9,
): NonNullable<ModelMetadata["unsureBand"]> {
  if (labels.length !== probabilities.length || labels.length === 0)
    throw new RangeError("need one probability per label, and at least one");
  const stats = (halfWidth: number) => {
    let outside = 0,
      correctOutside = 0,
      inside = 0,
      correctInside = 0;
    probabilities.forEach((p, i) => {
      const correct = p > 0.5 === (labels[i] === 1);
      if (Math.abs(p - 0.5) <= halfWidth) {
        inside++;
        if (correct) correctInside++;
      } else {
        outside++;
        if (correct) correctOutside++;
      }
    });
    return {
      outside,
      inside,
      accuracyOutside: outside ? correctOutside / outside : 1,
      accuracyInside: inside ? correctInside / inside : Number.NaN,
    };
  };
  const reached = HALF_WIDTHS.find((w) => stats(w).accuracyOutside >= target);
  const halfWidth = reached ?? HALF_WIDTHS.at(-1)!;
  const s = stats(halfWidth);
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
  const rule =
    reached === undefined
      ? `no band up to this one leaves ${percent(target)} right outside it, so the box uses its widest band`
      : `the narrowest band around 0.5 with at least ${percent(target)} outside`;
  return {
    low: 0.5 - halfWidth,
    high: 0.5 + halfWidth,
    why:
      `On ${labels.length} short validation reviews, ${percent(s.inside / labels.length)} fall within ${(0.5 - halfWidth).toFixed(3)}–${(0.5 + halfWidth).toFixed(3)}, ` +
      `where the model is right ${Number.isNaN(s.accuracyInside) ? "(none)" : percent(s.accuracyInside)} of the time; outside it, ${percent(s.accuracyOutside)} ` +
      `(${rule}).`,
  };
}
