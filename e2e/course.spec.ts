/**
 * The course's deeper widgets and its glossary and questions pages, in a real browser
 * against the production build. Every number the page shows is recomputed here in Node
 * from the tutorial model's files by the same code (Predictor, traceLstm, occlusion,
 * confusionAt), so a widget that drifts from the model fails.
 */

import { expect, test } from "@playwright/test";
import { GLOSSARY } from "../components/course/pages/glossary-terms";
import { mostAlignedUnit, occlusion, traceLstm } from "../components/course/widgets/lstm-trace";
import { confusionAt } from "../components/course/widgets/threshold-metrics";
import { textToIndices } from "../lib/encode";
import { LANGUAGES, LEARN_PAGES, learnPath } from "../lib/site";
import { encodeTestPredictions, TEST_PREDICTIONS_FILE } from "../lib/test-predictions";
import { revealAnswers } from "./reveal-exercise";
import { shippedModel } from "./shipped-models";

const model = await shippedModel("tutorial");

/** Synthetic test predictions: 400 reviews, positives scored higher on the whole, with overlap. */
const SYNTHETIC = (() => {
  const probabilities = Array.from({ length: 400 }, (_, i) =>
    i % 2 === 0 ? 0.25 + (0.75 * ((i * 37) % 400)) / 400 : (0.75 * ((i * 53) % 400)) / 400,
  );
  const labels = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 1 : 0));
  return { probabilities, labels, bytes: encodeTestPredictions(probabilities, labels) };
})();

