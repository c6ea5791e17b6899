/**
 * The committed comparison runs (public/eeg-comparison/<evaluation>.json), read on the
 * server when the EEG page is built, so the page shows the run's own numbers and command.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cache } from "react";
import { COMPARISON_SCHEMA_VERSION, type ComparisonReport, type EvaluationScheme } from "@/lib/eeg/comparison";

export const COMPARISON_FOLDER = "eeg-comparison";

/** The report of `evaluation`, or null when that run has not been committed. */
export const readComparisonReport = cache(async (evaluation: EvaluationScheme): Promise<ComparisonReport | null> => {
  const path = join(process.cwd(), "public", COMPARISON_FOLDER, `${evaluation}.json`);
  let value: Partial<ComparisonReport>;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (value.kind !== "sequence-comparison" || value.schemaVersion !== COMPARISON_SCHEMA_VERSION)
    throw new Error(`${path}: not a sequence-comparison report of schema version ${COMPARISON_SCHEMA_VERSION}`);
  return value as ComparisonReport;
});

/** The command that made `report`, as one would type it. */
export function commandLine(report: ComparisonReport): string {
  const quoted = report.command.map((arg) => (/^[\w./,=:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`));
  return `npm run train-sequences -- ${quoted.join(" ")}`;
}
