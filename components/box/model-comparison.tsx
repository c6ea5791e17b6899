import { memo } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import type { ModelName } from "@/lib/model-hosting";
import type { Reading } from "@/lib/predictor";
import { verdictOf } from "@/lib/verdict";
import { useBoxStrings } from "./box-strings";
import type { ModelSummary } from "./model-messages";

export interface ModelReading {
  name: ModelName;
  reading: Reading;
  summary: ModelSummary;
}

/** One row per model: its honest verdict, P(positive) and the share of words it does not know. */
export const ModelComparison = memo(function ModelComparison({ readings }: { readings: ModelReading[] }) {
  const { language, t } = useBoxStrings();
  const strings = t.box;
  return (
    <table className="w-full border-collapse text-left text-sm" data-comparison>
      <caption className="mb-2 text-left text-xl font-semibold">{strings.compareHeading}</caption>
      <thead>
        <tr className="border-b border-zinc-300">
          {strings.compareHead.map((head) => (
            <th key={head} scope="col" className="py-1 pr-3 font-medium">
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {readings.map(({ name, reading, summary }) => {
          const verdict = verdictOf(reading, summary.unsureBand);
          return (
            <tr
              key={name}
              className="border-b border-zinc-200"
              data-model={name}
              data-model-verdict={verdict.kind}
              data-model-probability={reading.probability}
            >
              <th scope="row" className="py-1 pr-3 font-normal">
                {strings.modelNames[name]}
              </th>
              <td className="py-1 pr-3">
                {verdict.kind === "empty" || verdict.kind === "no-known-words"
                  ? strings.noVerdict
                  : strings[verdict.kind]}
              </td>
              <td className="py-1 pr-3 font-mono">
                {formatNumber(reading.probability, language, { minimumFractionDigits: 4, maximumFractionDigits: 4 })}
              </td>
              <td className="py-1 pr-3">{formatPercent(verdict.unknownShare, 0, language)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
