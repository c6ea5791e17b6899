/**
 * The site's one colour scheme, readable with the common colour blindnesses: blue for
 * positive, right and the first series; orange for negative, wrong and the second; never
 * red against green. Backgrounds stay light enough that zinc-900 text on them keeps a
 * contrast above 4.5:1 (WCAG AA).
 */
export const POSITIVE = "#1d4ed8"; // blue-700
export const NEGATIVE = "#c2410c"; // orange-700

/** Chart furniture: grid lines, axis text, headings. */
export const PALETTE = { grid: "#e4e4e7", muted: "#52525b", ink: "#18181b" } as const;

/** A light background for a value in [-1, 1]: blue above zero, orange below, stronger for larger ones. */
export function signedBackground(value: number): string {
  const strength = Math.min(1, Math.abs(value));
  return `hsl(${value >= 0 ? 221 : 21} 85% ${96 - strength * 30}%)`;
}

/** A light background for a probability: blue above 0.5, orange below, paler near 0.5 (undecided). */
export function probabilityBackground(probability: number): string {
  return signedBackground((probability - 0.5) * 2);
}
