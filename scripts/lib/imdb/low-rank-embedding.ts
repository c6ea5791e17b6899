/**
 * A smaller embedding for a trained model, found after training: the LSTM reads a word only
 * through `embedding[word] · kernel`, the input half of its four gates' pre-activations (the
 * forget, input and output gates and the candidate). So an embedding of `rank` dimensions, with
 * a kernel of `rank` rows, is the same model whenever `embedding_r · kernel_r` equals
 * `embedding · kernel` for every word, and the closest such pair is the truncated SVD of that
 * product (Eckart–Young): the `rank` directions of the gates' input that carry most of it.
 *
 * The product is `[numWords, 4 · units]` but has rank at most `embeddingDim`, so everything is
 * computed in `embeddingDim × embeddingDim` matrices (ml-matrix's eigen-decomposition, as the
 * EEG's CSP uses it): `A = Eᵀ·E = L·Lᵀ`, then the eigenvectors `p` of `Lᵀ·K·Kᵀ·L` give the
 * product's right singular vectors `Kᵀ·L·p / √λ`.
 *
 * The recipe (scripts/lib/imdb/recipes.ts, `embeddingRank`) applies it to the kept epoch's
 * weights before they are stored; the ablation measures what it costs on validation data.
 */
import * as tf from "@tensorflow/tfjs";
import { Matrix } from "ml-matrix";
import { LAYER_NAMES, type ModelConfig } from "../../../lib/model-config";
import { buildModel } from "../model";
import { symmetricEigen } from "../symmetric-eigen";

export interface LowRankEmbedding {
  /** `[numWords, rank]`, row-major. */
  embedding: Float32Array;
  /** `[rank, 4 · units]`, row-major. */
  kernel: Float32Array;
  /** Share of `‖embedding · kernel‖²` (over the whole vocabulary) the `rank` directions keep. */
  keptShare: number;
}

/**
 * `embedding` `[numWords, dim]` and `kernel` `[dim, gates]` (row-major) factored through
 * `rank ≤ dim` dimensions: `embedding_r · kernel_r` is the best rank-`rank` approximation of
 * `embedding · kernel` in the least-squares sense, over every word of the vocabulary. Each row of
 * `kernel_r` has its largest entry positive, so the result does not depend on the eigen solver's signs.
 */
export function lowRankEmbedding(
  embedding: Float32Array,
  kernel: Float32Array,
  dims: { numWords: number; embeddingDim: number; gates: number },
  rank: number,
): LowRankEmbedding {
  const { numWords, embeddingDim: dim, gates } = dims;
  if (embedding.length !== numWords * dim || kernel.length !== dim * gates)
    throw new RangeError(`expected a [${numWords}, ${dim}] embedding and a [${dim}, ${gates}] kernel`);
  if (!Number.isInteger(rank) || rank < 1 || rank > dim)
    throw new RangeError(`rank must be an integer from 1 to the embedding's ${dim} dimensions, not ${rank}`);
  const E = fromRows(embedding, numWords, dim);
  const K = fromRows(kernel, dim, gates);
  // A = Eᵀ·E = L·Lᵀ with L = Q·√D from A's eigen-decomposition (A may be singular: no Cholesky).
  const a = symmetricEigen(E.transpose().mmul(E));
  const L = a.vectors.mmul(Matrix.diag(a.values.map((value) => Math.sqrt(Math.max(0, value)))));
  const KtL = K.transpose().mmul(L); // [gates, dim]
  const b = symmetricEigen(KtL.transpose().mmul(KtL)); // Lᵀ·K·Kᵀ·L, eigenvalues ascending
  // The product's right singular vectors, strongest first, as the rows of the new kernel: Kᵀ·L·p / √λ.
  const kernelR = new Matrix(rank, gates);
  for (let r = 0; r < rank; r++) {
    const column = dim - 1 - r;
    const lambda = b.values[column];
    if (!(lambda > 0)) continue; // the product has rank < r: a zero row is as good as any
    const direction = KtL.mmul(b.vectors.getColumnVector(column)).to1DArray();
    const largest = direction.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
    const scale = Math.sign(largest) / Math.sqrt(lambda);
    kernelR.setRow(
      r,
      direction.map((x) => x * scale),
    );
  }
  // The new embedding: each word's gate input projected on those directions, E·(K·kernel_rᵀ).
  const embeddingR = E.mmul(K.mmul(kernelR.transpose()));
  const positive = b.values.map((value) => Math.max(0, value));
  const total = positive.reduce((sum, value) => sum + value, 0);
  const kept = positive.slice(dim - rank).reduce((sum, value) => sum + value, 0);
  return {
    embedding: Float32Array.from(embeddingR.to1DArray()),
    kernel: Float32Array.from(kernelR.to1DArray()),
    keptShare: total > 0 ? kept / total : 1,
  };
}

/**
 * `model` (embedding → LSTM → one sigmoid unit, built from `config`) with its embedding
 * factored to `rank` dimensions: a new model of the same family, `embeddingDim` = `rank`,
 * with the recurrent kernel, the biases and the output layer as they were.
 */
export function withLowRankEmbedding(
  model: tf.LayersModel,
  config: ModelConfig,
  rank: number,
): { model: tf.LayersModel; config: ModelConfig; keptShare: number } {
  const embeddingWeights = model.getLayer(LAYER_NAMES.embedding).getWeights();
  const [kernel, recurrentKernel, bias] = model.getLayer(LAYER_NAMES.lstm).getWeights();
  const factored = lowRankEmbedding(
    embeddingWeights[0].dataSync() as Float32Array,
    kernel.dataSync() as Float32Array,
    { numWords: config.numWords, embeddingDim: config.embeddingDim, gates: kernel.shape[1]! },
    rank,
  );
  const smaller: ModelConfig = { ...config, embeddingDim: rank };
  const result = buildModel(smaller);
  tf.tidy(() => {
    result.getLayer(LAYER_NAMES.embedding).setWeights([tf.tensor2d(factored.embedding, [config.numWords, rank])]);
    result
      .getLayer(LAYER_NAMES.lstm)
      .setWeights([tf.tensor2d(factored.kernel, [rank, kernel.shape[1]!]), recurrentKernel, bias]);
    result.getLayer(LAYER_NAMES.output).setWeights(model.getLayer(LAYER_NAMES.output).getWeights());
  });
  return { model: result, config: smaller, keptShare: factored.keptShare };
}

/** A row-major float array as an ml-matrix Matrix. */
function fromRows(values: Float32Array, rows: number, cols: number): Matrix {
  return Matrix.from1DArray(rows, cols, Array.from(values));
}
