/**
 * encode: review text -> the exact integer sequence the model reads.
 * tokenize -> word indices (with start and out-of-vocabulary markers) -> pad/truncate.
 * Training and the browser both call this, with settings from metadata.json.
 */
import type { ModelMetadata } from "./metadata";
import { padSequence } from "./sequence";
import { tokenize } from "./tokenizer";
import { wordsToIndices } from "./vocabulary";

export type EncodingSettings = Pick<ModelMetadata, "model" | "preprocessing" | "vocabulary">;

/** Word indices before padding: `[START, w1, w2, ...]`, any length. */
export function textToIndices(text: string, settings: EncodingSettings): number[] {
  return wordsToIndices(tokenize(text), settings.vocabulary, settings.model.numWords);
}

/** The model's input for one review: exactly `maxLen` int32 indices. */
export function encode(text: string, settings: EncodingSettings): number[] {
  const { maxLen } = settings.model;
  const { padding, truncating, padIndex } = settings.preprocessing;
  return padSequence(textToIndices(text, settings), { maxLen, padding, truncating, value: padIndex });
}
