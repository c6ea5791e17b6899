import { formatDuration } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { EpochRecord } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { LineChart, type Series } from "./line-chart";


/** Loss and accuracy per epoch from metadata.json's history, as charts and as a table. */
export function TrainingCurves({ history, language }: { history: readonly EpochRecord[]; language: Language }) {
  const t = dictionary(language).curves;
  const hasValidation = history.some((h) => h.valLoss !== undefined);
  const series = (key: "loss" | "accuracy", valKey: "valLoss" | "valAccuracy"): Series[] => [
    { name: t.train, values: history.map((h) => h[key]), color: "#047857" },
    ...(hasValidation ? [{ name: t.validation, values: history.map((h) => h[valKey] ?? NaN), color: "#7c3aed", dashed: true }] : []),
  ];
  const maxLoss = Math.max(...history.flatMap((h) => [h.loss, h.valLoss ?? 0]));
  const minAccuracy = Math.min(...history.flatMap((h) => [h.accuracy, h.valAccuracy ?? 1]));
  return (
    <div className="my-6">
      <div className="grid gap-3 sm:grid-cols-2">
        <LineChart title={t.loss} xLabel={t.epoch} series={series("loss", "valLoss")} domain={[0, Math.max(0.8, Math.ceil(maxLoss * 10) / 10)]} format={(v) => v.toFixed(2)} />
        <LineChart title={t.accuracy} xLabel={t.epoch} series={series("accuracy", "valAccuracy")} domain={[Math.min(0.5, Math.floor(minAccuracy * 10) / 10), 1]} format={(v) => v.toFixed(2)} />
      </div>
      <div className="overflow-x-auto">
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
      </div>
      {hasValidation && <p className="text-sm text-zinc-600">— {t.train} · - - {t.validation}</p>}
    </div>
  );
}
