/**
 * metadata.json of a sequence (EEG) model: everything needed to prepare a new trial the
 * way training did (preprocessing settings, channel order, z-score statistics), plus the
 * record of how the model was made and how it and the linear baseline did on held-out
 * subjects. The sequence counterpart of lib/metadata.ts: one schema (valibot) is the type
 * and the check, and every reader goes through `parseSequenceMetadata` (by way of
 * lib/open-model-folder.ts). The code that writes it is Node-only, in scripts/lib/eeg/
 * (train-model.ts, `npm run train-sequences`).
 */
import * as v from "valibot";
import { EpochRecordSchema, EvaluationSchema } from "../metadata";
import { parseWith } from "../schema-check";

/** Bump when the shape of this file changes; readers refuse other versions. */
export const SEQUENCE_METADATA_SCHEMA_VERSION = 2;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const positive = v.pipe(v.number(), v.integer(), v.minValue(1));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const seconds = v.pipe(v.number(), v.minValue(0));
const range = v.tuple([v.number(), v.number()]);

/** Size of the network: LSTM(lstmUnits) over `[timeSteps, channels]` inputs, then Dense(1, sigmoid). */
const SequenceModelConfigSchema = v.strictObject({
  /** Length of every input sequence (time steps after preprocessing). */
  timeSteps: positive,
  /** Numbers per time step (EEG channels, or band-power components). */
  channels: positive,
  /** Number of LSTM memory units: the size of `hiddenState` and `cellState`. */
  lstmUnits: positive,
});
export type SequenceModelConfig = v.InferOutput<typeof SequenceModelConfigSchema>;

/** One mean and one standard deviation per channel, µV. */
const ChannelStatisticsSchema = v.strictObject({ mean: v.array(v.number()), std: v.array(v.number()) });
export type ChannelStatistics = v.InferOutput<typeof ChannelStatisticsSchema>;

export const preprocessingFields = {
  /** Of the input trials, Hz. */
  samplingRate: v.pipe(v.number(), v.gtValue(0)),
  /** Time of the input's first sample relative to the event, seconds. */
  epochStart: v.number(),
  /** Mains frequency to notch out, Hz, or null for none. */
  notchHz: v.nullable(v.number()),
  /** Also notch every multiple of `notchHz` below the Nyquist frequency (absent: false). */
  notchHarmonics: v.optional(v.boolean()),
  /** Resample to this rate after filtering (windowed-sinc, anti-aliased), Hz; absent or null: keep the rate. */
  resampleHz: v.optional(v.nullable(v.pipe(v.number(), v.gtValue(0)))),
  /**
   * Pass band [low, high] Hz; a null edge is not filtered (`[null, 30]` is a low-pass
   * only, `[0.1, null]` a high-pass only), and null is no filtering at all.
   */
  band: v.nullable(v.tuple([v.nullable(v.number()), v.nullable(v.number())])),
  /** Butterworth order of each band edge (even). */
  filterOrder: count,
  /** Seconds [from, to) relative to the event to average as the baseline, or null for none. */
  baseline: v.nullable(range),
  /** Seconds [from, to) relative to the event to keep, or null for the whole trial. */
  window: v.nullable(range),
  reference: v.picklist(["average", "as-recorded"]),
  /** Keep every n-th sample (1 = all). Needs a low-pass below the new Nyquist frequency. */
  decimate: positive,
};
const PreprocessingSettingsSchema = v.strictObject(preprocessingFields);
export type PreprocessingSettings = v.InferOutput<typeof PreprocessingSettingsSchema>;

/**
 * What the LSTM reads. Absent or raw: the preprocessed voltages. band-power: the log power
 * in windows of `windowSteps` every `stepSteps` of each CSP filter's output (`filters`,
 * `[components, channels]`, fitted on the training trials), or of each channel when
 * `filters` is null.
 */
const SequenceFeaturesSchema = v.variant("kind", [
  v.strictObject({ kind: v.literal("raw") }),
  v.strictObject({
    kind: v.literal("band-power"),
    windowSteps: positive,
    stepSteps: positive,
    filters: v.nullable(v.array(v.array(v.number()))),
  }),
]);
export type SequenceFeatures = v.InferOutput<typeof SequenceFeaturesSchema>;

/** A proportion with its 95% Wilson score interval. */
export const ProportionSchema = v.strictObject({
  correct: count,
  total: count,
  /** correct / total. */
  value: share,
  /** 95% interval [low, high]. */
  interval: v.tuple([share, share]),
});
export type Proportion = v.InferOutput<typeof ProportionSchema>;

/** How one model did on held-out subjects: overall and per subject. */
const heldOutSubjectsFields = {
  accuracy: ProportionSchema,
  /** ROC AUC, or null when the held-out trials have one class only (AUC is then undefined). */
  rocAuc: v.nullable(share),
  perSubject: v.array(v.strictObject({ subject: v.string(), accuracy: ProportionSchema })),
};
const HeldOutSubjectsResultSchema = v.strictObject(heldOutSubjectsFields);
export type HeldOutSubjectsResult = v.InferOutput<typeof HeldOutSubjectsResultSchema>;

