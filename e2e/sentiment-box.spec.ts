/**
 * The sentiment box in a real browser against the production build, on the box's model in
 * public/models/default/. Expected probabilities come from the same files, computed here in
 * Node by TensorFlow.js's `model.predict`.
 */
import { expect, type Page, test } from "@playwright/test";
import * as tf from "@tensorflow/tfjs";
import { modelInput } from "../lib/encode";
import { formatInteger, formatNumber, formatPercent } from "../lib/format";
import { modelFolder } from "../lib/model-hosting";
import { LANGUAGES, LEARN_PAGES, learnPath, localePath } from "../lib/site";
import { verdictOf } from "../lib/verdict";
import { loadModelDir, loadPredictorDir, readMetadata } from "../scripts/lib/open-saved-model";

const MODEL_DIR = `public/${modelFolder("default")}`;

/** Fills the review box and waits until the shown reading is for this text. */
async function readReview(page: Page, text: string) {
  await page.getByRole("textbox").fill(text);
  if (text.trim() === "") return;
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
}

async function shownProbability(page: Page): Promise<number> {
  return Number(await page.locator("[data-probability]").getAttribute("data-probability"));
}

async function openBox(page: Page, path = "/") {
  await page.goto(path);
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
}

test("a clearly positive review reads positive, a clearly negative one negative", async ({ page }) => {
  await openBox(page);
  await readReview(
    page,
    "One of the best films I have ever seen. Brilliant acting, a beautiful story, and a wonderful ending. I loved it and will watch it again.",
  );
  await expect(page.locator("[data-label]")).toHaveAttribute("data-label", "positive");
  await expect(page.locator("[data-plain-sentence]")).toHaveText(
    /^It puts the chance that this review is positive at \d+%\.$/,
  );
  await readReview(
    page,
    "The worst movie I have ever seen. Awful acting, a boring and stupid plot, terrible dialogue. A complete waste of time; avoid it.",
  );
  await expect(page.locator("[data-label]")).toHaveAttribute("data-label", "negative");
  await expect(page.locator("[data-plain-sentence]")).toHaveText(
    /^It puts the chance that this review is positive at \d%\.$/,
  );
});

test("inside the band the plain sentence says the model can't tell, with its reading as a percentage", async ({
  page,
}) => {
  // Texts with no opinion; the box's own Predictor, here in Node, says which fall inside its band.
  const { predictor, metadata } = await loadPredictorDir(MODEL_DIR);
  expect(metadata.unsureBand, "metadata.unsureBand").toBeDefined();
  const candidates = [
    "The running time is ninety minutes.",
    "I watched it on a Tuesday.",
    "The film is in colour.",
    "It was released in the spring.",
    "The movie has a cast and a director.",
  ];
  const unsure = candidates.find((text) => verdictOf(predictor.read(text), metadata.unsureBand).kind === "unsure");
  expect(unsure, "one of the opinion-free texts falls inside the band").toBeDefined();
  const percent = (language: "en" | "zh") => formatPercent(predictor.read(unsure!).probability, 0, language);
  await openBox(page);
  await readReview(page, unsure!);
  await expect(page.locator("[data-label]")).toHaveAttribute("data-label", "unsure");
  await expect(page.locator("[data-plain-sentence]")).toHaveText(
    `The model can’t tell: it reads this as ${percent("en")} positive.`,
  );
  await openBox(page, localePath("zh", "/"));
  await readReview(page, unsure!);
  await expect(page.locator("[data-plain-sentence]")).toHaveText(
    `模型拿不准：在它看来，这段话为正面的概率是 ${percent("zh")}。`,
  );
});

