/**
 * A smaller embedding for a trained model, found after training: the LSTM reads a word only
 * through `embedding[word] · kernel`, the input half of its four gates' pre-activations (the
 * forget, input and output gates and the candidate). So an embedding of `rank` dimensions, with
 * a kernel of `rank` rows, is the same model whenever `embedding_r · kernel_r` equals
 * `embedding · kernel` for every word, and the closest such pair is the truncated SVD of that
 * product (Eckart–Young): the `rank` directions of the gates' input that carry most of it.
 *
 * The product is `[numWords, 4 · units]` but has rank at most `embeddingDim`, so everything is
 * computed in `embeddingDim × embeddingDim` matrices: `A = Eᵀ·E = L·Lᵀ`, then the eigenvectors
 * `p` of `Lᵀ·K·Kᵀ·L` give the product's right singular vectors `Kᵀ·L·p / √λ`.
 *
 * The recipe (scripts/lib/imdb/recipes.ts, `embeddingRank`) applies it to the kept epoch's
 * weights before they are stored; the ablation measures what it costs on validation data.
 */
import * as tf from "@tensorflow/tfjs";
import { LAYER_NAMES, type ModelConfig } from "../../../lib/model-config";
import { buildModel } from "../model";

/** A row-major matrix. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

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
 * `embedding · kernel` in the least-squares sense, over every word of the vocabulary.
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
  const E = matrix(numWords, dim, embedding);
  const K = matrix(dim, gates, kernel);
  // A = Eᵀ·E = L·Lᵀ with L = Q·√D from A's eigen-decomposition (A may be singular: no Cholesky).
  const a = symmetricEigen(multiply(transpose(E), E));
  const L = matrix(dim, dim);
  for (let i = 0; i < dim; i++)
    for (let j = 0; j < dim; j++)
      L.data[i * dim + j] = a.vectors.data[i * dim + j] * Math.sqrt(Math.max(0, a.values[j]));
  const KtL = multiply(transpose(K), L); // [gates, dim]
  const b = symmetricEigen(multiply(transpose(KtL), KtL)); // Lᵀ·K·Kᵀ·L, its eigenvalues descending
  // The product's right singular vectors, as the rows of the new kernel: Kᵀ·L·p / √λ.
  const kernelR = matrix(rank, gates);
  for (let r = 0; r < rank; r++) {
    const lambda = b.values[r];
    if (!(lambda > 0)) continue; // the product has rank < r: a zero row is as good as any
    for (let g = 0; g < gates; g++) {
      let sum = 0;
      for (let k = 0; k < dim; k++) sum += KtL.data[g * dim + k] * b.vectors.data[k * dim + r];
      kernelR.data[r * gates + g] = sum / Math.sqrt(lambda);
    }
  }
  // The new embedding: each word's gate input projected on those directions, E·(K·kernel_rᵀ).
  const embeddingR = multiply(E, multiply(K, transpose(kernelR)));
  const total = b.values.reduce((sum, value) => sum + Math.max(0, value), 0);
  const kept = b.values.slice(0, rank).reduce((sum, value) => sum + Math.max(0, value), 0);
  return {
    embedding: Float32Array.from(embeddingR.data),
    kernel: Float32Array.from(kernelR.data),
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

function matrix(rows: number, cols: number, values?: ArrayLike<number>): Matrix {
  const data = new Float64Array(rows * cols);
  if (values) data.set(values);
  return { rows, cols, data };
}

function transpose(m: Matrix): Matrix {
  const t = matrix(m.cols, m.rows);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.cols; j++) t.data[j * m.rows + i] = m.data[i * m.cols + j];
  return t;
}

function multiply(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) throw new RangeError(`cannot multiply [${a.rows}, ${a.cols}] by [${b.rows}, ${b.cols}]`);
  const c = matrix(a.rows, b.cols);
  for (let i = 0; i < a.rows; i++)
    for (let k = 0; k < a.cols; k++) {
      const aik = a.data[i * a.cols + k];
      if (aik === 0) continue;
      for (let j = 0; j < b.cols; j++) c.data[i * b.cols + j] += aik * b.data[k * b.cols + j];
    }
  return c;
}

/**
 * Eigenvalues (descending) and eigenvectors (the columns of `vectors`) of a symmetric matrix,
 * by cyclic Jacobi rotations: slow for large matrices, exact to rounding for the small ones here.
 */
export function symmetricEigen(m: Matrix): { values: number[]; vectors: Matrix } {
  const n = m.rows;
  if (m.cols !== n) throw new RangeError("the matrix must be square");
  const a = Float64Array.from(m.data);
  const v = matrix(n, n);
  for (let i = 0; i < n; i++) v.data[i * n + i] = 1;
  const offDiagonal = () => {
    let sum = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sum += a[i * n + j] ** 2;
    return sum;
  };
  const scale = a.reduce((sum, x) => sum + x * x, 0);
  for (let sweep = 0; sweep < 100 && offDiagonal() > 1e-30 * scale; sweep++) {
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          // Rotate rows and columns p and q of a, and columns p and q of v.
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v.data[k * n + p];
          const vkq = v.data[k * n + q];
          v.data[k * n + p] = c * vkp - s * vkq;
          v.data[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  const vectors = matrix(n, n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors.data[k * n + to] = v.data[k * n + from];
  });
  return { values: order.map((i) => a[i * n + i]), vectors };
}
