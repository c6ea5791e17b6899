import { memo, useId } from "react";
import { useBoxStrings } from "./box-strings";
import { LearnLink } from "./learn-link";

/** The switch that also reads the review with the tutorial's model (downloaded only when switched on). */
export const CompareSwitch = memo(function CompareSwitch({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const strings = useBoxStrings().t.box;
  const id = useId();
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
      <label htmlFor={id} className="flex items-center gap-2 font-medium">
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={checked}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          className="h-4 w-4 accent-blue-700"
          data-compare-switch
        />
        {strings.compareLabel}
      </label>
      <span className="text-zinc-600">{strings.compareHint}</span>
      <LearnLink slug="tutorial-recipe">{strings.compareLink}</LearnLink>
    </div>
  );
});
