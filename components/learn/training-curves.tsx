import { formatDuration } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { EpochRecord } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { LineChart, type Series } from "../line-chart";
import { NEGATIVE, POSITIVE } from "../palette";
import { ScrollRegion } from "../scroll-region";

/** Loss and accuracy per epoch from metadata.json's history, as charts and as a table. */
export function TrainingCurves({ history, language }: { history: readonly EpochRecord[]; language: Language }) {
  const t = dictionary(language).curves;
  const hasValidation = history.some((h) => h.valLoss !== undefined);
  const series = (key: "loss" | "accuracy", valKey: "valLoss" | "valAccuracy"): Series[] => [
    { name: t.train, values: history.map((h) => h[key]), color: POSITIVE },
    ...(hasValidation
      ? [{ name: t.validation, values: history.map((h) => h[valKey] ?? NaN), color: NEGATIVE, dashed: true }]
      : []),
  ];
  const chart = (title: string, lines: Series[], domain: [number, number]) => (
    <LineChart
      label={title}
      title={title}
      xLabel={t.epoch}
      series={lines}
      domain={domain}
      yTicks={[0, 0.5, 1].map((f) => domain[0] + f * (domain[1] - domain[0]))}
      formatY={(v) => v.toFixed(2)}
      dots
      labels
    />
  );
  const maxLoss = Math.max(...history.flatMap((h) => [h.loss, h.valLoss ?? 0]));
  const minAccuracy = Math.min(...history.flatMap((h) => [h.accuracy, h.valAccuracy ?? 1]));
  return (
    <div className="my-6">
      <div className="grid gap-3 sm:grid-cols-2">
        {chart(t.loss, series("loss", "valLoss"), [0, Math.max(0.8, Math.ceil(maxLoss * 10) / 10)])}
        {chart(t.accuracy, series("accuracy", "valAccuracy"), [Math.min(0.5, Math.floor(minAccuracy * 10) / 10), 1])}
      </div>
      <ScrollRegion label={t.table}>
        <table data-testid="training-history" className="min-w-[28rem]">
          <thead>
            <tr>
              <th>{t.epoch}</th>
              <th>{t.loss}</th>
              <th>{t.accuracy}</th>
              {hasValidation && <th>{t.validationOf(t.loss)}</th>}
              {hasValidation && <th>{t.validationOf(t.accuracy)}</th>}
              <th>{t.seconds}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.epoch}>
                <td>{h.epoch}</td>
                <td>{h.loss.toFixed(4)}</td>
                <td>{h.accuracy.toFixed(4)}</td>
                {hasValidation && <td>{h.valLoss?.toFixed(4) ?? "–"}</td>}
                {hasValidation && <td>{h.valAccuracy?.toFixed(4) ?? "–"}</td>}
                <td>{formatDuration(h.seconds, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {hasValidation && (
        <p className="text-sm text-zinc-600">
          — {t.train} · - - {t.validation}
        </p>
      )}
    </div>
  );
}
