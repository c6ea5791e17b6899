/**
 * The exercises whose explanation is about the model itself (vocabulary, sigmoid-output, lstm)
 * say what the model the learner is looking at does: the test switches each exercise to the
 * other model and checks the answers and the explanation against that model's own numbers,
 * recomputed here from public/models/<name>/ by the same code (components/course/exercise-readings.ts).
 * The epochs page's validation curve is checked the same way: with several validation sets it
 * is their mean, and the held-out reviews' own figures (history[].validationSets) are quoted.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  INVENTED_REVIEW,
  oneWordMovesLittle,
  orderEffect,
  REPEATED_WORD,
  repetitionReading,
  unknownWordsNeutral,
  unknownWordsReading,
} from "../components/course/exercise-readings";
import { orderReading, orderTexts } from "../components/course/order-example";
import { formatDecimal, formatPercent } from "../lib/format";
import type { ModelName } from "../lib/model-hosting";
import type { Predictor } from "../lib/predictor";
import { LANGUAGES, type Language, learnPath } from "../lib/site";
import { revealAnswers } from "./reveal-exercise";
import { shippedMetadata, shippedModel } from "./shipped-models";

interface Expected {
  /** Numbers the explanation must quote, and phrases it must (and must not) contain. */
  numbers: string[];
  says: string;
  doesNotSay: string[];
}

interface Exercise {
  slug: string;
  texts: string[];
  expected: (model: ModelName, predictor: Predictor, language: Language) => Expected;
}

/** The three branches' phrases, so the test also checks the others are absent. */
function branch<K extends string>(phrases: Record<K, string>, chosen: K) {
  return { says: phrases[chosen], doesNotSay: Object.values<string>(phrases).filter((p) => p !== phrases[chosen]) };
}

const EXERCISES: Exercise[] = [
  {
    slug: "vocabulary",
    texts: [INVENTED_REVIEW, ""],
    expected: (model, predictor, language) => {
      const r = unknownWordsReading(model, predictor);
      expect(r.allUnknown, "the invented words are unknown to the model").toBe(true);
      const phrases = {
        en: { neutral: "carry almost no opinion", opinion: "not neutral for it" },
        zh: { neutral: "几乎不带任何倾向", opinion: "并不中立" },
      }[language];
      return {
        numbers: [r.empty, r.invented].map((p) => formatDecimal(p, 2, language)),
        ...branch(phrases, unknownWordsNeutral(r) ? "neutral" : "opinion"),
      };
    },
  },
  {
    slug: "sigmoid-output",
    texts: [REPEATED_WORD.once, REPEATED_WORD.fiveTimes],
    expected: (model, predictor, language) => {
      const r = repetitionReading(model, predictor);
      const phrases = {
        en: { little: "only a little", far: "a long way" },
        zh: { little: "变化不大", far: "一下推到" },
      }[language];
      return {
        numbers: [
          ...[r.empty, r.once, r.fiveTimes].map((x) => formatDecimal(x.logit, 2, language)),
          ...[r.once, r.fiveTimes].map((x) => formatDecimal(x.probability, 3, language)),
        ],
        ...branch(phrases, oneWordMovesLittle(r) ? "little" : "far"),
      };
    },
  },
  {
    slug: "lstm",
    texts: orderTexts(),
    expected: (model, predictor, language) => {
      const r = orderReading(model, predictor);
      const phrases = {
        en: {
          lastWeighsMore: "the last words weigh most",
          firstWeighsMore: "the words read first weigh more",
          hardlyMatters: "the order hardly matters",
        },
        zh: {
          lastWeighsMore: "最看重最后的几个词",
          firstWeighsMore: "更看重先读到的词",
          hardlyMatters: "几乎无关紧要",
        },
      }[language];
      return {
        numbers: [r.praiseLast, r.praiseFirst].map((p) => formatDecimal(p, 2, language)),
        ...branch(phrases, orderEffect(r)),
      };
    },
  },
];

/** The exercise that reads these texts (a page may have other widgets and exercises). */
function exerciseOf(page: Page, texts: string[]): Locator {
  return page.getByTestId("exercise").filter({ hasText: texts.find((text) => text !== "") });
}

async function checkAnswer(exercise: Locator, ex: Exercise, model: ModelName, language: Language) {
  const { predictor } = await shippedModel(model);
  await expect(exercise.getByTestId("widget-model")).toHaveAttribute("data-model", model);
  await expect(exercise.getByTestId("exercise-answer")).toHaveText(
    ex.texts.map((text) => predictor.read(text).probability.toFixed(3)),
    { timeout: 30_000 },
  );
  const explanation = exercise.getByTestId("exercise-explanation");
  await expect(explanation).toHaveAttribute("data-model", model);
  const expected = ex.expected(model, predictor, language);
  for (const number of expected.numbers) await expect(explanation).toContainText(number);
  await expect(explanation).toContainText(expected.says);
  for (const other of expected.doesNotSay) await expect(explanation).not.toContainText(other);
}

for (const language of LANGUAGES) {
  for (const ex of EXERCISES) {
    test(`${ex.slug} (${language}): the exercise's explanation follows the model it runs, on both models`, async ({
      page,
    }) => {
      await page.goto(learnPath(language, ex.slug));
      const exercise = exerciseOf(page, ex.texts);
      await expect(exercise).toHaveCount(1);
      await revealAnswers(exercise);
      await checkAnswer(exercise, ex, "tutorial", language);
      await exercise.getByTestId("widget-model-switch").click();
      await checkAnswer(exercise, ex, "default", language);
      await exercise.getByTestId("widget-model-switch").click();
      await checkAnswer(exercise, ex, "tutorial", language);
    });
  }
}

for (const language of LANGUAGES) {
  test(`epochs-batches (${language}): the validation curve is named as a mean, and the held-out reviews' own curve is quoted`, async ({
    page,
  }) => {
    const box = shippedMetadata("default");
    const validated = box.history.filter((h) => h.valLoss !== undefined);
    const sets = validated[0]?.validationSets ?? [];
    await page.goto(learnPath(language, "epochs-batches"));
    if (sets.length < 2) {
      // One validation set: its curve is the held-out reviews' own, and no mean is claimed.
      await expect(page.getByTestId("held-out-losses")).toHaveCount(0);
      return;
    }
    const own = validated.map((h) => h.validationSets?.find((set) => set.name === "validation"));
    expect(
      own.every((set) => set !== undefined),
      "every epoch records the held-out reviews' own figures",
    ).toBe(true);
    await expect(page.getByTestId("held-out-losses")).toHaveText(own.map((set) => set!.loss.toFixed(3)).join(" → "));
    await expect(page.getByTestId("held-out-accuracies")).toHaveText(
      own.map((set) => formatPercent(set!.accuracy, 1, language)).join(" → "),
    );
    // The chart's legend names the mean and draws the held-out reviews beside it.
    const names = { en: ["mean of", "held-out reviews alone"], zh: ["个验证集的平均", "仅留出的影评"] }[language];
    const figure = page.getByTestId("training-history").last().locator("xpath=ancestor::figure[1]");
    for (const name of names) await expect(figure).toContainText(name);
  });
}
