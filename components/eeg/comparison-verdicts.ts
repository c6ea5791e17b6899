/**
 * What a comparison report supports, as plain comparisons of its numbers, so the page's
 * sentences in both languages follow from the run and cannot claim more than the
 * intervals do.
 */
import type { ComparedModel, ComparisonReport } from "@/lib/eeg/comparison";

export interface Facts {
  /** Models (by display name) whose mean over subjects has its whole 95% interval above chance. */
  aboveChance: string[];
  /** Models whose pooled accuracy (all trials) has its whole Wilson interval above chance. */
  pooledAboveChance: string[];
  /** Subjects for whom CSP + LDA's Wilson interval lies wholly above chance. */
  cspSubjectsAbove: string[];
  /** The raw-voltage LSTM's mean interval reaches down to chance. */
  rawIncludesChance: boolean;
  /** Means over subjects, null when the model was not run. */
  bandPowerMean: number | null;
  cspMean: number | null;
}

export function factsOf(report: ComparisonReport, names: Record<ComparedModel, string>): Facts {
  const models = report.models;
  const mean = (m: ComparedModel) => models[m]?.meanOverSubjects.mean ?? null;
  return {
    aboveChance: (Object.keys(models) as ComparedModel[])
      .filter((m) => models[m]!.meanOverSubjects.interval[0] > report.chance)
      .map((m) => names[m]),
    pooledAboveChance: (Object.keys(models) as ComparedModel[])
      .filter((m) => models[m]!.accuracy.interval[0] > report.chance)
      .map((m) => names[m]),
    cspSubjectsAbove: (models["csp-lda"]?.perSubject ?? [])
      .filter((row) => row.accuracy.interval[0] > report.chance)
      .map((row) => row.subject),
    rawIncludesChance: (models["lstm-raw"]?.meanOverSubjects.interval[0] ?? 0) <= report.chance,
    bandPowerMean: mean("lstm-band-power"),
    cspMean: mean("csp-lda"),
  };
}

/** The band-power LSTM against CSP + LDA: ahead, within 3 points, or behind by more. */
export function compareToCsp(facts: Facts): {
  kind: "ahead" | "close" | "behind";
  lstm: number;
  csp: number;
  difference: number;
} {
  const lstm = facts.bandPowerMean ?? 0,
    csp = facts.cspMean ?? 0;
  const difference = lstm - csp;
  return { kind: difference >= 0 ? "ahead" : difference >= -0.03 ? "close" : "behind", lstm, csp, difference };
}
