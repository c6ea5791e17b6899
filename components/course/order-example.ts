/**
 * One complaint and one praise, read in both orders by the shipped models while the site is
 * built (readOrder in build-predictor.ts): the lstm and evaluation pages quote these
 * numbers, never typed-in ones, and a browser test recomputes them (e2e/course-claims.spec.ts).
 */
import type { ModelName } from "@/lib/model-hosting";
import type { Predictor } from "@/lib/predictor";

export const ORDER_EXAMPLE = {
  complaint: "The story was dull and the jokes fell flat.",
  praise: "The cast was wonderful and I loved the ending.",
};

export interface OrderReading {
  model: ModelName;
  /** P(positive) with the praise last, and with it first. */
  praiseLast: number;
  praiseFirst: number;
}

/** The two texts, praise last first. */
export function orderTexts(): [string, string] {
  const { complaint, praise } = ORDER_EXAMPLE;
  return [`${complaint} ${praise}`, `${praise} ${complaint}`];
}

/** Both orders under one model. */
export function orderReading(model: ModelName, predictor: Predictor): OrderReading {
  const [last, first] = orderTexts().map((text) => predictor.read(text).probability);
  return { model, praiseLast: last, praiseFirst: first };
}

/** Whether the order alone flips the verdict at 0.5 (praise last positive, praise first negative). */
export function orderFlips(reading: OrderReading): boolean {
  return reading.praiseLast >= 0.5 && reading.praiseFirst < 0.5;
}