for (const language of LANGUAGES) {
  test(`"How sure is it?" (${language}): two lines from the band, details closed at first; the band and the box's view of held-out sets from metadata`, async ({
    page,
  }) => {
    const metadata = await readMetadata(MODEL_DIR);
    const band = metadata.unsureBand;
    expect(band, "metadata.unsureBand").toBeDefined();
    // The band's figures, not only its ends (older metadata had prose instead: npm run evaluate -- --choose-band --save).
    for (const key of ["target", "examples", "insideShare", "accuracyOutside"] as const)
      expect(typeof band![key], `metadata.unsureBand.${key}`).toBe("number");
    expect(typeof band!.reachedTarget, "metadata.unsureBand.reachedTarget").toBe("boolean");
    await openBox(page, localePath(language, "/"));
    await readReview(page, "One of the best films I have ever seen. Brilliant acting and a wonderful ending.");
    const details = page.locator("[data-how-sure]");
    const bandText = details.locator("[data-unsure-band]");
    // The two-line summary is visible at once, rendered from the band's numbers.
    const end = (x: number) => formatNumber(x, language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    const summary = details.locator("[data-how-sure-summary] li");
    await expect(summary).toHaveCount(2);
    await expect(summary.first()).toBeVisible();
    await expect(summary.first()).toContainText(end(band!.low));
    await expect(summary.first()).toContainText(end(band!.high));
    await expect(summary.nth(1)).toContainText(formatPercent(band!.accuracyOutside, 1, language));
    await expect(bandText).toBeHidden();
    await details.locator("summary").click();
    await expect(bandText).toBeVisible();
    const probability = Number(await page.locator("[data-verdict]").getAttribute("data-probability"));
    await expect(details).toContainText(
      formatNumber(probability, language, { minimumFractionDigits: 4, maximumFractionDigits: 4 }),
    );
    for (const figure of [
      end(band!.low),
      end(band!.high),
      formatInteger(band!.examples, language),
      formatPercent(band!.insideShare, 1, language),
      formatPercent(band!.accuracyOutside, 1, language),
      formatPercent(band!.target, 0, language),
      ...(band!.accuracyInside === null ? [] : [formatPercent(band!.accuracyInside, 1, language)]),
    ])
      await expect(bandText).toContainText(figure);
    // The rule it was chosen by, as the numbers say: never "narrowest" when no band reached the target.
    const narrowest = { en: "narrowest", zh: "最窄" }[language];
    const widest = { en: "widest band tried", zh: "最宽" }[language];
    if (band!.reachedTarget) await expect(bandText).toContainText(narrowest);
    else {
      await expect(bandText).toContainText(widest);
      await expect(bandText).not.toContainText(narrowest);
    }
    for (const set of ["shortValidation", "treebankDev"] as const) {
      const result = metadata[set];
      expect(result?.box, `metadata.${set}.box (npm run evaluate -- --treebank DIR --save)`).toBeDefined();
      const line = details.locator(`[data-box-view-set="${set}"]`);
      await expect(line).toContainText(formatInteger(result!.examples, language));
      await expect(line).toContainText(formatPercent(result!.box!.unsure, 1, language));
      await expect(line).toContainText(formatPercent(result!.box!.noVerdict, 1, language));
      const outside = result!.box!.accuracyOutside;
      expect(outside, `metadata.${set}.box.accuracyOutside`).not.toBeNull();
      await expect(line).toContainText(formatPercent(outside!, 1, language));
    }
  });
}

test("the example buttons fill the box and update the reading", async ({ page }) => {
  await openBox(page);
  await page.getByRole("button", { name: "Clearly negative" }).click();
  await expect(page.getByRole("button", { name: "Clearly negative" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator("[data-label]")).toHaveAttribute("data-label", "negative");
});

test("browser probabilities equal model.predict in Node on the same files, to 1e-5", async ({ page }) => {
  await tf.setBackend("cpu");
  const { model, metadata } = await loadModelDir(MODEL_DIR);
  const words = (count: number) =>
    Array.from({ length: count }, (_, i) => ["good", "bad", "plot", "zzyzx", "the"][i % 5]).join(" ");
  // Around maxLen: no padding (maxLen - 1 words + start), and the first truncation.
  const texts = [
    "great",
    "Not good. Not good at all!",
    "I don't know what to say about this film",
    "zzyzx qwfp 😀 電影 <b>bold</b>",
    words(metadata.model.maxLen - 1),
    words(metadata.model.maxLen),
    words(metadata.model.maxLen + 37),
    "the end",
  ];
  await openBox(page);
  for (const text of texts) {
    const expected = tf.tidy(
      () => (model.predict(tf.tensor2d([modelInput(text, metadata)], undefined, "int32")) as tf.Tensor).dataSync()[0],
    );
    await readReview(page, text);
    expect(Math.abs((await shownProbability(page)) - expected), text.slice(0, 40)).toBeLessThan(1e-5);
  }
  model.dispose();
});

test("out-of-vocabulary words are marked and become the OOV index", async ({ page }) => {
  const { preprocessing } = await readMetadata(MODEL_DIR);
  await openBox(page);
  await readReview(page, "the movie was zxqvbnmplk");
  const token = page.locator("[data-tokens] li", { hasText: "zxqvbnmplk" });
  await expect(token).toHaveAttribute("data-oov", "true");
  await expect(token).toContainText(String(preprocessing.oovIndex));
  await expect(token).toContainText(/oov/i);
  await expect(page.locator("[data-tokens] li", { hasText: /^the\b/ }).first()).not.toHaveAttribute("data-oov");
});

test("a 20,000-word paste shows the truncation notice and the page stays responsive", async ({ page }) => {
  const { model } = await readMetadata(MODEL_DIR);
  await openBox(page);
  const review = Array.from({ length: 20_000 }, (_, i) => ["a", "long", "film", "that", "never", "ends"][i % 6]).join(
    " ",
  );
  await page.getByRole("textbox").fill(review);
  // From here on the page's own work runs: the worker reads, React renders the reading.
  const longestPause = await startPauseMeter(page);
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
  const notice = page.locator("[data-truncation-notice]");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText((20_001).toLocaleString("en-US"));
  await expect(notice).toContainText(String(model.maxLen));
  await expect(page.locator("[data-tokens] li")).toHaveCount(model.maxLen);
  // Typing still goes through at once.
  await page.getByRole("textbox").press("End");
  await page.keyboard.type(" fin");
  await expect(page.getByRole("textbox")).toHaveValue(/ fin$/);
  const pause = await longestPause();
  console.log(`20,000 words: longest pause ${pause.toFixed(0)} ms`);
  expect(pause).toBeLessThan(300);
});

test("a 1 MB paste keeps the page responsive", async ({ page }) => {
  await openBox(page);
  // Chromium itself needs a few hundred ms to insert a megabyte into a textarea, and
  // about as long for every keystroke in it; what we measure is the page's work after that.
  await page.getByRole("textbox").fill("This film is fine. ".repeat(55_000));
  const longestPause = await startPauseMeter(page);
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator("[data-truncation-notice]")).toBeVisible();
  const pause = await longestPause();
  console.log(`1 MB paste: longest pause ${pause.toFixed(0)} ms`);
  expect(pause).toBeLessThan(300);
});

test("empty and whitespace-only input show a hint instead of a score", async ({ page }) => {
  await openBox(page);
  for (const text of ["", "   \n\t  "]) {
    await readReview(page, text);
    await expect(page.locator("[data-empty-hint]")).toBeVisible();
    await expect(page.locator("[data-probability]")).toHaveCount(0);
  }
});

test("emoji, CJK and <script> are shown as text and read", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => errors.push(`dialog: ${dialog.message()}`));
  await openBox(page);
  const text = `Loved it 😍🎬 好電影！ <script>alert("boom")</script><img src=x onerror="alert('img')">`;
  await readReview(page, text);
  await expect(page.getByRole("textbox")).toHaveValue(text);
  await expect(page.locator("[data-tokens] li", { hasText: "好電影" })).toBeVisible();
  // Tokenizer v2 drops HTML tags and keeps the text between them as words.
  await expect(page.locator("[data-tokens] li", { hasText: "boom" })).toBeVisible();
  await expect(page.locator("[data-tokens] li", { hasText: "script" })).toHaveCount(0);
  const probability = await shownProbability(page);
  expect(probability).toBeGreaterThan(0);
  expect(probability).toBeLessThan(1);
  await expect(page.locator("[data-sentiment-box] script, [data-sentiment-box] img")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("while the weights are still on their way, the box shows how many bytes have arrived", async ({ page }) => {
  const weights = (url: URL) => url.pathname === `/${modelFolder("default")}/weights.bin`;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(weights, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  // model.json and reading.json have arrived (tens of kB); the weights are held back.
  const status = page.locator("[data-sentiment-box] [role=status]").filter({ hasText: "Loading the model:" });
  await expect(status).toContainText(/[1-9][0-9]* kB/);
  release();
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
});

test("a model that fails to load shows the reason and a retry that works", async ({ page }) => {
  // The weights' URL carries a version query (weights.bin?v=…), so match on the path.
  const weights = (url: URL) => url.pathname === `/${modelFolder("default")}/weights.bin`;
  await page.route(weights, (route) => route.fulfill({ status: 200, body: Buffer.alloc(1000) }));
  await page.goto("/");
  const alert = page.locator("[data-sentiment-box] [role=alert]");
  await expect(alert).toContainText("could not be loaded");
  await expect(alert).toContainText("were cut short");
  await page.unroute(weights);
  await page.route(`**/${modelFolder("default")}/model.json`, (route) =>
    route.fulfill({ status: 404, body: "missing" }),
  );
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toContainText("model.json is missing");
  await page.unroute(`**/${modelFolder("default")}/model.json`);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready");
  await expect(page.locator("[data-probability]")).toBeVisible();
});

for (const language of LANGUAGES) {
  test(`every /learn link in the ${language} box names a page of the course`, async ({ page }) => {
    await openBox(page, localePath(language, "/"));
    // Truncation cuts the front, so the one known word (which earns a verdict) comes last.
    await readReview(page, `${Array.from({ length: 1000 }, () => "zxqvbnmplk").join(" ")} the`); // shows every note and link
    const hrefs = await page
      .locator("[data-sentiment-box] a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const coursePaths = LEARN_PAGES.map((learnPage) => learnPath(language, learnPage.slug));
    expect(new Set(hrefs).size).toBe(6);
    // Each lands on a section of its page (the widget that shows the review), or on the page itself.
    for (const href of hrefs) expect(coursePaths).toContain(href!.split("#")[0]);
  });
}

test("every /learn link on the page resolves", async ({ page }) => {
  await openBox(page);
  await readReview(page, `${Array.from({ length: 1000 }, () => "zxqvbnmplk").join(" ")} the`);
  const hrefs = await page
    .locator("a[href*='/learn/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  for (const href of new Set(hrefs)) expect((await page.request.get(href)).status(), href).toBe(200);
});

test("the Chinese box speaks Chinese and reads the same", async ({ page }) => {
  await openBox(page, "/zh");
  await readReview(
    page,
    "One of the best films I have ever seen. Brilliant acting, a beautiful story, and a wonderful ending.",
  );
  await expect(page.getByRole("heading", { name: "模型看到了什么" })).toBeVisible();
  await expect(page.locator("[data-plain-sentence]")).toHaveText(/^它估计这条影评为正面的概率是 \d+%。$/);
});

test("the typed text never leaves the browser and no other host is contacted", async ({ page, baseURL }) => {
  const requests: { url: string; body: string }[] = [];
  page.on("request", (request) => requests.push({ url: request.url(), body: request.postData() ?? "" }));
  const response = await page.goto("/");
  expect(response?.headers()["content-security-policy"]).toContain("connect-src 'self'");
  await expect(page.locator("[data-sentiment-box]")).toHaveAttribute("data-status", "ready");
  const secret = "Quokkas adore marmalade in Zanzibar";
  await readReview(page, secret);
  await page.getByRole("textbox").pressSequentially(" truly", { delay: 20 });
  await expect(page.locator("[data-reading]")).toHaveAttribute("aria-busy", "false");
  const host = new URL(baseURL!).host;
  expect(requests.length).toBeGreaterThan(3);
  for (const { url, body } of requests) {
    expect(new URL(url).host, url).toBe(host);
    for (const word of ["quokkas", "marmalade", "zanzibar"])
      expect(decodeURIComponent(url + body).toLowerCase(), url).not.toContain(word);
  }
});

test("the footer names the model that runs, on the box's page and elsewhere", async ({ page }) => {
  for (const path of ["/", learnPath("en", "lstm")]) {
    await page.goto(path);
    await expect(page.locator("[data-model-footer]")).toContainText(
      /Model: (embedded in this site|version \S+ hosted on \S+) · trained \d/,
    );
  }
});

/** Starts measuring the longest gap between animation frames; call the result to stop and read it (ms). */
async function startPauseMeter(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const state = { longest: 0, last: performance.now(), running: true };
    const tick = (now: number) => {
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (window as unknown as { pauseMeter: typeof state }).pauseMeter = state;
  });
  return () =>
    page.evaluate(() => {
      const state = (window as unknown as { pauseMeter: { longest: number; running: boolean } }).pauseMeter;
      state.running = false;
      return state.longest;
    });
}
