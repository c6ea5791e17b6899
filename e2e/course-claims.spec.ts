/**
 * The course's claims about the shipped models, checked against those models so they cannot
 * go stale: the order example (lstm, evaluation), the recorded validation curve and early
 * stopping (epochs-batches, questions), and the model every widget names and can switch to.
 * Every expected number is recomputed here from public/models/<name>/ by the same code.
 */

import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { orderFlips, orderReading, orderTexts } from "../components/course/order-example";
import { MODEL_NAMES, type ModelName } from "../lib/model-hosting";
import { LANGUAGES, learnPath } from "../lib/site";
import { shippedMetadata, shippedModel } from "./shipped-models";

/** The committed worked example the questions page renders (npm run eeg-worked-example). */
const WORKED: { steps: { shape: number[] }[]; y: number[]; markers: string[]; mapping: Record<string, number> } =
  JSON.parse(readFileSync("components/eeg/worked-example.json", "utf8"));

async function readOrder(name: ModelName) {
  return orderReading(name, (await shippedModel(name)).predictor);
}

/** Waits until every widget on the page has loaded its model. */
async function widgetsReady(page: Page) {
  await expect(page.getByRole("status")).toHaveCount(0, { timeout: 30_000 });
}

for (const language of LANGUAGES) {
  test.describe(`course claims (${language})`, () => {
    test("lstm: the order example's numbers are the shipped models' own, and the sentence follows them", async ({
      page,
    }) => {
      await page.goto(learnPath(language, "lstm"));
      const table = page.getByTestId("order-example");
      for (const name of MODEL_NAMES) {
        const reading = await readOrder(name);
        const row = table.getByTestId(`order-${name}`);
        await expect(row.getByTestId("praise-last")).toHaveText(reading.praiseLast.toFixed(2));
        await expect(row.getByTestId("praise-first")).toHaveText(reading.praiseFirst.toFixed(2));
      }
      const tutorial = await readOrder("tutorial");
      const sentence = page.getByTestId("order-claim");
      await expect(sentence).toContainText(tutorial.praiseLast.toFixed(2));
      await expect(sentence).toContainText(tutorial.praiseFirst.toFixed(2));
      if (orderFlips(tutorial)) await expect(sentence).toContainText(language === "en" ? "flips" : "就翻转了判断");
      else await expect(sentence).not.toContainText(language === "en" ? "flips" : "就翻转了判断");

      // The exercise runs the same two texts in the browser: the same numbers, to 3 places.
      const exercise = page.getByTestId("exercise").filter({ hasText: orderTexts()[0] });
      await widgetsReady(page);
      await exercise.getByTestId("exercise-reveal").click();
      const { predictor } = await shippedModel("tutorial");
      await expect(exercise.getByTestId("exercise-answer")).toHaveText(
        orderTexts().map((text) => predictor.read(text).probability.toFixed(3)),
      );
    });

    test("evaluation: the order claim quotes the same numbers", async ({ page }) => {
      await page.goto(learnPath(language, "evaluation"));
      const tutorial = await readOrder("tutorial");
      const claim = page.getByTestId("order-claim");
      await expect(claim).toContainText(tutorial.praiseLast.toFixed(2));
      await expect(claim).toContainText(tutorial.praiseFirst.toFixed(2));
    });

    test("epochs-batches: the box model's recorded validation curve, its best and kept epoch", async ({ page }) => {
      const box = shippedMetadata("default");
      const validated = box.history.filter((h) => h.valLoss !== undefined);
      expect(validated.length, "the box model records validation loss per epoch").toBeGreaterThan(0);
      const best = validated.reduce((a, b) => (b.valLoss! < a.valLoss! ? b : a)).epoch;
      await page.goto(learnPath(language, "epochs-batches"));
      await expect(page.getByTestId("validation-losses")).toHaveText(
        validated.map((h) => h.valLoss!.toFixed(3)).join(" → "),
      );
      await expect(page.getByTestId("validation-best-epoch")).toHaveText(String(best));
      await expect(page.getByTestId("validation-kept-epoch")).toHaveText(
        String(Math.min(box.training.epochs, box.history.length)),
      );
      // Both recorded histories are drawn: the tutorial's (training only) and the box's.
      await expect(page.getByTestId("training-history")).toHaveCount(2);
      const tutorial = shippedMetadata("tutorial");
      const updates = Math.ceil(tutorial.training.trainExamples / tutorial.training.batchSize);
      await expect(page.getByTestId("updates-per-epoch")).toHaveText(updates.toLocaleString("en-US"));
    });

    test("questions: Q16's updates per epoch come from the tutorial's metadata", async ({ page }) => {
      const tutorial = shippedMetadata("tutorial");
      await page.goto(learnPath(language, "questions"));
      await expect(page.getByTestId("q16-updates")).toHaveText(
        Math.ceil(tutorial.training.trainExamples / tutorial.training.batchSize).toLocaleString("en-US"),
      );
    });

    test("questions: Q21 and Q22 show the worked example on the shipped EEG data, from its recorded JSON", async ({
      page,
    }) => {
      await page.goto(learnPath(language, "questions"));
      const steps = page.getByTestId("eeg-steps").locator("tbody tr");
      await expect(steps).toHaveCount(WORKED.steps.length);
      await expect(steps.last()).toContainText(`[${WORKED.steps.at(-1)!.shape.join(", ")}]`);
      await expect(page.getByTestId("eeg-y-all")).toContainText(`[${WORKED.y.join(", ")}]`);
      // One label per T1/T2 marker: T1 -> 0, T2 -> 1.
      expect(WORKED.y).toEqual(WORKED.markers.map((marker) => WORKED.mapping[marker]));
    });

    test("every widget names its model, links to its model card, and switches to the box's model", async ({ page }) => {
      await page.goto(learnPath(language, "sigmoid-output"));
      await widgetsReady(page);
      const names = page.getByTestId("widget-model");
      expect(await names.count()).toBeGreaterThan(0);
      for (const name of await names.all()) {
        await expect(name).toHaveAttribute("data-model", "tutorial");
        await expect(name).toHaveAttribute("href", /\/model#model-tutorial$/);
      }
      // The exercise "The movie was not good.": the page's model, then the box's, in the browser.
      await page.goto(learnPath(language, "lstm"));
      await widgetsReady(page);
      const trace = page.locator("section", { has: page.getByTestId("opinion-final") });
      const text = "The movie was not good.";
      await trace.getByRole("textbox").fill(text);
      const [tutorial, box] = (await Promise.all([shippedModel("tutorial"), shippedModel("default")])).map(
        (m) => m.predictor,
      );
      await expect(trace.getByTestId("opinion-final")).toHaveText(tutorial.read(text).probability.toFixed(3));
      await trace.getByTestId("widget-model-switch").click();
      await expect(trace.getByTestId("widget-model")).toHaveAttribute("data-model", "default");
      await expect(trace.getByTestId("widget-model")).toHaveAttribute("href", /\/model#model-default$/);
      await expect(trace.getByTestId("opinion-final")).toHaveText(box.read(text).probability.toFixed(3));
    });
  });
}
