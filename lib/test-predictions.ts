/**
 * test-predictions.bin: the model's probability for every test review, stored with the
 * model so the evaluation page can move the threshold, redraw the confusion matrix and
 * draw the ROC curve without the 25,000 reviews.
 *
 * Layout, little-endian: N × uint16 probabilities (round(p × 65535)), then N × uint8
 * labels (0 or 1). 3 bytes a review: 75 kB for the IMDB test set, less gzipped.
 */

export const TEST_PREDICTIONS_FILE = "test-predictions.bin";

export interface TestPredictions {
  /** [N] float32 in [0, 1], quantized to 1/65535. */
  probabilities: Float32Array;
  /** [N] 0 or 1. */
  labels: Uint8Array;
}

const SCALE = 65535;

export function encodeTestPredictions(probabilities: ArrayLike<number>, labels: ArrayLike<number>): Uint8Array {
  const n = probabilities.length;
  if (labels.length !== n) throw new RangeError(`${n} probabilities but ${labels.length} labels`);
  const bytes = new Uint8Array(n * 3);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < n; i++) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`probability ${i} is ${p}, not in [0, 1]`);
    if (labels[i] !== 0 && labels[i] !== 1) throw new RangeError(`label ${i} is ${labels[i]}, not 0 or 1`);
    view.setUint16(i * 2, Math.round(p * SCALE), true);
    bytes[n * 2 + i] = labels[i];
  }
  return bytes;
}

export function decodeTestPredictions(buffer: ArrayBuffer | Uint8Array): TestPredictions {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.length % 3 !== 0)
    throw new Error(`${TEST_PREDICTIONS_FILE} has ${bytes.length} bytes, not a multiple of 3`);
  const n = bytes.length / 3;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const probabilities = new Float32Array(n);
  for (let i = 0; i < n; i++) probabilities[i] = view.getUint16(i * 2, true) / SCALE;
  const labels = bytes.slice(n * 2);
  if (labels.some((label) => label > 1)) throw new Error(`${TEST_PREDICTIONS_FILE} has a label other than 0 or 1`);
  return { probabilities, labels };
}
