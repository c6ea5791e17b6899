import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its content (a wide table, a long command) is wider
 * than the column. Focusable and named, so keyboard users can reach and scroll it too.
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-700 ${className}`}
    >
      {children}
    </section>
  );
}
