/**
 * metadata.json: everything the browser needs to read a review the way training did,
 * plus the record of how the model was made. Written next to model.json; one type for
 * the training scripts, the site and the publish script.
 */
import type { ModelConfig } from "./model-config";
import type { PadSide } from "./padding";
import type { WordIndex } from "./vocabulary";

/** Bump when the shape of this file changes; readers refuse other versions. */
export const METADATA_SCHEMA_VERSION = 1;

export interface TrainingConfig {
  epochs: number;
  batchSize: number;
  seed: number;
  /** Fraction of the training reviews held out to validate each epoch (0 = none). */
  validationSplit: number;
  /** Training examples used: reviews (25,000 for the full run, fewer with --limit) plus short spans. */
  trainExamples: number;
  /** How many of `trainExamples` are short spans cut from the training reviews; absent = none. */
  shortSpans?: number;
  optimizer: "adam";
  learningRate: number;
  loss: "binaryCrossentropy";
  /** Share of the LSTM's inputs dropped while training (Keras's `LSTM(dropout=...)`); absent = none. */
  dropout?: number;
  /** How many of `trainExamples` are labelled phrases from the Stanford Sentiment Treebank's train split; absent = none. */
  treebankPhrases?: number;
}

export interface EpochRecord {
  epoch: number;
  loss: number;
  accuracy: number;
  /** Validation log loss and accuracy; with several validation sets, their means (each set weighing the same). */
  valLoss?: number;
  valAccuracy?: number;
  /** Each validation set's figures, when there are several (IMDB validation, short reviews, treebank dev). */
  validationSets?: { name: string; loss: number; accuracy: number }[];
  seconds: number;
}

/** Results on reviews the model never trained on. */
export interface Evaluation {
  split: "test";
  examples: number;
  accuracy: number;
  logLoss: number;
  precision: number;
  recall: number;
  f1: number;
  rocAuc: number;
  /** Rows: true label; columns: predicted label, at threshold 0.5. */
  confusionMatrix: { truePositive: number; falseNegative: number; falsePositive: number; trueNegative: number };
  seconds: number;
  evaluatedAt: string;
  /** The most confident mistakes, a few of each kind, as short excerpts. */
  mistakes?: Mistake[];
  /** With 8-bit weights: the float32 model's accuracy on the same reviews, and verdicts that changed. */
  quantization?: { floatAccuracy: number; flippedVerdicts: number; examples: number };
}

export interface Mistake {
  /** The review's first few hundred characters. */
  excerpt: string;
  /** Its last few hundred characters: the part the model read last, which weighs most. */
  ending?: string;
  label: 0 | 1;
  probability: number;
}

/** Pass rate of one capability of the behaviour suite (CheckList-style templated cases). */
export interface CapabilityResult {
  /** e.g. "negated positive"; the suite defines the list. */
  capability: string;
  passed: number;
  total: number;
  /**
   * For capabilities whose cases are positive: cases the box does not call negative
   * (P(positive) at or above the unsure band's low edge: positive or "unsure"). Issue 18's
   * target for "negated negative" ("not bad" is neutral-to-positive to human raters).
   */
  notNegative?: number;
}

/** Accuracy-type figures for one held-out set (IMDB test, short-review validation, ...). */
export interface HeldOutResult {
  examples: number;
  accuracy: number;
  logLoss?: number;
  rocAuc?: number;
  /** What the box shows on this set (lib/verdict.ts), written by `npm run evaluate -- --save`. */
  box?: BoxView;
}

/**
 * The box's view of a labelled set, as `verdictOf` decides: shares of all inputs, and the
 * accuracy of the verdicts it gives (null when it gives none).
 */
export interface BoxView {
  /** Share of inputs whose probability lies inside the unsure band. */
  unsure: number;
  /** Accuracy of the positive/negative verdicts the box gives (outside the band, with known words). */
  accuracyOutside: number | null;
  /** Share of inputs with no word the model knows (no verdict). */
  noVerdict: number;
}

/**
 * The box's "unsure" band and what it does on the texts it was chosen on (short validation
 * reviews, plus the treebank's dev sentences when the model trained on the treebank);
 * written by `npm run train` (scripts/lib/unsure-band.ts). Numbers only: the box and the
 * pages turn them into sentences in each language.
 */
export interface UnsureBand {
  low: number;
  high: number;
  /** Accuracy outside the band the choice aimed for, e.g. 0.9. */
  target: number;
  /** true: the narrowest band tried that reaches `target`; false: none did, so the widest band tried. */
  reachedTarget: boolean;
  /** How many texts the band was chosen on. */
  examples: number;
  /** Share of those texts inside the band. */
  insideShare: number;
  /** Accuracy at 0.5 inside the band; null when no text falls inside. */
  accuracyInside: number | null;
  /** Accuracy at 0.5 outside the band. */
  accuracyOutside: number;
}

