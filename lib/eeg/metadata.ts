/**
 * metadata.json of a sequence (EEG) model: everything needed to prepare a new trial the
 * way training did (preprocessing settings, channel order, z-score statistics), plus the
 * record of how the model was made and how it and the linear baseline did on held-out
 * subjects. The sequence counterpart of lib/metadata.ts. The browser reads it (the EEG
 * learn page); the code that writes it is Node-only, in scripts/lib/eeg/.
 */
import type { EpochRecord, Evaluation } from "../metadata";

/** Bump when the shape of this file changes; readers refuse other versions. */
export const SEQUENCE_METADATA_SCHEMA_VERSION = 2;

/** Size of the network: LSTM(lstmUnits) over `[timeSteps, channels]` inputs, then Dense(1, sigmoid). */
export interface SequenceModelConfig {
  /** Length of every input sequence (time steps after preprocessing). */
  timeSteps: number;
  /** Numbers per time step (EEG channels, or band-power components). */
  channels: number;
  /** Number of LSTM memory units: the size of `hiddenState` and `cellState`. */
  lstmUnits: number;
}

/** One mean and one standard deviation per channel, µV. */
export interface ChannelStatistics {
  mean: number[];
  std: number[];
}

export interface PreprocessingSettings {
  /** Of the input trials, Hz. */
  samplingRate: number;
  /** Time of the input's first sample relative to the event, seconds. */
  epochStart: number;
  /** Mains frequency to notch out, Hz, or null for none. */
  notchHz: number | null;
  /** Also notch every multiple of `notchHz` below the Nyquist frequency (absent: false). */
  notchHarmonics?: boolean;
  /** Resample to this rate after filtering (windowed-sinc, anti-aliased), Hz; absent or null: keep the rate. */
  resampleHz?: number | null;
  /**
   * Pass band [low, high] Hz; a null edge is not filtered (`[null, 30]` is a low-pass
   * only, `[0.1, null]` a high-pass only), and null is no filtering at all.
   */
  band: [number | null, number | null] | null;
  /** Butterworth order of each band edge (even). */
  filterOrder: number;
  /** Seconds [from, to) relative to the event to average as the baseline, or null for none. */
  baseline: [number, number] | null;
  /** Seconds [from, to) relative to the event to keep, or null for the whole trial. */
  window: [number, number] | null;
  reference: "average" | "as-recorded";
  /** Keep every n-th sample (1 = all). Needs a low-pass below the new Nyquist frequency. */
  decimate: number;
}

/**
 * What the LSTM reads. Absent or raw: the preprocessed voltages. band-power: the log power
 * in windows of `windowSteps` every `stepSteps` of each CSP filter's output (`filters`,
 * `[components, channels]`, fitted on the training trials), or of each channel when
 * `filters` is null.
 */
export type SequenceFeatures =
  | { kind: "raw" }
  | { kind: "band-power"; windowSteps: number; stepSteps: number; filters: number[][] | null };

/** A proportion with its 95% Wilson score interval. */
export interface Proportion {
  correct: number;
  total: number;
  /** correct / total. */
  value: number;
  /** 95% interval [low, high]. */
  interval: [number, number];
}

/** How one model did on held-out subjects: overall and per subject. */
export interface HeldOutSubjectsResult {
  accuracy: Proportion;
  /** ROC AUC, or null when the held-out trials have one class only (AUC is then undefined). */
  rocAuc: number | null;
  perSubject: { subject: string; accuracy: Proportion }[];
}

/** One fold of leave-subjects-out cross-validation. */
export interface CrossValidationFold {
  testSubjects: string[];
  lstm: { accuracy: number; rocAuc: number | null; chosenEpoch: number };
  baseline: { accuracy: number; rocAuc: number | null; l2: number };
}

