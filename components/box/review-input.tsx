import { memo, useId } from "react";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Language } from "@/lib/site";
import { EXAMPLE_REVIEWS } from "./example-reviews";

/** The review text box and the example reviews that fill it with one click. */
export const ReviewInput = memo(function ReviewInput({
  language,
  value,
  onChange,
}: {
  language: Language;
  value: string;
  onChange: (text: string) => void;
}) {
  const strings = dictionary(language).box;
  const id = useId();
  return (
    <div className="space-y-3">
      <label htmlFor={id} className="block font-medium">
        {strings.inputLabel}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={strings.placeholder}
        rows={6}
        spellCheck={false}
        className="w-full rounded-md border border-zinc-300 p-3 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30"
      />
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form section: a fieldset's legend and border do not fit */}
      <div role="group" aria-label={strings.examplesLabel} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600">{strings.examplesLabel}</span>
        {EXAMPLE_REVIEWS.map((example) => (
          <button
            key={example.kind}
            type="button"
            onClick={() => onChange(example.text)}
            aria-pressed={value === example.text}
            className="rounded-full border border-zinc-300 px-3 py-1 hover:bg-zinc-100 aria-pressed:border-blue-700 aria-pressed:bg-blue-50"
          >
            {strings.examples[example.kind]}
          </button>
        ))}
      </div>
    </div>
  );
});
