/**
 * A model folder's metadata, in two files written next to model.json:
 *
 *   reading.json   what the box needs to read a review the way training did: the network's
 *                  shape, the preprocessing, the vocabulary (its words in index order, one a
 *                  line), the unsure band and the figures the box quotes beside its verdict
 *   card.json      the record the model card and the course show: how the model was trained,
 *                  its history, the evaluation, the behaviour suite, baselines, the ablation
 *
 * The box's model worker fetches reading.json only; the pages and the commands read both
 * (`ModelMetadata`, the two together). Both carry `createdAt`, which names the save they
 * belong to: the opener (lib/open-model-folder.ts) refuses a pair from two saves.
 *
 * One schema (valibot) per file is both the type and the check: every reader goes through
 * `parseModelReading` / `parseModelCard`, so a field that is missing or has the wrong kind
 * is a readable error where it is read, never a blank on a page. Unknown keys are refused.
 *
 * Three commands write them; each field's comment names its writer:
 *
 *   train      `npm run train` (scripts/lib/imdb/train-imdb.ts) writes both files
 *   evaluate   `npm run evaluate -- --save` (scripts/lib/imdb/evaluation-report.ts) adds or replaces its results
 *   ablate     `npm run ablate -- --save` (scripts/ablate.ts) stores the ablation table
 *
 * Folders saved before the split hold one metadata.json (schema version 1);
 * `npm run split-metadata` (scripts/split-metadata.ts) rewrites them as the two files.
 *
 * Metadata holds numbers and enums; the pages and the box write the sentences about them in
 * each language. (Strings that remain are data, not prose: names, hashes, dates, the sample
 * texts and mistake excerpts, the behaviour suite's capability keys.)
 */
import * as v from "valibot";
import { ABLATION_STEPS, AblationChangeSchema } from "./ablation-steps";
import { CAPABILITIES } from "./capabilities";
import { ModelConfigSchema } from "./model-config";
import { MODEL_NAMES } from "./model-hosting";
import { PAD_SIDES } from "./padding";
import { parseWith } from "./schema-check";
import { type WordIndex, wordIndexOfWords, wordsInIndexOrder } from "./vocabulary";

/** Bump when the shape of either file changes; readers refuse other versions. 1: the single metadata.json. */
export const METADATA_SCHEMA_VERSION = 2;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const probability = share;
const positive = v.pipe(v.number(), v.integer(), v.minValue(1));
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, "a SHA-256 in 64 lowercase hex digits"));
const timestamp = v.pipe(v.string(), v.isoTimestamp());
const label = v.picklist([0, 1]);

/** How a text becomes indices, as training did it. train. */
const PreprocessingSchema = v.strictObject({
  tokenizerVersion: positive,
  padding: v.picklist(PAD_SIDES),
  truncating: v.picklist(PAD_SIDES),
  padIndex: count,
  startIndex: count,
  oovIndex: count,
  firstWordIndex: count,
  /**
   * Negation marking (Das & Chen 2001; Pang, Lee & Vaithyanathan 2002): words after
   * "not", "no", "never" or an "n't" word, up to the next punctuation, are read as
   * `not_<word>`, a word with its own embedding. Off in the tutorial.
   */
  markNegation: v.optional(v.boolean()),
});

/** The recipe's training settings. train. */
const TrainingConfigSchema = v.strictObject({
  epochs: count,
  batchSize: positive,
  seed: v.pipe(v.number(), v.integer()),
  /** Fraction of the training reviews held out to validate each epoch (0 = none). */
  validationSplit: share,
  /** Training examples used: reviews (25,000 for the full run, fewer with --limit) plus short spans and phrases. */
  trainExamples: count,
  /** How many of `trainExamples` are short spans cut from the training reviews; absent = none. */
  shortSpans: v.optional(count),
  optimizer: v.literal("adam"),
  learningRate: v.pipe(v.number(), v.gtValue(0)),
  loss: v.literal("binaryCrossentropy"),
  /** Share of the LSTM's inputs dropped while training (Keras's `LSTM(dropout=...)`); absent = none. */
  dropout: v.optional(share),
  /** How many of `trainExamples` are labelled phrases from the Stanford Sentiment Treebank's train split; absent = none. */
  treebankPhrases: v.optional(count),
  /** Neutral treebank phrases trained towards 0.5 ("no opinion"). */
  neutralPhrases: v.optional(count),
  /**
   * The embedding's size while training, when it was factored to `model.embeddingDim` afterwards
   * (scripts/lib/imdb/low-rank-embedding.ts); absent = trained at `model.embeddingDim`.
   */
  embeddingTrainedDim: v.optional(positive),
});
export type TrainingConfig = v.InferOutput<typeof TrainingConfigSchema>;

