/**
 * The box's "unsure" band: probabilities close to 0.5 where the model is right little
 * more often than a coin. Chosen on held-out short texts (short validation reviews, and
 * the treebank's dev sentences when the model trains on the treebank; never test): the
 * narrowest band around 0.5 outside which the model is right at least `target` of the
 * time, or the widest band tried (0.25–0.75) when none reaches it. It returns numbers
 * only; the box and the pages say them in each language.
 */
import type { UnsureBand } from "../../../lib/metadata";

const HALF_WIDTHS = [0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25];

export function chooseUnsureBand(
  labels: readonly (0 | 1)[],
  probabilities: readonly number[],
  target = 0.9,
): UnsureBand {
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
      insideShare: inside / labels.length,
      accuracyOutside: outside ? correctOutside / outside : 1,
      accuracyInside: inside ? correctInside / inside : null,
    };
  };
  const reached = HALF_WIDTHS.find((w) => stats(w).accuracyOutside >= target);
  const halfWidth = reached ?? HALF_WIDTHS.at(-1)!;
  return {
    low: 0.5 - halfWidth,
    high: 0.5 + halfWidth,
    target,
    reachedTarget: reached !== undefined,
    examples: labels.length,
    ...stats(halfWidth),
  };
}
