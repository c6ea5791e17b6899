/**
 * The model comparison report of an EEG run (`npm run train-sequences -- --evaluate …
 * --report FILE`): the LSTM on raw voltage, the LSTM on band power, log band power with
 * logistic regression, and CSP with LDA, scored on the same folds, per subject and over
 * subjects, with 95% intervals. Numbers and the command only; the EEG page turns them into
 * sentences in each language. Written by scripts/lib/eeg/model-comparison.ts.
 */
import type { PreprocessingSettings, Proportion } from "./metadata";

export const COMPARISON_SCHEMA_VERSION = 1;

/** The four models, in the order tables list them. */
export const COMPARED_MODELS = ["lstm-raw", "lstm-band-power", "log-power-lr", "csp-lda"] as const;
export type ComparedModel = (typeof COMPARED_MODELS)[number];

/** How the folds are cut. within-subject: k folds inside each subject's trials; across-subjects: k groups of whole subjects. */
export type EvaluationScheme = "within-subject" | "across-subjects";

export interface ModelScore {
  /** All test predictions pooled (every kept trial is tested once). */
  accuracy: Proportion;
  rocAuc: number | null;
  perSubject: { subject: string; accuracy: Proportion }[];
  /** Mean of the per-subject accuracies with its 95% t interval over subjects. */
  meanOverSubjects: { mean: number; interval: [number, number] };
  /** Seconds spent fitting and predicting, summed over folds. */
  seconds: number;
  /** LSTMs: the epoch early stopping chose, per fold. */
  chosenEpochs?: number[];
  /** log-power-lr: the L2 strength chosen by inner cross-validation, per fold. */
  l2?: number[];
}

/** One trial turned into a band-power sequence, for the page's picture. */
export interface BandPowerExample {
  id: string;
  subject: string;
  label: 0 | 1;
  /** `[windows, components]` log power, µV² (natural log). */
  sequence: number[][];
}

export interface ComparisonReport {
  kind: "sequence-comparison";
  schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  /** The arguments after `npm run train-sequences --`, as given. */
  command: string[];
  evaluation: EvaluationScheme;
  folds: number;
  seed: number;
  dataset: { sha256: string; trials: number; kept: number; subjects: string[]; events?: Record<string, 0 | 1> };
  channels: string[];
  preprocessing: PreprocessingSettings & { rejectUv: number | null };
  settings: {
    units: number;
    learningRate: number;
    batchSize: number;
    epochs: number;
    patience: number;
    cspComponents: number;
    /** distance: the filters farthest from an even split (MNE's default); ends: half from each end. */
    cspOrder: "distance" | "ends";
    /** Band-power windows, seconds. */
    powerWindow: number;
    powerStep: number;
    bandPowerOver: "csp" | "channels";
  };
  /** Majority-label rate over all kept trials. */
  chance: number;
  models: Partial<Record<ComparedModel, ModelScore>>;
  /** Trials of one subject as band-power sequences over CSP components fitted on that subject's other trials. */
  examples: BandPowerExample[];
  /** Centre time of each band-power window, seconds after the event. */
  windowTimes: number[];
  machine: { cores: number; backend: string };
  seconds: number;
  createdAt: string;
}
