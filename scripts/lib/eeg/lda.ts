/**
 * Two-class linear discriminant analysis (LDA), the classifier usually put after CSP:
 * both classes are modelled as Gaussians sharing one covariance, which makes the decision
 * a straight line, w · x + b, with w = Σ⁻¹ (μ1 − μ0). The log-odds of that model give a
 * probability like logistic regression's.
 */
import { Matrix, pseudoInverse } from "ml-matrix";

export interface LdaModel {
  weights: number[];
  bias: number;
}

/** Fits LDA on `features` (`[examples][features]`) with 0/1 `labels`; priors are the label rates. */
export function fitLda(features: readonly (readonly number[])[], labels: readonly number[]): LdaModel {
  const d = features[0].length;
  const groups = [0, 1].map((label) => features.filter((_, i) => labels[i] === label));
  if (groups.some((g) => g.length === 0)) throw new RangeError("LDA needs examples of both labels");
  const means = groups.map((g) => Array.from({ length: d }, (_, j) => g.reduce((s, row) => s + row[j], 0) / g.length));
  const pooled = new Matrix(d, d);
  groups.forEach((g, k) => {
    for (const row of g)
      for (let i = 0; i < d; i++)
        for (let j = 0; j < d; j++)
          pooled.set(i, j, pooled.get(i, j) + (row[i] - means[k][i]) * (row[j] - means[k][j]));
  });
  pooled.div(Math.max(1, features.length - 2));
  const difference = Matrix.columnVector(means[1].map((m, j) => m - means[0][j]));
  const weights = pseudoInverse(pooled).mmul(difference).getColumn(0);
  const midpoint = means[0].map((m, j) => (m + means[1][j]) / 2);
  const bias = -weights.reduce((s, w, j) => s + w * midpoint[j], 0) + Math.log(groups[1].length / groups[0].length);
  return { weights, bias };
}

/** P(label = 1) for each row of `features`. */
export function predictLda(model: LdaModel, features: readonly (readonly number[])[]): number[] {
  return features.map((row) => 1 / (1 + Math.exp(-row.reduce((s, x, j) => s + x * model.weights[j], model.bias))));
}