/** One epoch of training. train. */
export const EpochRecordSchema = v.strictObject({
  epoch: positive,
  loss: v.number(),
  accuracy: share,
  /** Validation log loss and accuracy; with several validation sets, their means (each set weighing the same). */
  valLoss: v.optional(v.number()),
  valAccuracy: v.optional(share),
  /** Each validation set's figures, when there are several (IMDB validation, short reviews, treebank dev). */
  validationSets: v.optional(v.array(v.strictObject({ name: v.string(), loss: v.number(), accuracy: share }))),
  seconds: v.pipe(v.number(), v.minValue(0)),
});
export type EpochRecord = v.InferOutput<typeof EpochRecordSchema>;

/** One of the most confident mistakes on the test reviews. */
const MistakeSchema = v.strictObject({
  /** The review's first few hundred characters. */
  excerpt: v.string(),
  /** Its last few hundred characters: the part the model read last, which weighs most. */
  ending: v.optional(v.string()),
  label,
  probability,
});
export type Mistake = v.InferOutput<typeof MistakeSchema>;

/** Results on the IMDB test reviews, which the model never trained on. train (unless --skip-evaluation); evaluate replaces the figures. */
export const EvaluationSchema = v.strictObject({
  split: v.literal("test"),
  examples: positive,
  accuracy: share,
  logLoss: v.number(),
  precision: share,
  recall: share,
  f1: share,
  rocAuc: share,
  /** Rows: true label; columns: predicted label, at threshold 0.5. */
  confusionMatrix: v.strictObject({
    truePositive: count,
    falseNegative: count,
    falsePositive: count,
    trueNegative: count,
  }),
  seconds: v.pipe(v.number(), v.minValue(0)),
  evaluatedAt: timestamp,
  /** The most confident mistakes, a few of each kind, as short excerpts. */
  mistakes: v.optional(v.array(MistakeSchema)),
  /** With 8-bit weights: the float32 model's accuracy on the same reviews, and verdicts that changed. train only. */
  quantization: v.optional(v.strictObject({ floatAccuracy: share, flippedVerdicts: count, examples: positive })),
});
export type Evaluation = v.InferOutput<typeof EvaluationSchema>;

/** Pass rate of one capability of the behaviour suite (CheckList-style templated cases). */
const CapabilityResultSchema = v.strictObject({
  /** The suite's key for it, e.g. "negated positive" (lib/capabilities.ts); pages name it in each language. */
  capability: v.picklist(CAPABILITIES),
  passed: count,
  total: positive,
  /**
   * For capabilities whose cases are positive: cases the box does not call negative
   * (P(positive) at or above the unsure band's low edge: positive or "unsure"). Issue 18's
   * target for "negated negative" ("not bad" is neutral-to-positive to human raters). evaluate.
   */
  notNegative: v.optional(count),
});
export type CapabilityResult = v.InferOutput<typeof CapabilityResultSchema>;

/**
 * The box's view of a labelled set, as `verdictOf` (lib/verdict.ts) decides: shares of all
 * inputs, and the accuracy of the verdicts it gives. evaluate.
 */
const BoxViewSchema = v.strictObject({
  /** Share of inputs whose probability lies inside the unsure band. */
  unsure: share,
  /** Accuracy of the positive/negative verdicts the box gives (outside the band, with known words); null when it gives none. */
  accuracyOutside: v.nullable(share),
  /** Share of inputs with no word the model knows (no verdict). */
  noVerdict: share,
});
export type BoxView = v.InferOutput<typeof BoxViewSchema>;

