/**
 * What moving the decision threshold does, from per-review test probabilities
 * (lib/test-predictions.ts): the confusion matrix, precision and recall at one threshold,
 * and the ROC curve over all of them. Pure functions, so the widget and its unit test
 * compute the same thing.
 */

export interface ConfusionAtThreshold {
  threshold: number;
  truePositive: number;
  falseNegative: number;
  falsePositive: number;
  trueNegative: number;
  /** Of the reviews called positive, the share that are; 1 when none is called positive. */
  precision: number;
  /** Of the positive reviews, the share called positive. */
  recall: number;
  accuracy: number;
}

/** Counts at `threshold`: a review is called positive when p > threshold (as Keras's binary_accuracy at 0.5). */
export function confusionAt(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold: number,
): ConfusionAtThreshold {
  let truePositive = 0,
    falseNegative = 0,
    falsePositive = 0,
    trueNegative = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const positive = probabilities[i] > threshold;
    if (labels[i] === 1) positive ? truePositive++ : falseNegative++;
    else positive ? falsePositive++ : trueNegative++;
  }
  const calledPositive = truePositive + falsePositive;
  return {
    threshold,
    truePositive,
    falseNegative,
    falsePositive,
    trueNegative,
    precision: calledPositive === 0 ? 1 : truePositive / calledPositive,
    recall: truePositive / Math.max(1, truePositive + falseNegative),
    accuracy: (truePositive + trueNegative) / Math.max(1, probabilities.length),
  };
}

/** One point of the ROC curve: false-positive rate and true-positive rate at a threshold. */
export interface RocPoint {
  falsePositiveRate: number;
  truePositiveRate: number;
}

/**
 * The ROC curve: from (0, 0) (threshold above every probability) to (1, 1), one point per
 * distinct probability, lowering the threshold past it. Tied probabilities move together.
 */
export function rocCurve(probabilities: ArrayLike<number>, labels: ArrayLike<number>): RocPoint[] {
  const order = Array.from({ length: probabilities.length }, (_, i) => i).sort(
    (a, b) => probabilities[b] - probabilities[a],
  );
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i] === 1 ? 1 : 0;
  const negatives = labels.length - positives;
  const points: RocPoint[] = [{ falsePositiveRate: 0, truePositiveRate: 0 }];
  let truePositives = 0,
    falsePositives = 0;
  for (let k = 0; k < order.length; ) {
    const p = probabilities[order[k]];
    for (; k < order.length && probabilities[order[k]] === p; k++)
      labels[order[k]] === 1 ? truePositives++ : falsePositives++;
    points.push({
      falsePositiveRate: falsePositives / Math.max(1, negatives),
      truePositiveRate: truePositives / Math.max(1, positives),
    });
  }
  return points;
}

/** Keeps at most `count` points of a long curve (always the first and last) for drawing. */
export function thinCurve<T>(points: readonly T[], count: number): T[] {
  if (points.length <= count) return [...points];
  const step = (points.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => points[Math.round(i * step)]);
}

/** Area under a curve of ROC points, by trapezoids (equals the rank-based AUC). */
export function areaUnder(points: readonly RocPoint[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    area +=
      ((points[i].falsePositiveRate - points[i - 1].falsePositiveRate) *
        (points[i].truePositiveRate + points[i - 1].truePositiveRate)) /
      2;
  }
  return area;
}
