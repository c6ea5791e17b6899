/**
 * Figures keep their text readable at any width: an SVG is drawn at a scale of its CSS
 * width over its viewBox width, so a 10-unit label in a 600-unit figure squeezed into a
 * 340 px phone column is 5.7 px. Instead of shrinking below the scale where its smallest
 * text is 11 px, a figure keeps that width and scrolls sideways (components/scroll-region.tsx).
 */

/** The smallest text a figure may show, in CSS pixels. */
export const SMALLEST_TEXT_PX = 11;

/** The CSS width, in px, below which an SVG `viewBoxWidth` wide would show `smallestFont` text under 11 px. */
export function readableMinWidth(viewBoxWidth: number, smallestFont: number): number {
  return Math.ceil((viewBoxWidth * SMALLEST_TEXT_PX) / smallestFont);
}
