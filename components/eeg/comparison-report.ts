/**
 * The committed comparison runs (public/eeg-comparison/<evaluation>.json), read on the
 * server when the EEG page is built, so the page shows the run's own numbers and command.
 */
import "server-only";
import { join } from "node:path";
import { cache } from "react";
import { readJsonOrNull } from "@/lib/disk-folder";
import { COMPARISON_SCHEMA_VERSION, type ComparisonReport, type EvaluationScheme } from "@/lib/eeg/comparison";
import type { TrajectoryReport } from "@/lib/eeg/trajectory-report";

export const COMPARISON_FOLDER = "eeg-comparison";

/** The report of `evaluation` on PhysioNet, or null when that run has not been committed. */
export const readComparisonReport = cache(
  async (evaluation: EvaluationScheme): Promise<ComparisonReport | null> => readComparisonFile(`${evaluation}.json`),
);

/** A committed report by file name (e.g. `eeglab-sample-within-subject.json`), or null when absent. */
export const readComparisonFile = cache(async (file: string): Promise<ComparisonReport | null> => {
  const path = join(process.cwd(), "public", COMPARISON_FOLDER, file);
  const value = (await readJsonOrNull(path)) as Partial<ComparisonReport> | null;
  if (value === null) return null;
  if (value.kind !== "sequence-comparison" || value.schemaVersion !== COMPARISON_SCHEMA_VERSION)
    throw new Error(`${path}: not a sequence-comparison report of schema version ${COMPARISON_SCHEMA_VERSION}`);
  return value as ComparisonReport;
});

/** A committed `train-trajectories` report by file name, or null when absent. */
export const readTrajectoryReport = cache(async (file: string): Promise<TrajectoryReport | null> => {
  const path = join(process.cwd(), "public", COMPARISON_FOLDER, file);
  const value = (await readJsonOrNull(path)) as Partial<TrajectoryReport> | null;
  if (value === null) return null;
  if (value.kind !== "trajectory-comparison") throw new Error(`${path}: not a trajectory-comparison report`);
  return value as TrajectoryReport;
});

/** The command that made `report`, as one would type it. */
export function commandLine(report: ComparisonReport): string {
  const quoted = report.command.map((arg) => (/^[\w./,=:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`));
  return `npm run train-sequences -- ${quoted.join(" ")}`;
}