/** Accuracy-type figures for one held-out set (IMDB test, short-review validation, treebank dev, ...). */
const HeldOutResultSchema = v.strictObject({
  examples: positive,
  accuracy: share,
  logLoss: v.optional(v.number()),
  /** Absent when the set holds one label only. */
  rocAuc: v.optional(share),
  /**
   * The share of the set that gets a verdict when the texts closest to 0.5 are held back
   * until the rest is at least 90% right (scripts/lib/imdb/evaluation.ts, `coverageAt`).
   * Absent in figures measured before it was recorded. ablate, evaluate.
   */
  coverageAt90: v.optional(share),
  /** What the box shows on this set. evaluate. */
  box: v.optional(BoxViewSchema),
});
export type HeldOutResult = v.InferOutput<typeof HeldOutResultSchema>;

/** In how many positive and negative training reviews a phrase appears (scripts/lib/imdb/phrase-counts.ts). train. */
const PhraseCountSchema = v.strictObject({
  phrase: v.string(),
  negative: count,
  positive: count,
  /** positive / (negative + positive); null when the phrase never appears. */
  positiveShare: v.nullable(share),
});
export type PhraseCount = v.InferOutput<typeof PhraseCountSchema>;

/**
 * The box says "unsure" for probabilities in [low, high] (scripts/lib/imdb/unsure-band.ts): the
 * narrowest band around 0.5 outside which the model is right at least `target` of the time on
 * short texts as people type them, or the widest band tried when none reaches it. train.
 */
const unsureBandFields = {
  low: probability,
  high: probability,
  /** The accuracy outside the band the choice aimed for (0.9). */
  target: share,
  /** Whether some band reached `target`; false means this is the widest band tried. */
  reachedTarget: v.boolean(),
  /** Short texts the band was chosen on (short validation reviews, plus the treebank's dev sentences when trained on it). */
  examples: positive,
  /** Share of those texts whose probability falls inside the band. */
  insideShare: share,
  /** Accuracy on the texts inside the band; null when none falls inside. */
  accuracyInside: v.nullable(share),
  /** Accuracy on the texts outside the band. */
  accuracyOutside: share,
};
const containsHalf = <Band extends { low: number; high: number }>() =>
  v.check<Band, string>((band) => band.low < 0.5 && band.high > 0.5, "the unsure band must contain 0.5");
const UnsureBandSchema = v.pipe(v.strictObject(unsureBandFields), containsHalf());
export type UnsureBand = v.InferOutput<typeof UnsureBandSchema>;

/** One row of the recipe ablation: a change and what it bought, on validation data only. ablate. */
const AblationRowSchema = v.strictObject({
  /** Step number in `npm run ablate` (lib/ablation-steps.ts). */
  step: positive,
  /** The step whose recipe this one changes; null for the first. */
  base: v.nullable(positive),
  /** What the step changes, as data; pages word it in each language (lib/i18n/ablation.ts). */
  change: AblationChangeSchema,
  validation: HeldOutResultSchema,
  shortValidation: HeldOutResultSchema,
  /** The treebank's dev sentences (872, binary); absent in rows measured before the treebank was used. */
  treebankDev: v.optional(HeldOutResultSchema),
  behaviour: v.optional(v.array(CapabilityResultSchema)),
  epochs: v.optional(positive),
  /** The unsure band this step chose for itself (on its short validation texts); absent in older rows. */
  unsureBand: v.optional(UnsureBandSchema),
});
export type AblationRow = v.InferOutput<typeof AblationRowSchema>;

/**
 * A row as `npm run ablate` wrote it before changes were data (an English label beside the
 * step number) is read with its step's change from lib/ablation-steps.ts, whose step
 * numbers have not moved; a row in the current form passes unchanged.
 */
const AblationRowAnyVersionSchema = v.pipe(
  v.unknown(),
  v.transform((row) => {
    const old = row as { step?: unknown; change?: unknown } | null;
    if (typeof old?.change !== "string" || typeof old.step !== "number") return row;
    const step = ABLATION_STEPS[old.step - 1];
    return step ? { ...old, base: step.base, change: step.change } : row;
  }),
  AblationRowSchema,
);

/** The baseline measured on the same data. evaluate. */
const BaselineSchema = v.strictObject({
  /** e.g. "Naive Bayes (unigrams + bigrams)" (scripts/lib/imdb/naive-bayes.ts). */
  name: v.string(),
  test: v.optional(HeldOutResultSchema),
  /** On the IMDB validation reviews the model held out. */
  validation: v.optional(HeldOutResultSchema),
  shortValidation: v.optional(HeldOutResultSchema),
  /** On the treebank's dev sentences, when evaluate read the treebank. */
  treebankDev: v.optional(HeldOutResultSchema),
  behaviour: v.optional(v.array(CapabilityResultSchema)),
});

