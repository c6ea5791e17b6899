/**
 * Padding and truncation: making every review the same length, as Keras's
 * `tf.keras.preprocessing.sequence.pad_sequences` does.
 */

/** Where padding goes and where a long sequence is cut: before the words or after them. */
export const PAD_SIDES = ["pre", "post"] as const;
export type PadSide = (typeof PAD_SIDES)[number];

export interface PadOptions {
  /** Length of every output sequence. */
  maxLen: number;
  /** Where zeros are added to short sequences. Keras default: "pre". */
  padding?: PadSide;
  /** Where long sequences are cut. Keras default: "pre" (keep the end). */
  truncating?: PadSide;
  /** The padding value. Keras default: 0. */
  value?: number;
}

/**
 * Pads or truncates one sequence to exactly `maxLen` items. Returns a new array;
 * the input is never changed.
 */
export function padSequence(sequence: readonly number[], options: PadOptions): number[] {
  const { maxLen, padding = "pre", truncating = "pre", value = 0 } = options;
  const kept = truncateSequence(sequence, maxLen, truncating);
  const fill = new Array<number>(maxLen - kept.length).fill(value);
  return padding === "pre" ? [...fill, ...kept] : [...kept, ...fill];
}

/**
 * Cuts a sequence to at most `maxLen` items: "pre" drops items from the front (the
 * end of a review is kept), "post" from the back. Returns a new array.
 */
export function truncateSequence(sequence: readonly number[], maxLen: number, truncating: PadSide = "pre"): number[] {
  checkMaxLen(maxLen);
  if (sequence.length <= maxLen) return sequence.slice();
  return truncating === "pre" ? sequence.slice(sequence.length - maxLen) : sequence.slice(0, maxLen);
}

/**
 * Keras `pad_sequences` for a batch: every sequence becomes `maxLen` long.
 * Shape of the result: `[sequences.length, maxLen]`.
 */
export function padSequences(sequences: readonly (readonly number[])[], options: PadOptions): number[][] {
  checkMaxLen(options.maxLen);
  return sequences.map((sequence) => padSequence(sequence, options));
}

function checkMaxLen(maxLen: number): void {
  if (!Number.isInteger(maxLen) || maxLen < 0) {
    throw new RangeError(`maxLen must be a non-negative integer, got ${maxLen}`);
  }
}