/** One row of the recipe ablation: a change and what it bought, on validation data only. */
export interface AblationRow {
  /** Step number in `npm run ablate`; a change may name the step it builds on ("step 5 + ..."). */
  step?: number;
  /** What differs from the row before, e.g. "+ negation marking". */
  change: string;
  validation: HeldOutResult;
  shortValidation: HeldOutResult;
  /** The treebank's dev sentences (872, binary); absent in rows measured before the treebank was used. */
  treebankDev?: HeldOutResult;
  behaviour?: CapabilityResult[];
  epochs?: number;
}

/** In how many positive and negative training reviews a phrase appears (scripts/lib/imdb/phrase-counts.ts). */
export interface PhraseCount {
  phrase: string;
  negative: number;
  positive: number;
  /** positive / (negative + positive); NaN (null in JSON) when the phrase never appears. */
  positiveShare: number;
}

export interface ModelMetadata {
  schemaVersion: typeof METADATA_SCHEMA_VERSION;
  /** "tutorial" (the Keras tutorial exactly) or "default" (the box's model). */
  name?: string;
  model: ModelConfig;
  preprocessing: {
    tokenizerVersion: number;
    padding: PadSide;
    truncating: PadSide;
    padIndex: number;
    startIndex: number;
    oovIndex: number;
    firstWordIndex: number;
    /**
     * Negation marking (Das & Chen 2001; Pang, Lee & Vaithyanathan 2002): words after
     * "not", "no", "never" or an "n't" word, up to the next punctuation, are read as
     * `not_<word>`, a word with its own embedding. Off in the tutorial.
     */
    markNegation?: boolean;
  };
  /** word -> index for every index in [firstWordIndex, numWords). */
  vocabulary: WordIndex;
  training: TrainingConfig;
  history: EpochRecord[];
  backend: string;
  trainingSeconds: number;
  /** `source`: the file's base name (e.g. aclImdb_v1-labeled.tar.gz), never a path; `sha256`: that file's, null for a folder. */
  dataset: { name: "IMDB (Maas et al., 2011)"; source: string; sha256: string | null };
  /** Phrase-labelled training data, when the recipe uses it: the treebank's train split (its dev split validates). */
  treebank?: { name: "Stanford Sentiment Treebank (Socher et al., 2013)"; trainSha256: string; devSha256: string };
  /** Results on the treebank's dev sentences (872, binary), never trained on. */
  treebankDev?: HeldOutResult;
  createdAt: string;
  tfjsVersion: string;
  evaluation?: Evaluation;
  /** A few texts and the probability recorded after training: a published copy must reproduce them. */
  samples?: { text: string; probability: number }[];
  /** Results on the short-review validation set (spans cut from validation reviews, never test). */
  shortValidation?: HeldOutResult;
  /** The behaviour suite's pass rates for this model. */
  behaviour?: CapabilityResult[];
  /** Baselines measured on the same data, e.g. binarized multinomial Naive Bayes (unigrams + bigrams). */
  baselines?: { name: string; test?: HeldOutResult; shortValidation?: HeldOutResult; behaviour?: CapabilityResult[] }[];
  /** How the recipe was chosen: every change and what it bought on validation. */
  ablation?: AblationRow[];
  /** The box says "unsure" for probabilities in [low, high]; chosen on held-out short texts. */
  unsureBand?: UnsureBand;
  /** What the training reviews' labels say about negation phrases, counted in this model's training reviews. */
  phraseCounts?: PhraseCount[];
}

/** Throws a readable error unless `value` looks like metadata this code can use. */
export function assertModelMetadata(value: unknown): asserts value is ModelMetadata {
  const metadata = value as Partial<ModelMetadata> | null;
  if (typeof metadata !== "object" || metadata === null) throw new Error("metadata.json is not a JSON object");
  if (metadata.schemaVersion !== METADATA_SCHEMA_VERSION) {
    throw new Error(
      `metadata.json has schema version ${String(metadata.schemaVersion)}, this code reads version ${METADATA_SCHEMA_VERSION}`,
    );
  }
  const model = metadata.model;
  if (!model || ![model.numWords, model.maxLen, model.embeddingDim, model.lstmUnits].every(Number.isInteger)) {
    throw new Error("metadata.json lacks a complete model config (numWords, maxLen, embeddingDim, lstmUnits)");
  }
  if (!metadata.preprocessing || typeof metadata.vocabulary !== "object" || metadata.vocabulary === null) {
    throw new Error("metadata.json lacks preprocessing settings or the vocabulary");
  }
}
