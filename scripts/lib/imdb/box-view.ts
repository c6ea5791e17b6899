/**
 * The box's view of a labelled set: what a person typing these texts into the box would
 * see. `verdictOf` (lib/verdict.ts) decides each one, with the model's own unsure band:
 * "unsure", no verdict (no word the model knows), or a verdict that is right or wrong.
 */
import type { BoxView, UnsureBand } from "../../../lib/metadata";
import type { Predictor } from "../../../lib/predictor";
import { type Verdict, verdictOf } from "../../../lib/verdict";

/** Shares of all inputs that are unsure or get no verdict, and the accuracy of the verdicts given (null if none). */
export function boxViewOf(verdicts: readonly Pick<Verdict, "kind">[], labels: readonly (0 | 1)[]): BoxView {
  if (verdicts.length !== labels.length || labels.length === 0)
    throw new RangeError("need one verdict per label, and at least one");
  let unsure = 0,
    noVerdict = 0,
    given = 0,
    right = 0;
  verdicts.forEach(({ kind }, i) => {
    if (kind === "unsure") unsure++;
    else if (kind === "empty" || kind === "no-known-words") noVerdict++;
    else {
      given++;
      if ((kind === "positive") === (labels[i] === 1)) right++;
    }
  });
  return {
    unsure: unsure / labels.length,
    accuracyOutside: given === 0 ? null : right / given,
    noVerdict: noVerdict / labels.length,
  };
}

/** The box's verdict on every text, read by the browser's Predictor with the model's band. */
export function boxVerdicts(
  predictor: Predictor,
  unsureBand: UnsureBand | undefined,
  texts: readonly string[],
): Verdict[] {
  return texts.map((text) => verdictOf(predictor.read(text), unsureBand));
}
