/**
 * Common spatial patterns (CSP): spatial filters whose output's power differs most between
 * the two classes. Motor imagery lowers the mu/beta power over one side of the motor strip;
 * a CSP filter is a weighted sum of channels that turns that difference into one number per
 * trial, its log power.
 *
 * The filters are the generalized eigenvectors of the two classes' covariance matrices:
 * whiten with the composite covariance C0 + C1 (so every direction has unit total power),
 * then eigendecompose the whitened class-0 covariance. An eigenvalue is the share of a
 * filter's power that comes from class 0: near 1 it is class 0's filter, near 0 class 1's.
 * Which filters are kept: "distance" takes the `components` whose eigenvalue lies farthest
 * from 0.5 (MNE-Python's default for two classes, `component_order="mutual_info"`), which
 * may take more from one end when one class's pattern is the stronger; "ends" takes
 * components/2 from each end (MNE's "alternate": largest, smallest, second largest, ...).
 * Covariances are those of the concatenated trials, not centred, as MNE's
 * `CSP(cov_est="concat")` computes them.
 */
import { Matrix } from "ml-matrix";
import { symmetricEigen } from "../symmetric-eigen";
import type { Samples } from "./channels";

export interface CspModel {
  /** `[components, channels]`: each row is one spatial filter. */
  filters: number[][];
  /** The share of each filter's power that comes from class 0, in the filters' order. */
  eigenvalues: number[];
}

/** Sum over time of x xᵀ of every trial, divided by the number of time steps: `[channels, channels]`. */
export function concatenatedCovariance(trials: readonly Samples[]): Matrix {
  const channels = trials[0][0].length;
  const sum = new Float64Array(channels * channels);
  let steps = 0;
  for (const samples of trials) {
    for (const row of samples) {
      for (let i = 0; i < channels; i++) {
        const x = row[i];
        for (let j = i; j < channels; j++) sum[i * channels + j] += x * row[j];
      }
      steps++;
    }
  }
  const covariance = new Matrix(channels, channels);
  for (let i = 0; i < channels; i++)
    for (let j = i; j < channels; j++) {
      covariance.set(i, j, sum[i * channels + j] / steps);
      covariance.set(j, i, sum[i * channels + j] / steps);
    }
  return covariance;
}

/** Which filters to keep: see the file comment. */
export type CspOrder = "distance" | "ends";

/**
 * Fits CSP on `trials` (each `[timeSteps, channels]`) with 0/1 `labels`. Directions the
 * composite covariance does not span (e.g. the one an average reference removes) are left
 * out before whitening, so rank-deficient data works.
 */
export function fitCsp(
  trials: readonly Samples[],
  labels: readonly number[],
  components: number,
  order: CspOrder = "distance",
): CspModel {
  const channels = trials[0][0].length;
  if (!(Number.isInteger(components) && components >= 1 && components <= channels))
    throw new RangeError(`CSP needs 1 to ${channels} components for ${channels} channels, got ${components}`);
  if (order === "ends" && components % 2 !== 0)
    throw new RangeError(`taking CSP filters from both ends needs an even number of components, got ${components}`);
  const ofClass = (label: number) => trials.filter((_, i) => labels[i] === label);
  if (ofClass(0).length === 0 || ofClass(1).length === 0) throw new RangeError("CSP needs trials of both labels");
  const class0 = concatenatedCovariance(ofClass(0));
  const composite = class0.clone().add(concatenatedCovariance(ofClass(1)));

  const { values, vectors } = symmetricEigen(composite);
  const kept = values.map((_, i) => i).filter((i) => values[i] > 1e-10 * values[values.length - 1]);
  if (kept.length < components)
    throw new RangeError(`the trials span only ${kept.length} spatial directions; ${components} CSP filters need more`);
  // whitening: rows u_i / sqrt(d_i), so whitening · composite · whiteningᵀ = I
  const whitening = new Matrix(kept.map((i) => vectors.getColumn(i).map((x) => x / Math.sqrt(values[i]))));
  const whitenedClass0 = whitening.mmul(class0).mmul(whitening.transpose());
  const symmetric = whitenedClass0.add(whitenedClass0.transpose()).mul(0.5);
  const rotation = symmetricEigen(symmetric);
  const all = rotation.vectors.transpose().mmul(whitening); // rows: filters, eigenvalues ascending
  const share = rotation.values;
  const n = share.length;
  const picked: number[] = [];
  if (order === "ends") for (let k = 0; k < components / 2; k++) picked.push(n - 1 - k, k);
  else
    picked.push(
      ...share
        .map((_, i) => i)
        .sort((a, b) => Math.abs(share[b] - 0.5) - Math.abs(share[a] - 0.5))
        .slice(0, components),
    );
  return { filters: picked.map((i) => all.getRow(i)), eigenvalues: picked.map((i) => share[i]) };
}

/** The trial seen through the filters: `[timeSteps, filters]`. */
export function applySpatialFilters(filters: readonly (readonly number[])[], samples: Samples): number[][] {
  return samples.map((row) =>
    filters.map((filter) => {
      let sum = 0;
      for (let c = 0; c < row.length; c++) sum += filter[c] * row[c];
      return sum;
    }),
  );
}

/** CSP features of one trial: the log mean power of each filter's output, `[filters]`. */
export function cspFeatures(model: CspModel, samples: Samples): number[] {
  const projected = applySpatialFilters(model.filters, samples);
  return model.filters.map((_, k) =>
    Math.log(projected.reduce((sum, row) => sum + row[k] * row[k], 0) / projected.length),
  );
}
