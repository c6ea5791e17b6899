import { memo } from "react";
import { formatPercent } from "@/lib/format";
import type { CapabilityResult } from "@/lib/metadata";
import { useBoxStrings } from "./box-strings";
import { EXAMPLE_REVIEWS, type ExampleKind } from "./example-reviews";

/** The behaviour-suite capability (scripts/lib/imdb/behaviour-suite.ts) each example shows; null: none measures it. */
const MEASURED_BY: Record<ExampleKind, string | null> = {
  positive: "short positive",
  negative: "short negative",
  negation: "negated positive",
  notBad: "negated negative",
  sarcasm: null,
  mixed: "contrast with but",
};

/**
 * The example reviews that fill the box with one click, and, for the one in the box, what to
 * notice: the rate at which the model passes the behaviour suite's cases of that kind, from
 * its metadata (the model card shows the same table).
 */
export const ExampleChips = memo(function ExampleChips({
  value,
  onChange,
  behaviour,
}: {
  value: string;
  onChange: (text: string) => void;
  behaviour: readonly CapabilityResult[] | undefined;
}) {
  const { language, t } = useBoxStrings();
  const chosen = EXAMPLE_REVIEWS.find((example) => example.text === value);
  const result = chosen && behaviour?.find((row) => row.capability === MEASURED_BY[chosen.kind]);
  // For "not bad", the suite's target counts cases not called negative (README, behaviour suite).
  const passed = result && (chosen?.kind === "notBad" ? (result.notNegative ?? result.passed) : result.passed);
  const rate = result && passed !== undefined ? formatPercent(passed / result.total, 0, language) : null;
  return (
    <div className="space-y-2">
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form section: a fieldset's legend and border do not fit */}
      <div role="group" aria-label={t.box.examplesLabel} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600">{t.box.examplesLabel}</span>
        {EXAMPLE_REVIEWS.map((example) => (
          <button
            key={example.kind}
            type="button"
            onClick={() => onChange(example.text)}
            aria-pressed={value === example.text}
            data-example={example.kind}
            className="rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 aria-pressed:border-blue-700 aria-pressed:bg-blue-50"
          >
            {t.box.examples[example.kind]}
          </button>
        ))}
      </div>
      {chosen && (chosen.kind === "sarcasm" || rate !== null) && (
        <p className="text-sm text-zinc-700" data-notice={chosen.kind}>
          {t.box.notice[chosen.kind](rate ?? "")}
        </p>
      )}
    </div>
  );
});
