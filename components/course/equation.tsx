import type { ReactNode } from "react";

/**
 * A displayed formula in plain HTML: <var> for variables, <sub>/<sup>, and <Frac>.
 * `label` is read out instead of the symbols by screen readers.
 */
export function Equation({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="math"
      aria-label={label}
      className="my-6 overflow-x-auto py-1 text-center font-serif text-lg leading-loose whitespace-nowrap [&_var]:italic"
    >
      {children}
    </div>
  );
}

/** A stacked fraction inside an Equation. */
export function Frac({ top, bottom }: { top: ReactNode; bottom: ReactNode }) {
  return (
    <span className="mx-1 inline-flex flex-col items-center align-middle text-base leading-snug">
      <span className="border-b border-current px-1">{top}</span>
      <span className="px-1">{bottom}</span>
    </span>
  );
}
