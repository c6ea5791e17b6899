/**
 * The Chinese pages read as Chinese (issue 30): every /zh page shape, once its widgets have
 * loaded, is checked for
 * - a space between two Chinese characters or punctuation marks (a sentence broken across
 *   JSX source lines renders one: "它 继续", "” 。");
 * - English left in a label: aria-label, title and alt, and the visible labels (headings,
 *   table headers, buttons, form labels, legends, captions, chart text). Code, text marked
 *   lang="en" (quoted reviews and words), and what CODE_OR_GLOSS removes may stay in Latin
 *   letters, besides one-letter variables (w, g, m) and the names, abbreviations and units in
 *   ALLOWED.
 */
import { expect, type Page, test } from "@playwright/test";
import { LEARN_PAGES, learnPath, localePath } from "../lib/site";
import { settle } from "./settle";

const pages = [
  localePath("zh", "/"),
  localePath("zh", "/learn"),
  localePath("zh", "/model"),
  ...LEARN_PAGES.map((page) => learnPath("zh", page.slug)),
];

/**
 * Latin-letter words a Chinese label may keep: names of models, libraries, datasets, formats
 * and people; abbreviations a Chinese ML text also writes in Latin letters (usually after the
 * Chinese term, in parentheses); units; and the language switch's "English".
 */
const ALLOWED = new Set([
  // models, methods and functions
  "LSTM",
  "Adam",
  "sigmoid",
  "tanh",
  "softmax",
  "logit",
  "CSP",
  "LDA",
  "ROC",
  "AUC",
  "F1",
  "OOV",
  "P",
  "t",
  // libraries, languages, tools
  "Keras",
  "TensorFlow",
  "TensorFlow.js",
  "tfjs",
  "Python",
  "TypeScript",
  "JavaScript",
  "PyTorch",
  "MNE",
  "MNE-Python",
  "npm",
  "GitHub",
  "CheckList",
  "Vercel",
  "Blob",
  // Keras layers named in titles
  "Embedding",
  "Dense",
  "Sequential",
  "Next.js",
  // data, formats, fields
  "IMDB",
  "EEGLAB",
  "EEG",
  "EDF",
  "EDF+",
  "BDF",
  "SHA-256",
  "JSON",
  "CSV",
  "GPU",
  "CPU",
  "mu",
  "beta",
  "alpha",
  // the EEG files' event codes
  "T0",
  "T1",
  "T2",
  // people
  "Olah",
  "Karpathy",
  "Wilson",
  "Socher",
  "Maas",
  "Ribeiro",
  "Kingma",
  "Ba",
  // units
  "Hz",
  "ms",
  "kB",
  "MB",
  "µV",
  // the language switch names its language in that language
  "English",
]);

/** Text of an element without code, English-marked text and screen-reader-hidden parts. */
async function labels(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(() => {
    const found: { where: string; text: string }[] = [];
    const tagOf = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}>`;
    for (const el of document.querySelectorAll("[aria-label], [title], [alt]")) {
      if (el.closest('[lang="en"], code, pre')) continue;
      for (const name of ["aria-label", "title", "alt"]) {
        const value = el.getAttribute(name);
        if (value) found.push({ where: `${tagOf(el)} ${name}`, text: value });
      }
    }
    const visible =
      "h1, h2, h3, h4, th, button, label, legend, caption, figcaption, summary, option, svg text, [role=tab]";
    for (const el of document.querySelectorAll(visible)) {
      const copy = el.cloneNode(true) as Element;
      for (const skip of copy.querySelectorAll('code, pre, kbd, var, samp, [lang="en"], [aria-hidden="true"]'))
        skip.remove();
      if (el.closest('[lang="en"], code, pre')) continue;
      const text = copy.textContent?.trim();
      if (text) found.push({ where: tagOf(el), text });
    }
    return found;
  });
}

/** Each block's text, for the space check. */
async function blocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "p, li, td, th, h1, h2, h3, h4, figcaption, caption, label, button, dd, dt, svg text",
      ),
    ]
      .filter((el) => !el.closest('[lang="en"], code, pre'))
      .map((el) => el.textContent ?? ""),
  );
}

// Chinese characters and full-width punctuation (、。，：；（）！？ and the curly quotes).
const CJK = "[\\u3000-\\u303f\\u4e00-\\u9fff\\uff01-\\uff1f“”‘’]";
const STRAY_SPACE = new RegExp(`${CJK}\\s+${CJK}`, "g");
/**
 * Not English labels: English quoted as words (“not good”); the English term after the Chinese
 * one in full-width parentheses (准确率（accuracy）); code written inline in a title or label:
 * identifiers with _ . / = ( or @ (imdb.load_data, y_train, scripts/lib/model.ts:34,
 * Embedding(5000, trial ids such as S001R04-T1@12.5s), command-line flags (--data) and quoted
 * values ('pre').
 */
const CODE_OR_GLOSS =
  /“[^”\u4e00-\u9fff]*”|（[^）]*）|[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff1f]*[_./=(@][^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff1f]*|--[\w-]+|'[^']*'/g;

for (const path of pages) {
  test(`${path}: no space between Chinese characters, no English label`, async ({ page }) => {
    await page.goto(path);
    await settle(page);
    const spaces = [
      ...new Set(
        (await blocks(page)).flatMap((text) =>
          [...text.matchAll(STRAY_SPACE)].map((m) => text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8)),
        ),
      ),
    ];
    expect(spaces, "spaces between Chinese characters").toEqual([]);
    const english = (await labels(page)).flatMap(({ where, text }) => {
      const words = (text.replace(CODE_OR_GLOSS, "").match(/[A-Za-z][A-Za-z0-9.+-]*/g) ?? [])
        .map((word) => word.replace(/[.]+$/, ""))
        .filter((word) => word.length > 1 && !ALLOWED.has(word));
      return words.length > 0 ? [`${where}: "${text}" (${words.join(", ")})`] : [];
    });
    expect([...new Set(english)], "Latin-letter labels").toEqual([]);
  });
}
