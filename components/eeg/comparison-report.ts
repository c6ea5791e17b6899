/**
 * The committed comparison runs (public/eeg-comparison/<evaluation>.json), read on the
 * server when the EEG page is built, so the page shows the run's own numbers and command.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cache } from "react";
import { type ComparisonReport, type EvaluationScheme, parseComparisonReport } from "@/lib/eeg/comparison";

export const COMPARISON_FOLDER = "eeg-comparison";

/** The report of `evaluation` on PhysioNet, or null when that run has not been committed. */
export const readComparisonReport = cache(
  async (evaluation: EvaluationScheme): Promise<ComparisonReport | null> => readComparisonFile(`${evaluation}.json`),
);

/** A committed report by file name (e.g. `eeglab-sample-within-subject.json`), checked against its schema, or null when absent. */
export const readComparisonFile = cache(async (file: string): Promise<ComparisonReport | null> => {
  const path = join(process.cwd(), "public", COMPARISON_FOLDER, file);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return parseComparisonReport(value, path);
});

/** The command that made `report`, as one would type it. */
export function commandLine(report: ComparisonReport): string {
  const quoted = report.command.map((arg) => (/^[\w./,=:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`));
  return `npm run train-sequences -- ${quoted.join(" ")}`;
}
