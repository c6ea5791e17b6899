import Link from "next/link";
import { wordSpace } from "@/lib/format";
import { dictionary } from "@/lib/i18n/dictionary";
import { MODEL_NAMES, type ModelName } from "@/lib/model-folder";
import { type Language, localePath } from "@/lib/site";

/** The model card's section for a model (components/model-card/model-card-section.tsx). */
export function modelCardHref(language: Language, name: ModelName): string {
  return `${localePath(language, "/model")}#model-${name}`;
}

/**
 * Which model a widget runs, linked to its model card section, and buttons that switch it
 * to the other shipped model: the tutorial's (which the course explains) or the box's.
 */
export function ModelSwitch({
  language,
  model,
  onChange,
}: {
  language: Language;
  model: ModelName;
  /** Absent: the widget only names its model. */
  onChange?: (model: ModelName) => void;
}) {
  const t = dictionary(language).widget;
  return (
    <p className="mt-0 mb-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-600">
      <span>
        {t.model}
        {wordSpace(language)}
        <Link href={modelCardHref(language, model)} data-testid="widget-model" data-model={model}>
          {t.models[model]}
        </Link>
      </span>
      {onChange &&
        MODEL_NAMES.filter((name) => name !== model).map((name) => (
          <button
            key={name}
            type="button"
            onClick={() => onChange(name)}
            data-testid="widget-model-switch"
            className="rounded border border-zinc-300 px-2 py-0.5 text-zinc-800 hover:border-zinc-500"
          >
            {t.switchLabel}
            {wordSpace(language)}
            {t.models[name]}
          </button>
        ))}
    </p>
  );
}