for (const language of LANGUAGES) {
  test.describe(`course (${language})`, () => {
    test("glossary: every term, both languages, each linked to its page", async ({ page }) => {
      const response = await page.goto(learnPath(language, "glossary"));
      expect(response?.status()).toBe(200);
      const rows = page.getByTestId("glossary-term");
      await expect(rows).toHaveCount(GLOSSARY.length);
      for (const [i, term] of GLOSSARY.entries()) {
        await expect(rows.nth(i).locator("td").nth(0)).toHaveText(term.en);
        await expect(rows.nth(i).locator("td").nth(1)).toHaveText(term.zh);
        await expect(rows.nth(i).locator("a")).toHaveAttribute("href", learnPath(language, term.page));
      }
    });

    test("questions: each has an answer and a link to a course page", async ({ page }) => {
      await page.goto(learnPath(language, "questions"));
      const questions = page.getByTestId("question");
      // As many questions as the other language's page: a question written in one language only fails.
      const other = LANGUAGES.find((l) => l !== language)!;
      await page.goto(learnPath(other, "questions"));
      const written = await questions.count();
      expect(written).toBeGreaterThan(0);
      await page.goto(learnPath(language, "questions"));
      await expect(questions).toHaveCount(written);
      const coursePaths = LEARN_PAGES.map((p) => learnPath(language, p.slug));
      for (const href of await questions
        .locator("a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")!))) {
        expect(coursePaths).toContain(href);
      }
      await expect(page.locator("#embedding-shapes pre")).toContainText("(2, 500, 32)");
    });

    test("inside the LSTM: steps, gates and one unit's colouring match the model", async ({ page }) => {
      await page.goto(learnPath(language, "lstm"));
      const widget = page.locator("section", { has: page.getByTestId("lstm-heatmaps") });
      const text = "The plot was thin, but the actors were wonderful.";
      await widget.getByRole("textbox").fill(text);
      const steps = traceLstm(model.weights, model.metadata, textToIndices(text, model.metadata));
      await expect(widget.getByTestId("lstm-step")).toHaveText(`1/${steps.length}`);
      await expect(widget.getByTestId("lstm-opinion")).toHaveText(steps[0].opinion.toFixed(3));
      // Keyboard: the next-word button, then the slider's End key.
      await widget.getByRole("button", { name: language === "en" ? "Next word" : "下一个词" }).press("Enter");
      await expect(widget.getByTestId("lstm-step")).toHaveText(`2/${steps.length}`);
      await widget.getByTestId("lstm-step-slider").press("End");
      await expect(widget.getByTestId("lstm-step")).toHaveText(`${steps.length}/${steps.length}`);
      await expect(widget.getByTestId("lstm-opinion")).toHaveText(model.predictor.read(text).probability.toFixed(3));
      const rows = widget.getByTestId("heatmap-row");
      await expect(rows).toHaveCount(6);
      await expect(rows.first().locator("rect")).toHaveCount(model.metadata.model.lstmUnits);
      const { unit } = mostAlignedUnit(model.weights);
      await expect(widget.getByTestId("lstm-unit")).toHaveValue(String(unit));
      await expect(widget.getByTestId("lstm-aligned")).toContainText(String(unit));
      const words = widget.getByTestId("unit-word");
      await expect(words).toHaveCount(steps.length);
      await expect(words.last()).toHaveAttribute("data-value", steps.at(-1)!.hiddenState[unit].toFixed(4));
      await widget.getByTestId("lstm-unit").fill("0");
      await expect(words.last()).toHaveAttribute("data-value", steps.at(-1)!.hiddenState[0].toFixed(4));
      // Sign-aware colour: a word is blue where the unit pushes P(positive) up (value × output weight > 0).
      for (const [i, s] of steps.entries())
        await expect(words.nth(i)).toHaveAttribute(
          "data-push",
          s.hiddenState[0] * model.weights.outputKernel[0] >= 0 ? "positive" : "negative",
        );
      // The unrolled diagram: a cell chosen with the keyboard becomes the step.
      await widget.getByTestId("lstm-cell").first().focus();
      await page.keyboard.press("Enter");
      await expect(widget.getByTestId("lstm-step")).not.toHaveText(`${steps.length}/${steps.length}`);
    });

    test("occlusion on the evaluation page matches the model", async ({ page }) => {
      await page.goto(learnPath(language, "evaluation"));
      const widget = page.locator("section", { has: page.getByTestId("occlusion-probability") });
      const text = "This movie is not bad at all.";
      await widget.getByRole("textbox").fill(text);
      const indices = textToIndices(text, model.metadata);
      await expect(widget.getByTestId("occlusion-probability")).toHaveText(
        model.predictor.probabilityOfIndices(indices).toFixed(3),
      );
      const expected = occlusion(model.predictor, indices).map((delta) => delta.toFixed(4));
      await expect(widget.getByTestId("occlusion-word")).toHaveCount(expected.length);
      for (const [i, delta] of expected.entries())
        await expect(widget.getByTestId("occlusion-word").nth(i)).toHaveAttribute("data-delta", delta);
    });

    test("predict, then try: the answer is the model's", async ({ page }) => {
      await page.goto(learnPath(language, "lstm"));
      const exercise = page.getByTestId("exercise").first();
      await expect(exercise.getByTestId("exercise-answer")).toHaveCount(0);
      await exercise.getByTestId("exercise-guess").first().focus();
      await page.keyboard.press("ArrowRight");
      await revealAnswers(exercise);
      const texts = await exercise.locator("blockquote").allTextContents();
      const expected = texts.map((quoted) => model.predictor.read(quoted.slice(1, -1)).probability.toFixed(3));
      // The tutorial's model (850 kB of weights) may still be loading on a busy machine.
      await expect(exercise.getByTestId("exercise-answer")).toHaveText(expected, { timeout: 20_000 });
    });

    test("threshold slider: confusion matrix and precision/recall from test-predictions.bin", async ({ page }) => {
      await page.route(`**/${TEST_PREDICTIONS_FILE}`, (route) =>
        route.fulfill({ status: 200, contentType: "application/octet-stream", body: Buffer.from(SYNTHETIC.bytes) }),
      );
      await page.goto(learnPath(language, "evaluation"));
      const widget = page.getByTestId("threshold-explorer");
      const check = async (threshold: number) => {
        // The page decodes the 16-bit probabilities; so do we.
        const quantized = SYNTHETIC.probabilities.map((p) => Math.round(p * 65535) / 65535);
        const expected = confusionAt(quantized, SYNTHETIC.labels, threshold);
        await expect(widget.getByTestId("threshold-value")).toHaveText(threshold.toFixed(2));
        await expect(widget.getByTestId("threshold-tp")).toHaveText(String(expected.truePositive));
        await expect(widget.getByTestId("threshold-fp")).toHaveText(String(expected.falsePositive));
        await expect(widget.getByTestId("threshold-tn")).toHaveText(String(expected.trueNegative));
        await expect(widget.getByTestId("threshold-fn")).toHaveText(String(expected.falseNegative));
        await expect(widget.getByTestId("threshold-precision")).toHaveText(`${(100 * expected.precision).toFixed(2)}%`);
        await expect(widget.getByTestId("threshold-recall")).toHaveText(`${(100 * expected.recall).toFixed(2)}%`);
      };
      await check(0.5);
      const slider = widget.getByTestId("threshold-slider");
      for (let i = 0; i < 20; i++) await slider.press("ArrowRight");
      await check(0.7);
      await expect(widget.getByTestId("roc-curve").locator("polyline")).toHaveCount(1);
    });

    test("threshold slider: says so when the model has no test predictions", async ({ page }) => {
      await page.route(`**/${TEST_PREDICTIONS_FILE}`, (route) => route.fulfill({ status: 404, body: "" }));
      await page.goto(learnPath(language, "evaluation"));
      await expect(page.getByTestId("threshold-missing")).toBeVisible();
    });
  });
}
