/**
 * Eigenvalues and eigenvectors of a symmetric matrix, through ml-matrix: used by the EEG's
 * common spatial patterns (./eeg/csp.ts) and by the review model's low-rank embedding
 * (./imdb/low-rank-embedding.ts).
 */
import { EigenvalueDecomposition, type Matrix } from "ml-matrix";

/** Eigenvalues ascending with their eigenvectors (columns), of a symmetric matrix. */
export function symmetricEigen(matrix: Matrix): { values: number[]; vectors: Matrix } {
  const decomposition = new EigenvalueDecomposition(matrix, { assumeSymmetric: true });
  const values = decomposition.realEigenvalues;
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const vectors = decomposition.eigenvectorMatrix;
  return { values: order.map((i) => values[i]), vectors: vectors.subMatrixColumn(order) };
}
