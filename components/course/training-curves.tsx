import { formatDuration } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { EpochRecord } from "@/lib/metadata";
import type { Language } from "@/lib/site";
import { LineChart, type Series } from "../line-chart";
import { NEGATIVE, PALETTE, POSITIVE } from "../palette";
import { DataTable } from "./data-table";

/**
 * Loss and accuracy per epoch from metadata.json's history, as charts and as a table. With
 * several validation sets the recorded validation figures are their mean, so the curve is
 * named as such and the held-out reviews' own figures ("validation") are drawn beside it.
 */
export function TrainingCurves({ history, language }: { history: readonly EpochRecord[]; language: Language }) {
  const t = dictionary(language).curves;
  const hasValidation = history.some((h) => h.valLoss !== undefined);
  const sets = Math.max(0, ...history.map((h) => h.validationSets?.length ?? 0));
  const heldOut = sets > 1 ? history.map((h) => h.validationSets?.find((set) => set.name === "validation")) : null;
  const validationName = sets > 1 ? t.validationMean(sets) : t.validation;
  const series = (key: "loss" | "accuracy", valKey: "valLoss" | "valAccuracy"): Series[] => [
    { name: t.train, values: history.map((h) => h[key]), color: POSITIVE },
    ...(hasValidation
      ? [{ name: validationName, values: history.map((h) => h[valKey] ?? NaN), color: NEGATIVE, dashed: true }]
      : []),
    ...(heldOut
      ? [{ name: t.heldOut, values: heldOut.map((set) => set?.[key] ?? NaN), color: PALETTE.muted, dashed: true }]
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
  const maxLoss = Math.max(
    ...history.flatMap((h) => [h.loss, h.valLoss ?? 0, ...(h.validationSets ?? []).map((s) => s.loss)]),
  );
  const minAccuracy = Math.min(
    ...history.flatMap((h) => [h.accuracy, h.valAccuracy ?? 1, ...(h.validationSets ?? []).map((s) => s.accuracy)]),
  );
  return (
    <div className="my-6">
      {hasValidation && (
        // The legend sits right above the two charts it explains, one entry per line drawn.
        <p className="mb-2 flex flex-wrap gap-x-5 text-sm text-zinc-700" data-curves-legend>
          {series("loss", "valLoss").map((line) => (
            <span key={line.name} className="inline-flex items-center gap-2">
              <svg width="28" height="6" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="3"
                  y2="3"
                  stroke={line.color}
                  strokeWidth="2"
                  strokeDasharray={line.dashed ? "5 4" : undefined}
                />
              </svg>
              {line.name}
            </span>
          ))}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {chart(t.loss, series("loss", "valLoss"), [0, Math.max(0.8, Math.ceil(maxLoss * 10) / 10)])}
        {chart(t.accuracy, series("accuracy", "valAccuracy"), [Math.min(0.5, Math.floor(minAccuracy * 10) / 10), 1])}
      </div>
      <DataTable
        label={t.table}
        testId="training-history"
        className="min-w-[28rem] [&_td]:whitespace-nowrap"
        head={[
          t.epoch,
          t.loss,
          t.accuracy,
          ...(hasValidation
            ? sets > 1
              ? [`${validationName}: ${t.loss}`, `${validationName}: ${t.accuracy}`]
              : [t.validationOf(t.loss), t.validationOf(t.accuracy)]
            : []),
          ...(heldOut ? [`${t.heldOut}: ${t.loss}`, `${t.heldOut}: ${t.accuracy}`] : []),
          t.seconds,
        ]}
        rows={history.map((h, i) => ({
          key: h.epoch,
          cells: [
            h.epoch,
            h.loss.toFixed(4),
            h.accuracy.toFixed(4),
            ...(hasValidation ? [h.valLoss?.toFixed(4) ?? "–", h.valAccuracy?.toFixed(4) ?? "–"] : []),
            ...(heldOut ? [heldOut[i]?.loss.toFixed(4) ?? "–", heldOut[i]?.accuracy.toFixed(4) ?? "–"] : []),
            formatDuration(h.seconds, language),
          ],
        }))}
      />
    </div>
  );
}
