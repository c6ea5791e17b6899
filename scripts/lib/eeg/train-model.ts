/**
 * What `npm run train-sequences` does, as a library function: prepare the trials, run
 * the held-out experiment (LSTM with early stopping beside the linear baseline),
 * optionally cross-validate, and save the model with its metadata.
 */
import * as tf from "@tensorflow/tfjs";
import { SEQUENCE_METADATA_SCHEMA_VERSION, type SequenceMetadata } from "../../../lib/eeg/metadata";
import type { Evaluation } from "../../../lib/metadata";
import { type BackendChoice, setUpBackend } from "../backend";
import { saveModelDir } from "../model-files";
import { formatSeconds } from "../progress-bar";
import type { CspOrder } from "./csp";
import type { EventMapping } from "./events";
import { crossValidate, describeSplit, type ExperimentSettings, type FeatureChoice, runSplit } from "./experiment";
import { type PreparationOptions, prepareTrials } from "./trial-preparation";

export interface SequenceTrainingOptions extends PreparationOptions {
  out: string;
  backend: BackendChoice;
  testSubjects: number | string[];
  /** Leave-subjects-out folds, or null for the single split only. */
  cvFolds: number | null;
  /** Baseline feature window, seconds. */
  featureWindowSeconds: number;
  experiment: Omit<ExperimentSettings, "featureWindowSteps" | "log" | "features">;
  /** The command's arguments, recorded in metadata.json. */
  command?: string[];
  /** What the LSTM reads; band-power windows in seconds. */
  features?:
    | { kind: "raw" }
    | {
        kind: "band-power";
        window: number;
        step: number;
        cspComponents: number;
        cspOrder: CspOrder;
        over: "csp" | "channels";
      };
}

const BASELINE_NAME = (seconds: number) => `L2 logistic regression on ${Math.round(seconds * 1000)} ms window means`;

export async function trainSequenceModel(options: SequenceTrainingOptions): Promise<SequenceMetadata> {
  const startedAt = Date.now();
  const log = options.log;
  const backend = await setUpBackend(options.backend);
  log(`backend: ${backend.name} (${backend.reason})`);
  const prepared = await prepareTrials(options);
  const { settings, trials } = prepared;
  const outputRate = (settings.resampleHz ?? settings.samplingRate) / settings.decimate;
  const subjects = [...new Set(trials.map((trial) => trial.subject))];
  log(
    `data: ${options.data} (sha256 ${prepared.sha256.slice(0, 12)}): ${prepared.total} trials read, ${trials.length} kept, ${subjects.length} subjects; ` +
      `${trials[0].samples.length} time steps x ${prepared.channels.length} channels at ${outputRate} Hz after preprocessing`,
  );
  reportArtifactNotes(prepared, log);

  const featureWindowSteps = Math.max(1, Math.round(options.featureWindowSeconds * outputRate));
  const steps = (seconds: number) => Math.max(1, Math.round(seconds * outputRate));
  const choice = options.features ?? { kind: "raw" };
  const features: FeatureChoice =
    choice.kind === "raw"
      ? choice
      : { ...choice, windows: { windowSteps: steps(choice.window), stepSteps: steps(choice.step) } };
  const experiment: ExperimentSettings = { ...options.experiment, featureWindowSteps, features, log };
  const baselineName = BASELINE_NAME(featureWindowSteps / outputRate);
  const crossValidation =
    options.cvFolds === null
      ? undefined
      : await crossValidate(trials, options.cvFolds, { ...experiment, onEpoch: undefined });

  log(crossValidation ? "\nthe model to save: one split" : "");
  const result = await runSplit(trials, options.testSubjects, experiment);
  for (const line of describeSplit(result, baselineName)) log(line);

  const evaluation: Evaluation = {
    split: "test",
    ...result.lstmMetrics,
    seconds: 0,
    evaluatedAt: new Date().toISOString(),
  };
  const trainingSeconds = result.history.reduce((sum, record) => sum + record.seconds, 0);
  const mapping: EventMapping | undefined = options.source.epochs?.mapping;
  const metadata: SequenceMetadata = {
    schemaVersion: SEQUENCE_METADATA_SCHEMA_VERSION,
    kind: "sequence",
    model: result.modelConfig,
    ...(result.features.kind === "band-power" ? { features: result.features } : {}),
    channels: prepared.channels,
    preprocessing: {
      ...settings,
      rejectUv: options.rejectUv,
      normalization: result.normalization,
      droppedChannels: prepared.droppedChannels,
    },
    training: {
      epochs: result.bestEpoch,
      maxEpochs: options.experiment.epochs,
      patience: options.experiment.patience,
      batchSize: options.experiment.batchSize,
      seed: options.experiment.seed,
      optimizer: "adam",
      learningRate: options.experiment.learningRate,
      loss: "binaryCrossentropy",
      trainTrials: result.trainTrials,
      trainSubjects: result.trainSubjects,
      validationSubjects: result.validationSubjects,
    },
    testSubjects: result.testSubjects,
    rejection: {
      trials: prepared.total,
      rejected: prepared.rejected.length,
      byArtifact: artifactCounts(prepared),
      bySubject: prepared.rejectionBySubject,
    },
    history: result.history,
    backend: backend.name,
    trainingSeconds,
    dataset: {
      source: options.data,
      sha256: prepared.sha256,
      trials: prepared.total,
      subjects: Object.keys(prepared.rejectionBySubject).length,
      ...(mapping ? { events: mapping } : {}),
    },
    createdAt: new Date().toISOString(),
    ...(options.command ? { command: options.command } : {}),
    tfjsVersion: tf.version.tfjs,
    evaluation,
    heldOut: { chance: result.chance, lstm: result.lstm, baseline: { ...result.baseline, description: baselineName } },
    ...(crossValidation ? { crossValidation } : {}),
  };
  if (metadata.rejection.byArtifact === undefined) delete metadata.rejection.byArtifact;
  await saveModelDir(options.out, result.model, metadata);
  result.model.dispose();
  log(
    `saved ${options.out}/model.json, weights.bin, metadata.json (${formatSeconds((Date.now() - startedAt) / 1000)} in all)`,
  );
  return metadata;
}

/** When the file says which trials had artefacts (the synthetic demo does), how many rejection caught. */
function artifactCounts(
  prepared: Awaited<ReturnType<typeof prepareTrials>>,
): Record<string, { injected: number; caught: number }> | undefined {
  if (prepared.artifacts.size === 0) return undefined;
  const rejected = new Set(prepared.rejected.map((r) => r.trialId));
  const counts: Record<string, { injected: number; caught: number }> = {};
  for (const [id, kinds] of prepared.artifacts) {
    for (const kind of kinds) {
      counts[kind] ??= { injected: 0, caught: 0 };
      counts[kind].injected++;
      if (rejected.has(id)) counts[kind].caught++;
    }
  }
  return counts;
}

function reportArtifactNotes(prepared: Awaited<ReturnType<typeof prepareTrials>>, log: (line: string) => void): void {
  const counts = artifactCounts(prepared);
  if (!counts) return;
  const cleanRejected = prepared.rejected.filter((r) => !prepared.artifacts.has(r.trialId)).length;
  log(
    `against the file's artefact notes: ${Object.entries(counts)
      .map(([kind, c]) => `${c.caught}/${c.injected} ${kind}`)
      .join(", ")} caught; ` + `${cleanRejected}/${prepared.total - prepared.artifacts.size} clean trials rejected`,
  );
}
