import type { ReactNode } from "react";

/** A diagram, chart or widget with its caption below. */
export function Figure({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <figure className="my-8">
      {children}
      <figcaption className="mt-2 text-sm leading-6 text-zinc-600">{caption}</figcaption>
    </figure>
  );
}
