/**
 * The widgets' colour-blind-safe palette: blue for positive, orange for negative (never
 * red/green), and a pale background scale between them for values in [0, 1].
 */
export const POSITIVE = "#1d4ed8"; // blue-700
export const NEGATIVE = "#c2410c"; // orange-700
export const NEUTRAL = "#71717a"; // zinc-500

/** Background for a probability: orange below 0.5, blue above, paler near 0.5. */
export function probabilityBackground(probability: number): string {
  const strength = Math.min(1, Math.abs(probability - 0.5) * 2);
  return probability < 0.5 ? `rgba(194, 65, 12, ${(0.08 + 0.45 * strength).toFixed(3)})` : `rgba(29, 78, 216, ${(0.08 + 0.45 * strength).toFixed(3)})`;
}

/** Background for a signed value scaled to [-1, 1]: orange for negative, blue for positive. */
export function signedBackground(value: number): string {
  const strength = Math.min(1, Math.abs(value));
  return value < 0 ? `rgba(194, 65, 12, ${(0.04 + 0.7 * strength).toFixed(3)})` : `rgba(29, 78, 216, ${(0.04 + 0.7 * strength).toFixed(3)})`;
}
