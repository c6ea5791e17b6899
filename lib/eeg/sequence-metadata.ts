/**
 * metadata.json of a sequence model: everything needed to prepare a new trial the way
 * training did (preprocessing settings, channel order, z-score statistics), plus the
 * record of how the model was made and how it did on held-out subjects. The sequence
 * counterpart of lib/metadata.ts.
 */
import type { EpochRecord, Evaluation } from "../metadata";
import type { ChannelStatistics } from "./normalization";
import type { PreprocessingSettings } from "./preprocessing";
import type { SequenceModelConfig } from "./sequence-model";

/** Bump when the shape of this file changes; readers refuse other versions. */
export const SEQUENCE_METADATA_SCHEMA_VERSION = 1;

export interface SequenceMetadata {
  schemaVersion: typeof SEQUENCE_METADATA_SCHEMA_VERSION;
  kind: "sequence";
  model: SequenceModelConfig;
  /** Channel names in input order; a new trial must use the same order. */
  channels: string[];
  preprocessing: PreprocessingSettings & {
    /** Peak-to-peak rejection threshold, µV, or null when rejection was off. */
    rejectUv: number | null;
    /** Per-channel z-score statistics, measured on the training subjects' trials. */
    normalization: ChannelStatistics;
  };
  training: {
    epochs: number;
    batchSize: number;
    seed: number;
    optimizer: "adam";
    learningRate: number;
    loss: "binaryCrossentropy";
    trainTrials: number;
    trainSubjects: string[];
  };
  /** Subjects whose trials were never trained on; the evaluation is on them. */
  testSubjects: string[];
  rejection: { trials: number; rejected: number; byArtifact?: Record<string, { injected: number; caught: number }> };
  history: EpochRecord[];
  backend: string;
  trainingSeconds: number;
  dataset: { source: string; sha256: string; trials: number; subjects: number };
  createdAt: string;
  tfjsVersion: string;
  evaluation?: Evaluation;
}

/** Throws a readable error unless `value` looks like sequence metadata this code can use. */
export function assertSequenceMetadata(value: unknown): asserts value is SequenceMetadata {
  const metadata = value as Partial<SequenceMetadata> | null;
  if (typeof metadata !== "object" || metadata === null) throw new Error("metadata.json is not a JSON object");
  if (metadata.kind !== "sequence") throw new Error(`metadata.json describes a ${String(metadata.kind ?? "text")} model, not a sequence model`);
  if (metadata.schemaVersion !== SEQUENCE_METADATA_SCHEMA_VERSION) {
    throw new Error(`metadata.json has schema version ${String(metadata.schemaVersion)}, this code reads version ${SEQUENCE_METADATA_SCHEMA_VERSION}`);
  }
  const model = metadata.model;
  if (!model || ![model.timeSteps, model.channels, model.lstmUnits].every(Number.isInteger)) {
    throw new Error("metadata.json lacks a complete model config (timeSteps, channels, lstmUnits)");
  }
  if (!Array.isArray(metadata.channels) || metadata.channels.length !== model.channels || !metadata.preprocessing?.normalization) {
    throw new Error("metadata.json lacks the channel names or the normalization statistics");
  }
}
