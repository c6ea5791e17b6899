"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A box that scrolls sideways when its content (a wide table, a long command, a figure kept
 * at a readable scale) is wider than the column. Where scroll bars are hidden (phones, macOS)
 * nothing would say so: while more lies to the right, a fading edge and an arrow show it.
 * Named and focusable when `label` is given, so keyboard users can reach and scroll it.
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLElement | null>(null);
  // null until measured in the browser: the server cannot know the column's width.
  const [more, setMore] = useState<boolean | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 2);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, []);
  const cue = more && (
    <span
      aria-hidden
      data-scroll-cue
      className="pointer-events-none absolute inset-y-0 right-0 flex w-10 items-center justify-end bg-gradient-to-l from-white via-white/80 to-transparent pr-1 text-lg text-zinc-700"
    >
      →
    </span>
  );
  const scroller = `overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-700 ${className}`;
  return (
    <div className="relative">
      {label ? (
        <section
          ref={box}
          aria-label={label}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          className={scroller}
          data-scroll-region
          data-scrolls={more || undefined}
          data-scroll-measured={more !== null || undefined}
        >
          {children}
        </section>
      ) : (
        <div
          ref={(element) => {
            box.current = element;
          }}
          tabIndex={more ? 0 : undefined}
          className={scroller}
          data-scroll-region
          data-scrolls={more || undefined}
          data-scroll-measured={more !== null || undefined}
        >
          {children}
        </div>
      )}
      {cue}
    </div>
  );
}
