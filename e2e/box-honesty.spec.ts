/**
 * The box tells the truth (issue 9): no verdict without a word the model knows, the
 * share of unknown words shown, the tutorial's model downloaded only when the compare
 * switch asks for it, and the page explaining the two recipes in both languages with
 * the numbers of the models in public/models/.
 */

import { expect, type Page, test } from "@playwright/test";
import { formatInteger, formatPercent } from "../lib/format";
import { fileName, IMDB_SHA256 } from "../lib/imdb-source";
import { learnPath, localePath } from "../lib/site";
import { required, shippedMetadata } from "./shipped-models";

async function openBox(page: Page, path = "/") {
  await page.goto(path);
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
}

/** Fills the review box and waits until every reading shown is for this text. */
async function readReview(page: Page, text: string) {
  await page.getByRole("textbox").fill(text);
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
}

for (const text of ["!!!", "😀", "película excelente"]) {
  test(`"${text}" gets no verdict`, async ({ page }) => {
    await openBox(page);
    await readReview(page, text);
    const verdict = page.locator("[data-verdict]");
    await expect(verdict).toHaveAttribute("data-verdict", /^(empty|no-known-words)$/);
    await expect(page.locator("[data-label]")).toHaveCount(0);
    await expect(page.getByText(/Positive|Negative|sure this is|can’t tell/)).toHaveCount(0);
    await expect(page.locator("[data-how-sure]")).toHaveCount(0);
    await expect(verdict).toContainText(
      text === "película excelente"
        ? "The model reads English reviews, and it knows none of these words"
        : "There are no words here",
    );
  });
}

test("on /zh an unknown language is answered with: the model reads English reviews", async ({ page }) => {
  await openBox(page, "/zh");
  await readReview(page, "película excelente");
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "no-known-words");
  await expect(page.locator("[data-verdict]")).toContainText("只读英文影评");
  await expect(page.locator("[data-unknown-share]")).toContainText("2 个词中有 2 个（100%）");
});

test("a review with known words gets a verdict, its unsure band and its share of unknown words", async ({ page }) => {
  const { unsureBand } = shippedMetadata("default");
  await openBox(page);
  await readReview(page, "One of the best films I have ever seen. Brilliant acting and a wonderful ending. zxqvbnmplk");
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", /^(positive|negative|unsure)$/);
  const probability = Number(await page.locator("[data-verdict]").getAttribute("data-probability"));
  expect(probability).toBeGreaterThan(0);
  expect(probability).toBeLessThan(1);
  await expect(page.locator("[data-unknown-share]")).toContainText(
    /^\d+ of 16 words \(\d+%\) are unknown to the model\.$/,
  );
  expect(unsureBand, "metadata.unsureBand").toBeDefined();
  await expect(page.locator("[data-unsure-band]")).toContainText(
    `From ${unsureBand!.low.toFixed(3)} to ${unsureBand!.high.toFixed(3)}`,
  );
  await readReview(page, "the movie was zxqvbnmplk");
  await expect(page.locator("[data-unknown-share]")).toHaveAttribute("data-unknown-share", "0.25");
  await expect(page.locator("[data-unknown-share]")).toContainText("1 of 4 words (25%)");
});

