/**
 * Sample predictions recorded in card.json when a model is saved. A published
 * or downloaded copy must reproduce them to 1e-5 through the browser's code, which
 * catches weights and metadata that do not belong together.
 */
import type { ModelMetadata } from "../../../lib/metadata";
import type { Predictor } from "../../../lib/predictor";

/** Short, long, negated and wordless texts: each exercises a different part of the reading. */
export const SAMPLE_TEXTS = [
  "A wonderful film with a great cast.",
  "Boring, predictable and far too long.",
  "The movie was not good.",
  "Not bad at all!",
  "!!!",
  "The first hour drags, the dialogue is clumsy and the ending is a mess, but the score and the two leads are superb. "
    .repeat(6)
    .trim(),
];

export function recordSamples(
  predictor: Predictor,
  texts: readonly string[] = SAMPLE_TEXTS,
): NonNullable<ModelMetadata["samples"]> {
  return texts.map((text) => ({ text, probability: predictor.read(text).probability }));
}
