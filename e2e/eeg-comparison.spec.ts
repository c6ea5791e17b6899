/**
 * The EEG page's real-data section in a real browser: both comparison tables carry the
 * numbers of the committed reports (public/eeg-comparison/), the band-power picture is
 * drawn, and the commands shown are the ones the reports recorded, in both languages.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { COMPARED_MODELS, type ComparisonReport, type EvaluationScheme } from "../lib/eeg/comparison";
import { LANGUAGES, learnPath } from "../lib/site";

const EVALUATIONS: EvaluationScheme[] = ["within-subject", "across-subjects"];
const report = (evaluation: EvaluationScheme) =>
  JSON.parse(readFileSync(`public/eeg-comparison/${evaluation}.json`, "utf8")) as ComparisonReport;
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const interval = (value: number, range: [number, number]) =>
  `${percent(value)} [${percent(range[0])}, ${percent(range[1])}]`;

for (const language of LANGUAGES) {
  test(`EEG page (${language}): both comparison tables and commands come from the committed reports`, async ({
    page,
  }) => {
    await page.goto(learnPath(language, "your-own-sequences"));
    for (const evaluation of EVALUATIONS) {
      const r = report(evaluation);
      const rows = page.getByTestId(`eeg-comparison-${evaluation}`).locator("tbody tr");
      // a row per subject, then pooled and the mean over subjects
      await expect(rows).toHaveCount(r.dataset.subjects.length + 2);
      for (const [i, subject] of r.dataset.subjects.entries()) {
        await expect(rows.nth(i)).toContainText(subject);
        for (const model of COMPARED_MODELS) {
          const { value, interval: range } = r.models[model]!.perSubject[i].accuracy;
          await expect(rows.nth(i)).toContainText(interval(value, range));
        }
      }
      const mean = rows.nth(r.dataset.subjects.length + 1);
      for (const model of COMPARED_MODELS) {
        const { mean: value, interval: range } = r.models[model]!.meanOverSubjects;
        await expect(mean).toContainText(interval(value, range));
      }
      await expect(page.locator("pre code").filter({ hasText: `--evaluate ${evaluation}` })).toContainText(
        `npm run train-sequences -- ${r.command.join(" ")}`,
      );
    }
    const within = report("within-subject");
    // one chart per example trial, one line per CSP component
    const charts = page.locator('svg[role="img"]').filter({ hasText: within.examples[0].id });
    await expect(charts).toHaveCount(1);
    await expect(charts.locator("polyline")).toHaveCount(within.settings.cspComponents);
  });
}