const foldResult = { accuracy: share, rocAuc: v.nullable(share) };
/** One fold of leave-subjects-out cross-validation. */
const CrossValidationFoldSchema = v.strictObject({
  testSubjects: v.array(v.string()),
  lstm: v.strictObject({ ...foldResult, chosenEpoch: positive }),
  baseline: v.strictObject({ ...foldResult, l2: v.number() }),
});
export type CrossValidationFold = v.InferOutput<typeof CrossValidationFoldSchema>;

const meanAndSpread = v.strictObject({ mean: v.number(), std: v.number() });

const SequenceMetadataSchema = v.pipe(
  v.strictObject({
    schemaVersion: v.literal(
      SEQUENCE_METADATA_SCHEMA_VERSION,
      (issue) =>
        `schema version ${String(issue.input)}, this code reads version ${SEQUENCE_METADATA_SCHEMA_VERSION}: retrain with npm run train-sequences`,
    ),
    kind: v.literal("sequence", (issue) => `describes a ${String(issue.input ?? "text")} model, not a sequence model`),
    model: SequenceModelConfigSchema,
    /** Channel names in input order; a new trial must use the same order. */
    channels: v.array(v.string()),
    /** What the LSTM reads (absent: raw voltage). */
    features: v.optional(SequenceFeaturesSchema),
    preprocessing: v.strictObject({
      ...preprocessingFields,
      /** Peak-to-peak rejection threshold, µV, or null when rejection was off. */
      rejectUv: v.nullable(v.number()),
      /** Per-channel z-score statistics, measured on the training subjects' trials. */
      normalization: ChannelStatisticsSchema,
      /** Channels left out (by --drop-channels or as non-EEG), before anything else ran. */
      droppedChannels: v.array(v.string()),
    }),
    training: v.strictObject({
      /** Epochs the final weights come from: the one with the lowest validation loss. */
      epochs: count,
      /** Upper limit given (--epochs). */
      maxEpochs: count,
      /** Stop after this many epochs without a lower validation loss. */
      patience: count,
      batchSize: positive,
      seed: v.pipe(v.number(), v.integer()),
      optimizer: v.literal("adam"),
      learningRate: v.pipe(v.number(), v.gtValue(0)),
      loss: v.literal("binaryCrossentropy"),
      trainTrials: count,
      trainSubjects: v.array(v.string()),
      /** Training subjects held back to choose the epoch (never trained on). */
      validationSubjects: v.array(v.string()),
    }),
    /** Subjects whose trials were never trained on; the evaluation is on them. */
    testSubjects: v.array(v.string()),
    rejection: v.strictObject({
      trials: count,
      rejected: count,
      byArtifact: v.optional(v.record(v.string(), v.strictObject({ injected: count, caught: count }))),
      bySubject: v.optional(v.record(v.string(), v.strictObject({ trials: count, rejected: count }))),
    }),
    /** Training loss/accuracy per epoch, with validation loss/accuracy on the validation subjects. */
    history: v.array(EpochRecordSchema),
    backend: v.string(),
    trainingSeconds: seconds,
    dataset: v.strictObject({
      source: v.string(),
      sha256: v.string(),
      trials: count,
      subjects: count,
      events: v.optional(v.record(v.string(), v.picklist([0, 1]))),
      labelNames: v.optional(v.tuple([v.string(), v.string()])),
    }),
    createdAt: v.pipe(v.string(), v.isoTimestamp()),
    /** The arguments after `npm run train-sequences --` that made this model, as given. */
    command: v.optional(v.array(v.string())),
    tfjsVersion: v.string(),
    evaluation: v.optional(EvaluationSchema),
    /** The LSTM and the linear baseline on the same held-out subjects, with 95% intervals. */
    heldOut: v.optional(
      v.strictObject({
        chance: share,
        lstm: HeldOutSubjectsResultSchema,
        baseline: v.strictObject({ ...heldOutSubjectsFields, description: v.string(), l2: v.number() }),
      }),
    ),
    /** Leave-subjects-out cross-validation, when it was run (--cv). */
    crossValidation: v.optional(
      v.strictObject({ folds: v.array(CrossValidationFoldSchema), lstm: meanAndSpread, baseline: meanAndSpread }),
    ),
  }),
  v.check((metadata) => {
    const { features, channels, model } = metadata;
    const inputs = features?.kind === "band-power" ? (features.filters?.length ?? channels.length) : channels.length;
    return inputs === model.channels;
  }, "the channel names (or CSP filters) do not match the model's input size"),
  v.check(
    (metadata) =>
      [metadata.preprocessing.normalization.mean, metadata.preprocessing.normalization.std].every(
        (values) => values.length === metadata.model.channels,
      ),
    "the normalization statistics do not have one mean and one std per input of the model",
  ),
);

export type SequenceMetadata = v.InferOutput<typeof SequenceMetadataSchema>;

/** `value` (a parsed metadata.json) as sequence metadata; one error naming every field that is missing or wrong. */
export function parseSequenceMetadata(value: unknown, where = "metadata.json"): SequenceMetadata {
  return parseWith(SequenceMetadataSchema, value, `${where} does not fit the sequence model's metadata schema`);
}
