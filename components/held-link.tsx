"use client";
import Link from "next/link";
import type { ComponentProps } from "react";
import { usePrefetchAllowed } from "./box/first-verdict";

/** A Link whose prefetch waits, on the home page, for the box's first verdict (./box/first-verdict.ts). */
export function HeldLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={usePrefetchAllowed() ? null : false} />;
}
