/**
 * The explanation pages and the model card in a real browser, against the production
 * build: every page in both languages renders with its title, the widgets answer with
 * the numbers of the model in public/models/tutorial/ (computed here in Node from the same files
 * by the same Predictor), and a crawl from / finds no broken link.
 */

import { expect, type Page, test } from "@playwright/test";
import { textToIndices } from "../lib/encode";
import { formatInteger, formatPercent } from "../lib/format";
import { capabilityName } from "../lib/i18n/capabilities";
import type { CapabilityResult, ModelMetadata } from "../lib/metadata";
import { binaryMetrics } from "../lib/metrics";
import { HTML_LANG, LANGUAGES, LEARN_PAGES, learnPath, localePath, SITE } from "../lib/site";
import { indexToWordTable } from "../lib/vocabulary";
import { required, shippedMetadata, shippedModel } from "./shipped-models";

/** The committed models: the widgets are tested against the tutorial's, the model card shows the box's first. */
const model = await shippedModel("tutorial");
const boxMetadata: ModelMetadata = shippedMetadata("default");

/** Fails the test on any uncaught error in the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const pages = LANGUAGES.flatMap((language) => [
  { language, path: localePath(language, "/learn"), title: null },
  { language, path: localePath(language, "/model"), title: null },
  ...LEARN_PAGES.map((page) => ({ language, path: learnPath(language, page.slug), title: page.title[language] })),
]);

for (const { language, path, title } of pages) {
  test(`${path} renders, with its title, in ${language}`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(
      title ? `${title} · ${SITE.name[language]}` : new RegExp(` · ${SITE.name[language]}$`),
    );
    await expect(page.locator("main h1")).toHaveCount(1);
    if (title) await expect(page.locator("main h1")).toHaveText(title);
    await expect(page.locator("html")).toHaveAttribute("lang", HTML_LANG[language]);
    expect(errors).toEqual([]);
  });
}

test("the language switch keeps you on the same page", async ({ page }) => {
  await page.goto("/learn/lstm");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/zh\/learn\/lstm$/);
  await expect(page.locator("main h1")).toHaveText(LEARN_PAGES.find((p) => p.slug === "lstm")!.title.zh);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/learn\/lstm$/);
  await page.goto("/zh/model");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/model$/);
});

test("each language's home page is in that language, and the header marks the section you are in", async ({ page }) => {
  for (const language of LANGUAGES) {
    await page.goto(localePath(language, "/"));
    await expect(page.locator("html")).toHaveAttribute("lang", HTML_LANG[language]);
    await expect(page.locator("main h1")).toHaveText(SITE.name[language]);
    await expect(page.locator("header a[aria-current]")).toHaveCount(0);
    await page.goto(learnPath(language, "lstm"));
    await expect(page.locator("header a[aria-current=page]")).toHaveAttribute("href", localePath(language, "/learn"));
  }
});

test("the route tree's English folder is not a second address: /en/... redirects to the root", async ({ request }) => {
  for (const [from, to] of [
    ["/en", "/"],
    ["/en/learn/lstm", "/learn/lstm"],
    ["/en/model", "/model"],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers().location, from).toBe(to);
  }
  expect((await request.get("/zh/bench")).status()).toBe(404);
  expect((await request.get("/learn/no-such-page")).status()).toBe(404);
  expect((await request.get("/fr/learn")).status()).toBe(404);
});

test("each learn page links to its neighbours and back to the box", async ({ page }) => {
  for (const language of LANGUAGES) {
    await page.goto(learnPath(language, LEARN_PAGES[1].slug));
    await expect(page.locator(`a[rel="prev"][href="${learnPath(language, LEARN_PAGES[0].slug)}"]`)).toHaveCount(1);
    await expect(page.locator(`a[rel="next"][href="${learnPath(language, LEARN_PAGES[2].slug)}"]`)).toHaveCount(1);
    await expect(page.locator(`main a[href="${localePath(language, "/")}"]`)).toHaveCount(1);
  }
});

test("a crawl of the whole site from / finds no broken link", async ({ request }) => {
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path}: ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    for (const [, href] of (await response.text()).matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      const url = new URL(href.replaceAll("&amp;", "&"), "http://site.invalid");
      if (url.origin !== "http://site.invalid" || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  expect(broken).toEqual([]);
  // The crawl reached every page of the course in both languages.
  for (const { path } of pages) expect(seen, path).toContain(path);
});

for (const language of LANGUAGES) {
  test.describe(`widgets on the real model (${language})`, () => {
    test("embedding: a word's numbers and its nearest words", async ({ page }) => {
      const { metadata, predictor } = model;
      await page.goto(learnPath(language, "word-embeddings"));
      const word = Object.keys(metadata.vocabulary).find(
        (w) => metadata.vocabulary[w] === metadata.preprocessing.firstWordIndex + 10,
      )!;
      const index = metadata.vocabulary[word];
      await page.getByRole("textbox").fill(word);
      await expect(page.getByTestId("embedding-index")).toContainText(`${index}`);
      const expected = Array.from(predictor.wordVector(index), (x) => x.toFixed(3));
      await expect(page.getByTestId("embedding-value")).toHaveText(expected);
      const nearest = page.getByTestId("nearest-word");
      await expect(nearest).toHaveCount(8);
      const first = (await nearest.first().textContent())!.split(" ")[0];
      expect(first).toBe(nearestWord(index));
      await nearest.first().click();
      await expect(page.getByRole("textbox")).toHaveValue(first);
      await expect(page.getByTestId("embedding-index")).toContainText(`${metadata.vocabulary[first]}`);
    });

    test("vocabulary: out-of-vocabulary words are marked", async ({ page }) => {
      const { metadata } = model;
      await page.goto(learnPath(language, "vocabulary"));
      const text = "the movie was qzxv wonderful";
      await page.getByRole("textbox").fill(text);
      const indices = textToIndices(text, metadata).slice(1);
      await expect(page.getByTestId("vocabulary-word")).toHaveCount(5);
      const oov = indices.map((index) => String(index === metadata.preprocessing.oovIndex));
      for (const [i, flag] of oov.entries())
        await expect(page.getByTestId("vocabulary-word").nth(i)).toHaveAttribute("data-oov", flag);
      await expect(page.getByTestId("vocabulary-word").nth(3)).toHaveAttribute("data-oov", "true");
    });

    test("padding: the review as maxLen numbers, pre or post", async ({ page }) => {
      const { metadata } = model;
      const { maxLen } = metadata.model;
      await page.goto(learnPath(language, "padding-truncation"));
      const text = "a good movie";
      await page.getByRole("textbox").fill(text);
      const indices = textToIndices(text, metadata);
      const cells = page.getByTestId("padded-sequence").locator("li");
      await expect(cells).toHaveCount(maxLen);
      await expect(cells.nth(maxLen - indices.length)).toHaveText(String(metadata.preprocessing.startIndex));
      await expect(cells.last()).toHaveText(String(indices.at(-1)));
      await page.getByRole("combobox").first().selectOption("post");
      await expect(cells.first()).toHaveText(String(metadata.preprocessing.startIndex));
      await expect(cells.last()).toHaveText(String(metadata.preprocessing.padIndex));
    });

    test("LSTM: the opinion word by word", async ({ page }) => {
      const { predictor } = model;
      await page.goto(learnPath(language, "lstm"));
      // The page has several widgets; this one is the box around the final opinion.
      const widget = page
        .locator("section")
        .filter({ has: page.getByTestId("opinion-final") })
        .first();
      const text = "The story is dull but the acting is superb.";
      await widget.getByRole("textbox").fill(text);
      const reading = predictor.read(text);
      await expect(widget.getByTestId("opinion-final")).toHaveText(reading.probability.toFixed(3));
      await expect(widget.getByTestId("opinion-token")).toHaveText(
        reading.tokens.map((t) => `${t.word} ${t.opinionSoFar.toFixed(3)}`),
      );
    });

    test("sigmoid: the review's logit and its probability", async ({ page }) => {
      const { predictor } = model;
      await page.goto(learnPath(language, "sigmoid-output"));
      const widget = page
        .locator("section")
        .filter({ has: page.getByTestId("sigmoid-result") })
        .first();
      const text = "An awful, boring film.";
      await widget.getByRole("textbox").fill(text);
      const { logit, probability } = predictor.read(text);
      await expect(widget.getByTestId("sigmoid-result")).toHaveText(
        `σ(${logit.toFixed(3)}) = ${probability.toFixed(3)}`,
      );
      await widget.getByRole("slider").fill("0");
      await expect(widget.getByTestId("sigmoid-result")).toHaveText("σ(0.000) = 0.500");
    });

    test("log loss: pick the true label, see the loss", async ({ page }) => {
      const { predictor } = model;
      await page.goto(learnPath(language, "log-loss"));
      const text = "A wonderful film, I loved every minute.";
      await page.getByRole("textbox").fill(text);
      const { probability } = predictor.read(text);
      await expect(page.getByTestId("log-loss-probability")).toHaveText(probability.toFixed(3));
      for (const label of [1, 0] as const) {
        await page.getByRole("radio").nth(label).check();
        await expect(page.getByTestId("log-loss-value")).toHaveText(
          binaryMetrics([label], [probability]).logLoss.toFixed(3),
        );
      }
    });

    test("training curves and test results come from metadata.json", async ({ page }) => {
      const { metadata } = model;
      await page.goto(learnPath(language, "epochs-batches"));
      // The first table is this model's history; the page also shows the README's validation run.
      const rows = page.getByTestId("training-history").first().locator("tbody tr");
      await expect(rows).toHaveCount(metadata.history.length);
      await expect(rows.first().locator("td").nth(1)).toHaveText(metadata.history[0].loss.toFixed(4));
      await page.goto(learnPath(language, "evaluation"));
      const evaluation = required(metadata.evaluation, "evaluation (npm run train, or npm run evaluate -- --save)");
      const { truePositive, trueNegative } = evaluation.confusionMatrix;
      await expect(page.getByTestId("true-positive")).toHaveText(
        truePositive.toLocaleString(language === "en" ? "en-US" : "zh-CN"),
      );
      await expect(page.getByTestId("true-negative")).toHaveText(
        trueNegative.toLocaleString(language === "en" ? "en-US" : "zh-CN"),
      );
      await expect(page.getByTestId("mistake")).toHaveCount(
        required(evaluation.mistakes, "evaluation.mistakes").length,
      );
    });

    test("model card: each model's parameter counts, test results and the command that made it", async ({ page }) => {
      await page.goto(localePath(language, "/model"));
      // The box's model comes first, then the tutorial's.
      await expect(page.locator('[data-testid^="model-section-"]')).toHaveCount(2);
      await expect(page.locator('[data-testid^="model-section-"]').first()).toHaveAttribute(
        "data-testid",
        "model-section-default",
      );
      for (const metadata of [boxMetadata, model.metadata]) {
        const name = metadata.name ?? "tutorial";
        const section = page.getByTestId(`model-section-${name}`);
        await expect(section.getByRole("heading", { level: 2 })).toContainText(name);
        const { numWords, embeddingDim, lstmUnits } = metadata.model;
        const total = numWords * embeddingDim + 4 * (embeddingDim + lstmUnits + 1) * lstmUnits + lstmUnits + 1;
        await expect(section.getByTestId("total-parameters")).toHaveText(formatInteger(total, language));
        await expect(section.getByTestId("training-settings")).toContainText(
          formatInteger(metadata.training.trainExamples, language),
        );
        await expect(section.getByTestId("training-history").locator("tbody tr")).toHaveCount(metadata.history.length);
        const evaluation = required(
          metadata.evaluation,
          `${name}'s evaluation (npm run evaluate -- --model ${name} --save)`,
        );
        await expect(section.getByTestId("test-metrics")).toContainText(formatPercent(evaluation.accuracy));
        await expect(section.getByTestId("true-positive")).toHaveText(
          formatInteger(evaluation.confusionMatrix.truePositive, language),
        );
        await expect(section.getByTestId("command").nth(1)).toContainText(`npm run train -- --recipe ${name}`);
      }
    });

    test("model card: short reviews and behaviour for both models and Naive Bayes, from metadata.json", async ({
      page,
    }) => {
      const notMeasured = { en: "not measured", zh: "未测量" }[language];
      const accuracy = (result?: { accuracy: number }) =>
        result ? formatPercent(result.accuracy, 1, language) : notMeasured;
      const passRate = (result?: CapabilityResult) =>
        result && result.total > 0
          ? `${formatInteger(result.passed, language)}/${formatInteger(result.total, language)} (${formatPercent(result.passed / result.total, 0, language)})`
          : notMeasured;
      const tutorial = model.metadata;
      const baselines = required(boxMetadata.baselines, "baselines (npm run evaluate -- --model default --save)");
      expect(baselines.map((b) => b.name).join()).toContain("Naive Bayes");
      // Rows and columns in the card's order: the box's model, the tutorial's, then the baselines.
      const contenders: {
        test?: { accuracy: number };
        shortValidation?: { accuracy: number };
        treebankDev?: { accuracy: number };
        behaviour?: CapabilityResult[];
      }[] = [
        // The two shipped models record every column the card shows; a baseline may lack one ("not measured").
        ...(["default", "tutorial"] as const).map((name) => {
          const m = name === "default" ? boxMetadata : tutorial;
          const evaluate = `npm run evaluate -- --model ${name} --treebank DIR --save`;
          return {
            test: required(m.evaluation, `${name}'s evaluation (${evaluate})`),
            shortValidation: required(m.shortValidation, `${name}'s shortValidation (${evaluate})`),
            treebankDev: required(m.treebankDev, `${name}'s treebankDev (${evaluate})`),
            behaviour: required(m.behaviour, `${name}'s behaviour (${evaluate})`),
          };
        }),
        ...baselines,
      ];
      await page.goto(localePath(language, "/model"));

      const lengthRows = page.getByTestId("length").locator("tbody tr");
      await expect(lengthRows).toHaveCount(contenders.length);
      for (const [i, c] of contenders.entries()) {
        await expect(lengthRows.nth(i).locator("td")).toHaveText([
          accuracy(c.test),
          accuracy(c.shortValidation),
          accuracy(c.treebankDev),
        ]);
      }
      // On /zh the baseline's name is translated (components/model-card/model-comparison-tables.tsx).
      for (const [i, baseline] of baselines.entries())
        await expect(lengthRows.nth(2 + i)).toContainText(language === "zh" ? "朴素贝叶斯" : baseline.name);

      const behaviour = page.getByTestId("behaviour");
      await expect(behaviour.locator("thead th")).toHaveCount(1 + contenders.length);
      const capabilities = [...new Set(contenders.flatMap((c) => c.behaviour?.map((b) => b.capability) ?? []))];
      expect(capabilities.length).toBeGreaterThan(0);
      const behaviourRows = behaviour.locator("tbody tr");
      await expect(behaviourRows).toHaveCount(capabilities.length);
      for (const [r, capability] of capabilities.entries()) {
        // Each row names its capability in the page's language: on /zh in Chinese, never the recorded English.
        const header = capabilityName(language, capability);
        if (language === "zh") expect(header, `a Chinese name for "${capability}"`).toMatch(/[\u4e00-\u9fff]/);
        await expect(behaviourRows.nth(r).locator("th")).toHaveText(header);
        await expect(behaviourRows.nth(r).locator("td")).toHaveText(
          contenders.map((c) => passRate(c.behaviour?.find((b) => b.capability === capability))),
        );
      }

      const band = boxMetadata.unsureBand;
      expect(band, "the box's metadata.unsureBand").toBeDefined();
      await expect(page.getByTestId("unsure-band")).toContainText(band!.high.toFixed(3));
      const quantization = boxMetadata.evaluation?.quantization;
      expect(quantization, "the box's 8-bit weights: evaluation.quantization").toBeDefined();
      const effect = page.getByTestId("quantization");
      await expect(effect).toContainText(formatInteger(quantization!.flippedVerdicts, language));
      await expect(effect).toContainText(formatInteger(quantization!.examples, language));
      await expect(effect).toContainText(formatPercent(quantization!.floatAccuracy, 2, language));
    });

    test("dataset page: a real review next to its integers", async ({ page }) => {
      const { metadata } = model;
      await page.goto(learnPath(language, "imdb-dataset"));
      const text = "Long, boring, blasphemous. Never have I been so glad to see ending credits roll.";
      await expect(page.getByText(`[${textToIndices(text, metadata).join(", ")}]`)).toBeVisible();
    });
  });
}

/** The vocabulary word whose embedding row has the highest cosine similarity with `index`'s. */
function nearestWord(index: number): string {
  const { metadata, predictor } = model;
  const words = indexToWordTable(metadata.vocabulary);
  const target = predictor.wordVector(index);
  const norm = (v: Float32Array) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  let best = -Infinity,
    bestIndex = -1;
  for (let other = metadata.preprocessing.firstWordIndex; other < metadata.model.numWords; other++) {
    if (other === index) continue;
    const v = predictor.wordVector(other);
    const similarity = v.reduce((sum, x, i) => sum + x * target[i], 0) / (norm(v) * norm(target));
    if (similarity > best) [best, bestIndex] = [similarity, other];
  }
  return words.get(bestIndex)!;
}