test("the compare switch loads the tutorial's model only when asked, in a worker it ends when switched off", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await openBox(page);
  await readReview(page, "A wonderful film with a clever story.");
  expect(fetched.filter((path) => path.startsWith("/models/default/")).length).toBeGreaterThan(0);
  expect(fetched.filter((path) => path.startsWith("/models/tutorial/"))).toEqual([]);
  expect(page.workers()).toHaveLength(1);

  await page.getByRole("switch", { name: "Compare with the tutorial’s model" }).check();
  const rows = page.locator("[data-comparison] tr[data-model]");
  await expect(rows).toHaveCount(2, { timeout: 20_000 });
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
  expect(fetched).toEqual(
    expect.arrayContaining([
      "/models/tutorial/model.json",
      "/models/tutorial/reading.json",
      "/models/tutorial/weights.bin",
    ]),
  );
  expect(page.workers()).toHaveLength(2);
  for (const name of ["default", "tutorial"]) {
    const probability = Number(await page.locator(`[data-model="${name}"]`).getAttribute("data-model-probability"));
    expect(probability, name).toBeGreaterThan(0);
    expect(probability, name).toBeLessThan(1);
  }
  // The box's row shows the same probability as its verdict above.
  expect(await page.locator('[data-model="default"]').getAttribute("data-model-probability")).toBe(
    await page.locator("[data-verdict]").getAttribute("data-probability"),
  );
  await expect(page.locator("[data-tutorial-trace] [data-opinion-words]")).toContainText("wonderful");
  await expect(page.locator("[data-opinion-words]")).toHaveCount(2);

  // A new text is read by both models.
  await readReview(page, "A dull, boring film.");
  await expect(page.locator("[data-tutorial-trace] [data-opinion-words]")).toContainText("boring");

  await page.getByRole("switch", { name: "Compare with the tutorial’s model" }).uncheck();
  await expect(page.locator("[data-comparison]")).toHaveCount(0);
  await expect(page.locator("[data-opinion-words]")).toHaveCount(1);
  await expect.poll(() => page.workers().length).toBe(1);
});

test("what the tutorial's recipe gets wrong: both languages, numbers from metadata", async ({ page }) => {
  const models = { tutorial: shippedMetadata("tutorial"), default: shippedMetadata("default") };
  const recorded = (result: { accuracy: number } | undefined, notRecorded: string) =>
    result ? formatPercent(result.accuracy, 1) : notRecorded;
  for (const [language, heading, notRecorded, boxName] of [
    ["en", "What the tutorial’s recipe gets wrong", "not measured", "The box’s model"],
    ["zh", "教程的配方错在哪里", "未测量", "输入框的模型"],
  ] as const) {
    const response = await page.goto(learnPath(language, "tutorial-recipe"));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    const length = page.getByTestId("length");
    const baselines = required(models.default.baselines, "baselines (npm run evaluate -- --model default --save)");
    await expect(length.locator("tbody tr")).toHaveCount(2 + baselines.length);
    // On /zh the baseline's name is translated (components/model-card/model-comparison-tables.tsx).
    for (const baseline of baselines)
      await expect(
        length.locator("tbody tr", { hasText: language === "zh" ? "朴素贝叶斯" : baseline.name }),
      ).toContainText(recorded(baseline.test, notRecorded));
    const boxRow = length.locator("tbody tr", { hasText: boxName });
    await expect(boxRow).toContainText(recorded(required(models.default.evaluation, "evaluation"), notRecorded));
    await expect(boxRow).toContainText(
      recorded(required(models.default.shortValidation, "shortValidation (npm run evaluate -- --save)"), notRecorded),
    );
    await expect(page.getByTestId("recipe")).toContainText(String(models.default.model.embeddingDim));
    const ablation = required(models.default.ablation, "ablation (npm run ablate -- --save)");
    const ablationRows = page.getByTestId("ablation").locator("tbody tr");
    await expect(ablationRows).toHaveCount(ablation.length);
    // The treebank's dev column: its accuracy where the step measured it, a dash where it came before.
    await expect(page.getByTestId("ablation").locator("thead th")).toHaveCount(8);
    for (const [i, row] of ablation.entries()) {
      await expect(ablationRows.nth(i).locator("td").nth(3)).toHaveText(
        row.treebankDev ? formatPercent(row.treebankDev.accuracy, 1, language) : "—",
      );
      // The coverage at 90% right on the two short sets, a dash where the step did not record it.
      const coverage = [row.shortValidation, row.treebankDev].map((result) =>
        result?.coverageAt90 === undefined ? "—" : formatPercent(result.coverageAt90, 1, language),
      );
      await expect(ablationRows.nth(i).locator("td").nth(4)).toHaveText(coverage.join(" · "));
    }
    // One behaviour column per step, after the capability column.
    await expect(page.getByTestId("ablation-behaviour").locator("thead th")).toHaveCount(ablation.length + 1);
    for (const count of required(models.default.phraseCounts, "phraseCounts (npm run train)")) {
      const row = page
        .getByTestId("phrase-counts")
        .locator("tbody tr")
        .filter({ has: page.getByRole("rowheader", { name: count.phrase, exact: true }) });
      await expect(row).toContainText(formatInteger(count.negative, language));
      await expect(row).toContainText(formatInteger(count.positive, language));
    }
    const band = required(models.default.unsureBand, "unsureBand (npm run train)");
    await expect(page.getByTestId("unsure-band")).toContainText(band.low.toFixed(3));
    await expect(page.getByTestId("unsure-band")).toContainText(formatPercent(band.insideShare, 1, language));
  }
  await page.goto(localePath("en", "/learn"));
  await expect(page.getByRole("link", { name: "What the tutorial’s recipe gets wrong" })).toBeVisible();
});

