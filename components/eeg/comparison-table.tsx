import { ScrollRegion } from "@/components/scroll-region";
import { COMPARED_MODELS, type ComparisonReport } from "@/lib/eeg/comparison";
import { formatPercent } from "@/lib/format";

const percent = (x: number) => formatPercent(x, 1);
/** "62.2% [47.6%, 74.9%]". */
export const withInterval = (p: { value: number; interval: [number, number] }) =>
  `${percent(p.value)} [${percent(p.interval[0])}, ${percent(p.interval[1])}]`;

export interface ComparisonTableText {
  label: string;
  subject: string;
  models: Record<(typeof COMPARED_MODELS)[number], string>;
  pooled: string;
  mean: string;
}

/** One evaluation's table: a row per subject, a column per model, then all trials pooled and the mean over subjects. */
export function ComparisonTable({
  report,
  text,
  testId = `eeg-comparison-${report.evaluation}`,
}: {
  report: ComparisonReport;
  text: ComparisonTableText;
  /** Defaults to eeg-comparison-<evaluation>; another dataset's table needs its own. */
  testId?: string;
}) {
  const models = COMPARED_MODELS.filter((m) => report.models[m]);
  return (
    <ScrollRegion label={text.label}>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th>{text.subject}</th>
            {models.map((m) => (
              <th key={m}>{text.models[m]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.dataset.subjects.map((subject, i) => (
            <tr key={subject}>
              <td>{subject}</td>
              {models.map((m) => (
                <td key={m} className="whitespace-nowrap">
                  {withInterval(report.models[m]!.perSubject[i].accuracy)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{text.pooled}</th>
            {models.map((m) => (
              <td key={m} className="whitespace-nowrap">
                {withInterval(report.models[m]!.accuracy)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{text.mean}</th>
            {models.map((m) => {
              const { mean, interval } = report.models[m]!.meanOverSubjects;
              return (
                <td key={m} className="whitespace-nowrap">
                  {withInterval({ value: mean, interval })}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
