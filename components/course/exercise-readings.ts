/**
 * What each shipped model says about the course's exercises, so an exercise's explanation
 * is computed from the model the learner is looking at, never typed in for one of them.
 * The pages read both models while the site is built (build-predictor.ts); a browser test
 * recomputes the same readings from public/models/<name>/ (e2e/exercise-answers.spec.ts).
 */
import type { ModelName } from "@/lib/model-folder";
import type { Predictor } from "@/lib/predictor";
import type { OrderReading } from "./order-example";

/** A review of invented words, each outside any vocabulary the models keep (all read as the OOV index). */
export const INVENTED_REVIEW = "Flimbo grazzle wumpish.";

/** One short positive word, and the same sentence five times. */
export const REPEATED_WORD = { once: "Good.", fiveTimes: "Good. Good. Good. Good. Good." };

/**
 * Below this distance in P(positive) two readings count as "almost the same": the step
 * the exercises' sliders take is 0.05, so 0.1 is two notches.
 */
export const ALMOST_SAME = 0.1;

/** Below this change in the logit one word "moves it only a little" (a logit of 1 is P 0.73 from 0.5). */
export const SMALL_LOGIT_STEP = 1;

export interface UnknownWordsReading {
  model: ModelName;
  /** P(positive) of the empty review, and of the invented words. */
  empty: number;
  invented: number;
  /** Whether every invented word became the out-of-vocabulary index in this model. */
  allUnknown: boolean;
}

export function unknownWordsReading(model: ModelName, predictor: Predictor): UnknownWordsReading {
  const invented = predictor.read(INVENTED_REVIEW);
  return {
    model,
    empty: predictor.read("").probability,
    invented: invented.probability,
    allUnknown: invented.tokens.filter((token) => token.word !== "<start>").every((token) => token.outOfVocabulary),
  };
}

/** Unknown words carry almost no opinion when they leave P(positive) near the empty review's. */
export function unknownWordsNeutral(r: UnknownWordsReading): boolean {
  return Math.abs(r.invented - r.empty) < ALMOST_SAME;
}

export interface LogitReading {
  logit: number;
  probability: number;
}

export interface RepetitionReading {
  model: ModelName;
  empty: LogitReading;
  once: LogitReading;
  fiveTimes: LogitReading;
}

export function repetitionReading(model: ModelName, predictor: Predictor): RepetitionReading {
  const read = (text: string): LogitReading => {
    const { logit, probability } = predictor.read(text);
    return { logit, probability };
  };
  return { model, empty: read(""), once: read(REPEATED_WORD.once), fiveTimes: read(REPEATED_WORD.fiveTimes) };
}

/** Whether one "Good." moves the logit less than SMALL_LOGIT_STEP from the empty review's. */
export function oneWordMovesLittle(r: RepetitionReading): boolean {
  return Math.abs(r.once.logit - r.empty.logit) < SMALL_LOGIT_STEP;
}

/** How the order example reads: the praise last weighs more, the praise first, or neither. */
export function orderEffect(r: OrderReading): "lastWeighsMore" | "firstWeighsMore" | "hardlyMatters" {
  if (Math.abs(r.praiseLast - r.praiseFirst) < ALMOST_SAME) return "hardlyMatters";
  return r.praiseLast > r.praiseFirst ? "lastWeighsMore" : "firstWeighsMore";
}

/** One explanation per model that has a reading (a model absent from this build has none). */
export function explainEach<R>(
  readings: Partial<Record<ModelName, R>>,
  explain: (reading: R) => string,
): Partial<Record<ModelName, string>> {
  return Object.fromEntries(
    Object.entries(readings).map(([model, reading]) => [model, explain(reading as R)]),
  ) as Partial<Record<ModelName, string>>;
}