for (const language of ["en", "zh"] as const) {
  test(`model card (${language}): the training data by file name and the official checksum, the treebank when used, the box's view`, async ({
    page,
  }) => {
    const box = shippedMetadata("default");
    await page.goto(localePath(language, "/model"));
    // The IMDB file: its name, its checksum and the official tarball's; never a path from the training machine.
    const sources = page.getByTestId("dataset-source");
    await expect(sources.first()).toContainText(IMDB_SHA256);
    await expect(sources.first()).toContainText(fileName(box.dataset.source));
    for (const text of await sources.allTextContents()) expect(text).not.toMatch(/(^|\s)\/\w+\//);
    expect(box.dataset.source, "dataset.source is a file name").not.toContain("/");

    // The treebank: shown exactly when the box's model trained on it, with its citation and attribution.
    const treebank = page.getByTestId("treebank-data");
    if (box.treebank) {
      await expect(treebank).toContainText(
        "Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank",
      );
      await expect(treebank).toContainText("EMNLP 2013");
      await expect(treebank).toContainText("Pang");
      await expect(treebank).toContainText(box.treebank.trainSha256);
      await expect(treebank).toContainText(box.treebank.devSha256);
      expect(box.training.treebankPhrases, "training.treebankPhrases").toBeDefined();
      await expect(treebank).toContainText(formatInteger(box.training.treebankPhrases!, language));
    } else await expect(treebank).toHaveCount(0);

    // The treebank's dev accuracy and the box's view of both short sets.
    expect(box.treebankDev, "metadata.treebankDev (npm run evaluate -- --treebank DIR --save)").toBeDefined();
    await expect(page.getByTestId("length").locator("tbody tr").first()).toContainText(
      formatPercent(box.treebankDev!.accuracy, 1, language),
    );
    for (const set of ["shortValidation", "treebankDev"] as const) {
      const view = box[set]?.box;
      expect(view, `metadata.${set}.box`).toBeDefined();
      const line = page.locator(`[data-box-view-set="${set}"]`);
      await expect(line).toContainText(formatPercent(view!.unsure, 1, language));
      await expect(line).toContainText(formatPercent(view!.noVerdict, 1, language));
      await expect(line).toContainText(formatPercent(view!.accuracyOutside!, 1, language));
    }
  });
}

test("the dataset page names the file trained on and shows the official tarball's checksum", async ({ page }) => {
  const { dataset } = shippedMetadata("tutorial");
  for (const language of ["en", "zh"] as const) {
    await page.goto(learnPath(language, "imdb-dataset"));
    const source = page.getByTestId("dataset-source");
    await expect(source).toContainText(IMDB_SHA256);
    await expect(source).toContainText(fileName(dataset.source));
    await expect(source).not.toContainText("/work/");
  }
});
