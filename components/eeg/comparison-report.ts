/**
 * The committed comparison runs (public/eeg-comparison/<evaluation>.json), read on the
 * server when the EEG page is built, so the page shows the run's own numbers and command.
 */
import "server-only";
import { join } from "node:path";
import { cache } from "react";
import { readJsonOrNull } from "@/lib/disk-folder";
import { type ComparisonReport, type EvaluationScheme, parseComparisonReport } from "@/lib/eeg/comparison";
import { parseTrajectoryReport, type TrajectoryReport } from "@/lib/eeg/trajectory-report";

export const COMPARISON_FOLDER = "eeg-comparison";

/** The report of `evaluation` on PhysioNet, or null when that run has not been committed. */
export const readComparisonReport = cache(
  async (evaluation: EvaluationScheme): Promise<ComparisonReport | null> => readComparisonFile(`${evaluation}.json`),
);

/** A committed report by file name (e.g. `eeglab-sample-within-subject.json`), checked against its schema, or null when absent. */
export const readComparisonFile = cache(async (file: string): Promise<ComparisonReport | null> => {
  const path = join(process.cwd(), "public", COMPARISON_FOLDER, file);
  const value = await readJsonOrNull(path);
  if (value === null) return null;
  return parseComparisonReport(value, path);
});

/** A committed `train-trajectories` report by file name, or null when absent. */
export const readTrajectoryReport = cache(async (file: string): Promise<TrajectoryReport | null> => {
  const path = join(process.cwd(), "public", COMPARISON_FOLDER, file);
  const value = await readJsonOrNull(path);
  return value === null ? null : parseTrajectoryReport(value, path);
});

/** The command that made `report`, as one would type it. */
export function commandLine(report: ComparisonReport): string {
  const quoted = report.command.map((arg) => (/^[\w./,=:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`));
  return `npm run train-sequences -- ${quoted.join(" ")}`;
}
