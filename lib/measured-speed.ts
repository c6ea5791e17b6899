/**
 * Speed as the benches measured it on the machine that ran them, saved for the model card:
 * `npm run bench -- --save` writes the first verdict's figures, `npm run bench:train -- --save`
 * the training epoch's, each with its targets (issue 27) and the command that measured it.
 * They describe that machine on that day, not the model: the card says so beside them.
 */
import * as v from "valibot";
import { parseWith } from "./schema-check";

/** The saved files, under `public/`. */
export const MEASURED_FILES = {
  firstVerdict: "measured/first-verdict.json",
  training: "measured/training-speed.json",
} as const;

const Milliseconds = v.pipe(v.number(), v.minValue(0));

const MachineSchema = v.strictObject({
  cores: v.pipe(v.number(), v.integer(), v.minValue(1)),
  cpuModel: v.string(),
  /** 1-minute load average: at each cold load's start (bench), at the start (bench:train). */
  loadAverages: v.array(v.pipe(v.number(), v.minValue(0))),
});

const CommonFields = {
  measuredAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The command that measured it, as typed. */
  command: v.string(),
  machine: MachineSchema,
};

/** `npm run bench`: cold loads of the home page to the first verdict. */
const FirstVerdictSpeedSchema = v.strictObject({
  ...CommonFields,
  asIs: v.strictObject({ loadsMs: v.array(Milliseconds), p50Ms: Milliseconds }),
  slowed: v.nullable(v.strictObject({ cpuSlowdown: v.number(), loadsMs: v.array(Milliseconds), p50Ms: Milliseconds })),
  /** The most any load received before its verdict: headers and encoded bodies. */
  bytesBeforeVerdict: v.pipe(v.number(), v.minValue(0)),
  fast50WordsP50Ms: Milliseconds,
  targets: v.strictObject({
    firstVerdictMs: Milliseconds,
    quietLoad: v.number(),
    slowedFirstVerdictMs: Milliseconds,
    bytesBeforeVerdict: v.number(),
  }),
});
export type FirstVerdictSpeed = v.InferOutput<typeof FirstVerdictSpeedSchema>;

/** `npm run bench:train`: one epoch of the tutorial recipe with the fast LSTM, extrapolated from sampled batches. */
const TrainingSpeedSchema = v.strictObject({
  ...CommonFields,
  backend: v.string(),
  epochCpuMinutes: v.pipe(v.number(), v.minValue(0)),
  epochWallMinutes: v.pipe(v.number(), v.minValue(0)),
  /** The epoch's LSTM multiply-adds at the measured matMul rate, in CPU minutes, and the epoch's share of it. */
  floorCpuMinutes: v.pipe(v.number(), v.minValue(0)),
  floorShare: v.pipe(v.number(), v.minValue(0)),
  sampledBatches: v.pipe(v.number(), v.integer(), v.minValue(1)),
  batchesInEpoch: v.pipe(v.number(), v.integer(), v.minValue(1)),
  targets: v.strictObject({ epochMinutes: v.number(), stretchEpochMinutes: v.number(), floorShare: v.number() }),
});
export type TrainingSpeed = v.InferOutput<typeof TrainingSpeedSchema>;

export const parseFirstVerdictSpeed = (value: unknown, where: string): FirstVerdictSpeed =>
  parseWith(FirstVerdictSpeedSchema, value, where);

export const parseTrainingSpeed = (value: unknown, where: string): TrainingSpeed =>
  parseWith(TrainingSpeedSchema, value, where);
