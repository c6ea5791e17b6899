/**
 * The linear baseline every LSTM result is printed beside: L2-regularised logistic
 * regression on time-window means (each channel's mean over consecutive windows of e.g.
 * 125 ms), the standard first classifier for ERP-like EEG. If the LSTM cannot beat it,
 * the LSTM has not found anything a straight line could not.
 *
 * The L2 strength is chosen by cross-validation inside the training subjects (leave one
 * training subject out per inner fold), so the held-out subjects play no part in it.
 */
import type { Samples } from "./channels";

/** Features of one `[timeSteps, channels]` trial: window-major, `[windows * channels]`. */
export function windowMeans(samples: Samples, windowSteps: number): number[] {
  const windows = Math.floor(samples.length / windowSteps);
  if (windows < 1)
    throw new RangeError(
      `trials of ${samples.length} time steps are shorter than one feature window (${windowSteps} steps)`,
    );
  const channels = samples[0].length;
  const features = new Array<number>(windows * channels).fill(0);
  for (let w = 0; w < windows; w++) {
    for (let t = w * windowSteps; t < (w + 1) * windowSteps; t++) {
      for (let c = 0; c < channels; c++) features[w * channels + c] += samples[t][c] / windowSteps;
    }
  }
  return features;
}

export interface LogisticModel {
  /** Per-feature mean and std of the training features (the model standardises inputs). */
  mean: Float64Array;
  std: Float64Array;
  weights: Float64Array;
  bias: number;
  l2: number;
}

/**
 * Fits `min mean(log loss) + l2/2 * |w|^2` by Nesterov-accelerated gradient descent with
 * step 1/L (L bounds the curvature). `features`: `[examples][features]`; labels 0/1.
 */
export function fitLogistic(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  l2: number,
  iterations = 300,
): LogisticModel {
  const n = features.length,
    d = features[0].length;
  const mean = new Float64Array(d),
    std = new Float64Array(d);
  for (const row of features) for (let j = 0; j < d; j++) mean[j] += row[j] / n;
  for (const row of features) for (let j = 0; j < d; j++) std[j] += (row[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]) || 1;
  const x = features.map((row) => Float64Array.from(row, (v, j) => (v - mean[j]) / std[j]));

  // Largest eigenvalue of X'X/n by power iteration: the loss's curvature is at most a quarter of it.
  let v = new Float64Array(d).fill(1 / Math.sqrt(d)),
    eigen = 0;
  for (let k = 0; k < 30; k++) {
    const next = new Float64Array(d);
    for (const row of x) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += row[j] * v[j];
      for (let j = 0; j < d; j++) next[j] += (row[j] * dot) / n;
    }
    eigen = Math.hypot(...next);
    v = next.map((value) => value / (eigen || 1));
  }
  const step = 1 / (0.25 * (eigen + 1) + l2);

  let w = new Float64Array(d),
    b = 0,
    wPrev = new Float64Array(d),
    bPrev = 0;
  for (let k = 1; k <= iterations; k++) {
    const momentum = (k - 1) / (k + 2);
    const yw = w.map((value, j) => value + momentum * (value - wPrev[j]));
    const yb = b + momentum * (b - bPrev);
    const gradient = new Float64Array(d);
    let gradientBias = 0;
    x.forEach((row, i) => {
      let z = yb;
      for (let j = 0; j < d; j++) z += row[j] * yw[j];
      const error = 1 / (1 + Math.exp(-z)) - labels[i];
      for (let j = 0; j < d; j++) gradient[j] += (error * row[j]) / n;
      gradientBias += error / n;
    });
    wPrev = w;
    bPrev = b;
    w = yw.map((value, j) => value - step * (gradient[j] + l2 * value));
    b = yb - step * gradientBias;
  }
  return { mean, std, weights: w, bias: b, l2 };
}

/** P(label = 1) for each row of `features`. */
export function predictLogistic(model: LogisticModel, features: readonly (readonly number[])[]): number[] {
  return features.map((row) => {
    let z = model.bias;
    for (let j = 0; j < row.length; j++) z += ((row[j] - model.mean[j]) / model.std[j]) * model.weights[j];
    return 1 / (1 + Math.exp(-z));
  });
}

export const L2_GRID = [0.001, 0.01, 0.1, 1, 10, 100] as const;

/**
 * Chooses the L2 strength from `grid` by leave-one-subject-out cross-validation over the
 * training examples (mean held-out log loss), then refits on all of them.
 */
export function fitLogisticWithInnerCv(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  subjects: readonly string[],
  grid: readonly number[] = L2_GRID,
): LogisticModel & { innerLogLoss: number } {
  const distinct = [...new Set(subjects)];
  if (distinct.length < 2)
    throw new RangeError("the baseline's inner cross-validation needs at least 2 training subjects");
  let best = { l2: grid[0], loss: Infinity };
  for (const l2 of grid) {
    let loss = 0,
      count = 0;
    for (const held of distinct) {
      const trainAt = subjects.map((s, i) => (s === held ? -1 : i)).filter((i) => i >= 0);
      const testAt = subjects.map((s, i) => (s === held ? i : -1)).filter((i) => i >= 0);
      const model = fitLogistic(
        trainAt.map((i) => features[i]),
        trainAt.map((i) => labels[i]),
        l2,
        150,
      );
      predictLogistic(
        model,
        testAt.map((i) => features[i]),
      ).forEach((p, k) => {
        const y = labels[testAt[k]];
        const clipped = Math.min(1 - 1e-7, Math.max(1e-7, p));
        loss -= y * Math.log(clipped) + (1 - y) * Math.log(1 - clipped);
        count++;
      });
    }
    if (loss / count < best.loss) best = { l2, loss: loss / count };
  }
  return { ...fitLogistic(features, labels, best.l2), innerLogLoss: best.loss };
}
