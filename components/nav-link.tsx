"use client";
import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";
import { usePrefetchAllowed } from "./box/first-verdict";

/**
 * A header link, marked as the current section when the page below the language
 * layout starts with `segment` ("learn" for /learn and /learn/lstm). It reads the
 * route's segment, not the URL, so the server and the browser agree under the rewrites.
 */
export function NavLink({ href, segment, children }: { href: string; segment: string; children: ReactNode }) {
  const current = useSelectedLayoutSegment() === segment;
  return (
    <Link
      // Off while the home page's box loads its model (./box/first-verdict.ts); Next.js's default after.
      prefetch={usePrefetchAllowed() ? null : false}
      href={href}
      aria-current={current ? "page" : undefined}
      className={current ? "font-medium text-emerald-800" : "text-zinc-600 hover:text-zinc-900"}
    >
      {children}
    </Link>
  );
}