const schemaVersion = v.literal(
  METADATA_SCHEMA_VERSION,
  (issue) => `schema version ${String(issue.input)}, this code reads version ${METADATA_SCHEMA_VERSION}`,
);

/** reading.json's fields besides the vocabulary: small, and all the box shows beside a verdict. */
const READING_FIELDS = {
  schemaVersion,
  /** The recipe: "tutorial" (the Keras tutorial's architecture and recipe) or "default" (the box's model). train. */
  name: v.optional(v.picklist(MODEL_NAMES)),
  /** When the model was saved; card.json records the same instant. train. */
  createdAt: timestamp,
  /** The network's shape (lib/model-config.ts). train. */
  model: ModelConfigSchema,
  preprocessing: PreprocessingSchema,
  unsureBand: v.optional(UnsureBandSchema),
  /** Phrase-labelled training data, when the recipe uses it: the treebank's train split (its dev split validates). train. */
  treebank: v.optional(
    v.strictObject({
      name: v.literal("Stanford Sentiment Treebank (Socher et al., 2013)"),
      trainSha256: sha256,
      devSha256: sha256,
    }),
  ),
  /** Results on the short-review validation set (spans cut from validation reviews, never test). evaluate. */
  shortValidation: v.optional(HeldOutResultSchema),
  /** Results on the treebank's dev sentences (872, binary), never trained on. evaluate (with --treebank). */
  treebankDev: v.optional(HeldOutResultSchema),
};

/**
 * The vocabulary as reading.json stores it: its words in index order, one a line, the first
 * at index 4 (lib/vocabulary.ts). Read into word -> index. train.
 */
const EACH_WORD_ONCE = "the vocabulary must hold each word once, one a line, none empty";

const WordsSchema = v.pipe(
  v.string(),
  v.minLength(1, "the vocabulary is empty"),
  // One test of the whole text, not one per word: no whitespace but the line breaks, no empty line.
  v.check((text) => !/[^\S\n]|^\n|\n\n|\n$/.test(text), EACH_WORD_ONCE),
  v.transform((text) => text.split("\n")),
  v.check((words) => new Set(words).size === words.length, EACH_WORD_ONCE),
);

const ModelReadingSchema = v.pipe(
  v.strictObject({ ...READING_FIELDS, words: WordsSchema }),
  v.transform(({ words, ...reading }) => ({ ...reading, vocabulary: wordIndexOfWords(words) })),
);

/** reading.json as the box reads it: the vocabulary as word -> index. */
export type ModelReading = v.InferOutput<typeof ModelReadingSchema>;

/** card.json's fields. */
const CARD_FIELDS = {
  schemaVersion,
  /** The save this record belongs to: reading.json's `createdAt`. train. */
  createdAt: timestamp,
  training: TrainingConfigSchema,
  history: v.array(EpochRecordSchema),
  /** tfjs's name for where it trained: "tensorflow", "wasm" or "cpu". train. */
  backend: v.string(),
  trainingSeconds: v.pipe(v.number(), v.minValue(0)),
  /** The reviews it trained on: `source` is the file's base name (e.g. aclImdb_v1-labeled.tar.gz), never a path; `sha256` that file's, null for a folder. train. */
  dataset: v.strictObject({
    name: v.literal("IMDB (Maas et al., 2011)"),
    source: v.string(),
    sha256: v.nullable(sha256),
  }),
  tfjsVersion: v.string(),
  evaluation: v.optional(EvaluationSchema),
  /** A few texts and the probability recorded after training: a published copy must reproduce them. train. */
  samples: v.optional(v.array(v.strictObject({ text: v.string(), probability }))),
  /** The behaviour suite's pass rates for this model. evaluate. */
  behaviour: v.optional(v.array(CapabilityResultSchema)),
  /** Baselines measured on the same data, e.g. binarized multinomial Naive Bayes (unigrams + bigrams). evaluate. */
  baselines: v.optional(v.array(BaselineSchema)),
  /** How the recipe was chosen: every change and what it bought on validation. ablate. */
  ablation: v.optional(v.array(AblationRowSchema)),
  /** What the training reviews' labels say about negation phrases, counted in this model's training reviews. train. */
  phraseCounts: v.optional(v.array(PhraseCountSchema)),
};
const ModelCardSchema = v.strictObject(CARD_FIELDS);

