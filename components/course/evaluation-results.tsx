import { useId } from "react";
import { formatInteger, formatPercent } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Evaluation } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { signedBackground } from "../palette";

/** The test results from metadata.json: the confusion matrix as a heat map and the metrics as bars. */
export function EvaluationResults({
  evaluation,
  language,
  items = "reviews",
}: {
  evaluation: Evaluation;
  language: Language;
  items?: "reviews" | "trials";
}) {
  const t = dictionary(language).evaluation;
  // The model card shows two of these; each caption needs its own id.
  const captionId = useId();
  const { truePositive, falseNegative, falsePositive, trueNegative } = evaluation.confusionMatrix;
  // Blue where right, orange where wrong, stronger for a larger share of all reviews: a heat map of where the answers fall.
  const cell = (count: number, correct: boolean, testId: string) => (
    <td
      data-testid={testId}
      className="text-center align-middle font-mono text-lg"
      style={{ background: signedBackground((correct ? 1 : -1) * (0.1 + (0.8 * count) / evaluation.examples)) }}
    >
      {formatInteger(count, language)}
    </td>
  );
  const metrics = [
    ...(["accuracy", "precision", "recall", "f1"] as const).map((key) => ({
      name: t.names[key],
      value: evaluation[key],
      shown: formatPercent(evaluation[key]),
    })),
    { name: t.names.rocAuc, value: evaluation.rocAuc, shown: evaluation.rocAuc.toFixed(4) },
    // Log loss has no upper bound; its bar is drawn against 1.
    { name: t.names.logLoss, value: evaluation.logLoss, shown: evaluation.logLoss.toFixed(4) },
  ];
  return (
    <div className="my-6 grid items-start gap-6 sm:grid-cols-2">
      <table aria-describedby={captionId}>
        <caption id={captionId} className="caption-bottom pt-2 text-left text-sm text-zinc-600">
          {t.caption(formatInteger(evaluation.examples, language), t.items[items])}
        </caption>
        <thead>
          <tr>
            <th />
            <th className="text-center">{t.predicted[0]}</th>
            <th className="text-center">{t.predicted[1]}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>{t.actual[0]}</th>
            {cell(truePositive, true, "true-positive")}
            {cell(falseNegative, false, "false-negative")}
          </tr>
          <tr>
            <th>{t.actual[1]}</th>
            {cell(falsePositive, false, "false-positive")}
            {cell(trueNegative, true, "true-negative")}
          </tr>
        </tbody>
      </table>
      <ul data-testid="test-metrics" className="m-0 list-none space-y-2 p-0">
        {metrics.map(({ name, value, shown }) => (
          <li key={name} className="m-0">
            <span className="flex justify-between text-sm">
              <span>{name}</span>
              <span className="font-mono">{shown}</span>
            </span>
            <span className="block h-2.5 rounded-full bg-zinc-100" aria-hidden>
              <span
                className="block h-2.5 rounded-full bg-blue-700"
                style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
