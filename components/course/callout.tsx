import type { ReactNode } from "react";

const KINDS = {
  note: "border-sky-300 bg-sky-50",
  warning: "border-amber-300 bg-amber-50",
} as const;

/** A boxed aside: a note or a caveat. */
export function Callout({
  kind = "note",
  title,
  children,
}: {
  kind?: keyof typeof KINDS;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`my-6 rounded-lg border-l-4 px-4 py-1 ${KINDS[kind]}`}>
      {title && <p className="mb-0 font-semibold">{title}</p>}
      {children}
    </aside>
  );
}