/** card.json: what the model card and the course show about how the model was made and measured. */
export type ModelCard = v.InferOutput<typeof ModelCardSchema>;

/** A model's two metadata files together, as the pages and the commands see them. */
export type ModelMetadata = ModelReading & ModelCard;

/** Checks `value` (a parsed reading.json) against its schema; one error naming every field that is missing or wrong. */
export function parseModelReading(value: unknown, source = "reading.json"): ModelReading {
  return parseWith(ModelReadingSchema, value, `${source} does not fit the reading.json schema`);
}

/** Checks `value` (a parsed card.json) against its schema. */
export function parseModelCard(value: unknown, source = "card.json"): ModelCard {
  return parseWith(ModelCardSchema, value, `${source} does not fit the card.json schema`);
}

/** The two files together; throws unless they come from the same save (the same `createdAt`). */
export function joinMetadata(reading: ModelReading, card: ModelCard, where = "the model folder"): ModelMetadata {
  if (reading.createdAt !== card.createdAt)
    throw new Error(
      `${where}: card.json was written for the model saved at ${card.createdAt}, reading.json for the one saved at ${reading.createdAt}. Copy the model folder again, all its files together.`,
    );
  return { ...reading, ...card };
}

/** Each file's fields in the order they are written; the vocabulary goes last in reading.json, as `words`. */
export function splitMetadata(metadata: ModelMetadata): {
  reading: Record<string, unknown>;
  card: Record<string, unknown>;
} {
  const pick = (keys: readonly string[]) =>
    Object.fromEntries(keys.flatMap((key) => (key in metadata ? [[key, metadata[key as keyof ModelMetadata]]] : [])));
  const reading = {
    ...pick(Object.keys(READING_FIELDS)),
    words: wordsInIndexOrder(metadata.vocabulary).join("\n"),
  };
  const card = pick(Object.keys(CARD_FIELDS));
  const known = new Set([...Object.keys(READING_FIELDS), ...Object.keys(CARD_FIELDS), "vocabulary"]);
  const unknown = Object.keys(metadata).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`metadata has fields neither file holds: ${unknown.join(", ")}`);
  return { reading, card };
}

/**
 * A metadata.json saved before the split (schema version 1: both files' fields and the
 * vocabulary as word -> index in one file), read for `npm run split-metadata` only. Its
 * unsure band may hold `why`, an English sentence from before the band's numbers; it is dropped.
 */
export function parseMetadataVersion1(value: unknown, source = "metadata.json"): ModelMetadata {
  const schema = v.strictObject({
    ...READING_FIELDS,
    ...CARD_FIELDS,
    schemaVersion: v.literal(
      1,
      (issue) => `schema version ${String(issue.input)}, expected 1 (a single metadata.json)`,
    ),
    vocabulary: VocabularyObjectSchema,
    ablation: v.optional(v.array(AblationRowAnyVersionSchema)),
    unsureBand: v.optional(
      v.pipe(
        v.strictObject({ ...unsureBandFields, why: v.optional(v.string()) }),
        containsHalf(),
        v.transform(({ why: _why, ...band }) => band),
      ),
    ),
  });
  const old = parseWith(schema, value, `${source} does not fit the schema of metadata.json version 1`);
  return { ...old, schemaVersion: METADATA_SCHEMA_VERSION };
}

/**
 * word -> index, as version 1 stored it. Checked by hand, not with `v.record`: valibot's record
 * drops the keys "prototype", "constructor" and "__proto__" (against prototype pollution), and
 * "prototype" and "constructor" are words reviews use. The object is passed on as parsed.
 */
const VocabularyObjectSchema = v.custom<WordIndex>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((index) => Number.isInteger(index) && index >= 0),
  "the vocabulary must map each word to a whole number >= 0",
);

/** `npm run ablate`'s table file (ablation.json), the rows `ablate --save` stores in card.json. */
export function parseAblationTable(value: unknown, source: string): AblationRow[] {
  return parseWith(v.array(AblationRowAnyVersionSchema), value, `${source} is not an ablation table`);
}