export interface SequenceMetadata {
  schemaVersion: typeof SEQUENCE_METADATA_SCHEMA_VERSION;
  kind: "sequence";
  model: SequenceModelConfig;
  /** Channel names in input order; a new trial must use the same order. */
  channels: string[];
  /** What the LSTM reads (absent: raw voltage). */
  features?: SequenceFeatures;
  preprocessing: PreprocessingSettings & {
    /** Peak-to-peak rejection threshold, µV, or null when rejection was off. */
    rejectUv: number | null;
    /** Per-channel z-score statistics, measured on the training subjects' trials. */
    normalization: ChannelStatistics;
    /** Channels left out (by --drop-channels or as non-EEG), before anything else ran. */
    droppedChannels: string[];
  };
  training: {
    /** Epochs the final weights come from: the one with the lowest validation loss. */
    epochs: number;
    /** Upper limit given (--epochs). */
    maxEpochs: number;
    /** Stop after this many epochs without a lower validation loss. */
    patience: number;
    batchSize: number;
    seed: number;
    optimizer: "adam";
    learningRate: number;
    loss: "binaryCrossentropy";
    trainTrials: number;
    trainSubjects: string[];
    /** Training subjects held back to choose the epoch (never trained on). */
    validationSubjects: string[];
  };
  /** Subjects whose trials were never trained on; the evaluation is on them. */
  testSubjects: string[];
  rejection: {
    trials: number;
    rejected: number;
    byArtifact?: Record<string, { injected: number; caught: number }>;
    bySubject?: Record<string, { trials: number; rejected: number }>;
  };
  /** Training loss/accuracy per epoch, with validation loss/accuracy on the validation subjects. */
  history: EpochRecord[];
  backend: string;
  trainingSeconds: number;
  dataset: {
    source: string;
    sha256: string;
    trials: number;
    subjects: number;
    events?: Record<string, 0 | 1>;
    labelNames?: [string, string];
  };
  createdAt: string;
  /** The arguments after `npm run train-sequences --` that made this model, as given. */
  command?: string[];
  tfjsVersion: string;
  evaluation?: Evaluation;
  /** The LSTM and the linear baseline on the same held-out subjects, with 95% intervals. */
  heldOut?: {
    chance: number;
    lstm: HeldOutSubjectsResult;
    baseline: HeldOutSubjectsResult & { description: string; l2: number };
  };
  /** Leave-subjects-out cross-validation, when it was run (--cv). */
  crossValidation?: {
    folds: CrossValidationFold[];
    lstm: { mean: number; std: number };
    baseline: { mean: number; std: number };
  };
}

/** Throws a readable error unless `value` looks like sequence metadata this code can use. */
export function assertSequenceMetadata(value: unknown): asserts value is SequenceMetadata {
  const metadata = value as Partial<SequenceMetadata> | null;
  if (typeof metadata !== "object" || metadata === null) throw new Error("metadata.json is not a JSON object");
  if (metadata.kind !== "sequence")
    throw new Error(`metadata.json describes a ${String(metadata.kind ?? "text")} model, not a sequence model`);
  if (metadata.schemaVersion !== SEQUENCE_METADATA_SCHEMA_VERSION) {
    throw new Error(
      `metadata.json has schema version ${String(metadata.schemaVersion)}, this code reads version ${SEQUENCE_METADATA_SCHEMA_VERSION}: retrain with npm run train-sequences`,
    );
  }
  const model = metadata.model;
  if (!model || ![model.timeSteps, model.channels, model.lstmUnits].every(Number.isInteger)) {
    throw new Error("metadata.json lacks a complete model config (timeSteps, channels, lstmUnits)");
  }
  const features = metadata.features;
  const inputs =
    features?.kind === "band-power"
      ? (features.filters?.length ?? metadata.channels?.length)
      : metadata.channels?.length;
  if (!Array.isArray(metadata.channels) || inputs !== model.channels || !metadata.preprocessing?.normalization) {
    throw new Error("metadata.json lacks the channel names or the normalization statistics");
  }
}
