/**
 * The model comparison report of an EEG run (`npm run train-sequences -- --evaluate …
 * --report FILE`): the LSTM on raw voltage, the LSTM on band power, log band power with
 * logistic regression, and CSP with LDA, scored on the same folds, per subject and over
 * subjects, with 95% intervals. Numbers and the command only; the EEG page turns them into
 * sentences in each language. Written by scripts/lib/eeg/model-comparison.ts; one schema
 * (valibot) is the type and the check, and readers go through `parseComparisonReport`.
 */
import * as v from "valibot";
import { parseWith } from "../schema-check";
import { ProportionSchema, preprocessingFields } from "./metadata";

export const COMPARISON_SCHEMA_VERSION = 1;

/** The four models, in the order tables list them. */
export const COMPARED_MODELS = ["lstm-raw", "lstm-band-power", "log-power-lr", "csp-lda"] as const;
export type ComparedModel = (typeof COMPARED_MODELS)[number];

/** How the folds are cut. within-subject: k folds inside each subject's trials; across-subjects: k groups of whole subjects. */
export const EVALUATION_SCHEMES = ["within-subject", "across-subjects"] as const;
export type EvaluationScheme = (typeof EVALUATION_SCHEMES)[number];

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const positive = v.pipe(v.number(), v.integer(), v.minValue(1));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const seconds = v.pipe(v.number(), v.minValue(0));

export const ModelScoreSchema = v.strictObject({
  /** All test predictions pooled (every kept trial is tested once). */
  accuracy: ProportionSchema,
  rocAuc: v.nullable(share),
  perSubject: v.array(v.strictObject({ subject: v.string(), accuracy: ProportionSchema })),
  /** Mean of the per-subject accuracies with its 95% t interval over subjects. */
  meanOverSubjects: v.strictObject({ mean: v.number(), interval: v.tuple([v.number(), v.number()]) }),
  /** Seconds spent fitting and predicting, summed over folds. */
  seconds,
  /** LSTMs: the epoch early stopping chose, per fold. */
  chosenEpochs: v.optional(v.array(positive)),
  /** log-power-lr: the L2 strength chosen by inner cross-validation, per fold. */
  l2: v.optional(v.array(v.number())),
});
export type ModelScore = v.InferOutput<typeof ModelScoreSchema>;

/** One trial turned into a band-power sequence, for the page's picture. */
const BandPowerExampleSchema = v.strictObject({
  id: v.string(),
  subject: v.string(),
  label: v.picklist([0, 1]),
  /** `[windows, components]` log power, µV² (natural log). */
  sequence: v.array(v.array(v.number())),
});
export type BandPowerExample = v.InferOutput<typeof BandPowerExampleSchema>;

const ComparisonReportSchema = v.strictObject({
  kind: v.literal("sequence-comparison"),
  schemaVersion: v.literal(
    COMPARISON_SCHEMA_VERSION,
    (issue) => `schema version ${String(issue.input)}, this code reads version ${COMPARISON_SCHEMA_VERSION}`,
  ),
  /** The arguments after `npm run train-sequences --`, as given. */
  command: v.array(v.string()),
  evaluation: v.picklist(EVALUATION_SCHEMES),
  folds: positive,
  seed: v.pipe(v.number(), v.integer()),
  dataset: v.strictObject({
    sha256: v.string(),
    trials: count,
    kept: count,
    subjects: v.array(v.string()),
    events: v.optional(v.record(v.string(), v.picklist([0, 1]))),
  }),
  channels: v.array(v.string()),
  preprocessing: v.strictObject({ ...preprocessingFields, rejectUv: v.nullable(v.number()) }),
  settings: v.strictObject({
    units: positive,
    learningRate: v.pipe(v.number(), v.gtValue(0)),
    batchSize: positive,
    epochs: positive,
    patience: count,
    cspComponents: positive,
    /** distance: the filters farthest from an even split (MNE's default); ends: half from each end. */
    cspOrder: v.picklist(["distance", "ends"]),
    /** Band-power windows, seconds. */
    powerWindow: v.pipe(v.number(), v.gtValue(0)),
    powerStep: v.pipe(v.number(), v.gtValue(0)),
    bandPowerOver: v.picklist(["csp", "channels"]),
  }),
  /** Majority-label rate over all kept trials. */
  chance: share,
  models: v.strictObject(
    Object.fromEntries(COMPARED_MODELS.map((model) => [model, v.optional(ModelScoreSchema)])) as Record<
      ComparedModel,
      v.OptionalSchema<typeof ModelScoreSchema, undefined>
    >,
  ),
  /** Trials of one subject as band-power sequences over CSP components fitted on that subject's other trials. */
  examples: v.array(BandPowerExampleSchema),
  /** Centre time of each band-power window, seconds after the event. */
  windowTimes: v.array(v.number()),
  machine: v.strictObject({ cores: positive, backend: v.string() }),
  seconds,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type ComparisonReport = v.InferOutput<typeof ComparisonReportSchema>;

/** `value` (a parsed report file) checked against the schema; one error naming every field that is missing or wrong. */
export function parseComparisonReport(value: unknown, where: string): ComparisonReport {
  return parseWith(ComparisonReportSchema, value, `${where} is not a sequence-comparison report this code reads`);
}
