/**
 * The site's one colour scheme, readable with the common colour blindnesses: blue for
 * positive, right and the first series; orange for negative, wrong and the second; never
 * red against green.
 * Tints are light enough that zinc-900 text on them keeps a contrast above 4.5:1.
 */
export const PALETTE = {
  blue: "#1d4ed8",
  orange: "#c2410c",
  grid: "#e4e4e7",
  muted: "#52525b",
  ink: "#18181b",
} as const;

/** A light background for a probability: blue above 0.5, orange below, paler near 0.5 (undecided). */
export function opinionTint(probability: number): string {
  const strength = Math.abs(probability - 0.5) * 2;
  return `hsl(${probability >= 0.5 ? 215 : 30} 90% ${96 - strength * 30}%)`;
}

/** A light background for a value in [-1, 1]: blue above zero, orange below, stronger for larger ones. */
export function signedTint(x: number): string {
  const strength = Math.min(1, Math.abs(x));
  return `hsl(${x >= 0 ? 215 : 30} 90% ${96 - strength * 30}%)`;
}
