import { formatInteger } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import type { ModelConfig } from "@/lib/model-config";
import { parameterCounts } from "@/lib/parameter-counts";
import type { Language } from "@/lib/site";
import { ScrollRegion } from "../scroll-region";

/** Embedding -> LSTM -> Dense with output shapes and parameter counts computed from the config. */
export function ArchitectureTable({ config, language }: { config: ModelConfig; language: Language }) {
  const t = dictionary(language).architecture;
  const layers = parameterCounts(config);
  const total = layers.reduce((sum, layer) => sum + layer.parameters, 0);
  return (
    <ScrollRegion label={t.label}>
      <table data-testid="architecture" className="min-w-[34rem]">
        <thead>
          <tr>
            {t.head.map((cell) => (
              <th key={cell}>{cell}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layers.map((layer) => (
            <tr key={layer.name}>
              <td>
                <code>{layer.name}</code>
              </td>
              <td>{layer.kind}</td>
              <td className="font-mono whitespace-nowrap">({layer.outputShape.map((d) => d ?? "None").join(", ")})</td>
              <td className="font-mono">{formatInteger(layer.parameters, language)}</td>
              <td className="font-mono whitespace-nowrap">{layer.formula}</td>
            </tr>
          ))}
          <tr>
            <th colSpan={3}>{t.total}</th>
            <th className="font-mono" data-testid="total-parameters">
              {formatInteger(total, language)}
            </th>
            <th />
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
