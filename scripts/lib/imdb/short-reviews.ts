/**
 * Short reviews cut from long ones: spans of 1–3 consecutive sentences, each carrying
 * its review's label. From validation reviews they make the short-review validation
 * set (reviews as people type them in the box); from training reviews, extra training
 * examples. Never cut from test reviews. Deterministic for a seed and an input order.
 */
import { seededRandom } from "../../../lib/random";
import { tokenize } from "../../../lib/tokenizer";

export interface LabelledText {
  text: string;
  /** 1 = positive, 0 = negative. */
  label: 0 | 1;
  id: string;
}

export interface ShortReviewOptions {
  seed: number;
  /** Spans to try to cut from each review (default 1); fewer when the review is short. */
  spansPerReview?: number;
  /** Longest span in sentences (default 3). */
  maxSentences?: number;
  /** Spans outside [minWords, maxWords] tokenizer words are not used (defaults 3 and 60). */
  minWords?: number;
  maxWords?: number;
}

/** Words whose final period does not end a sentence. ("etc." and "no." often do, so they are not here.) */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "vs",
  "prof",
  "mt",
  "lt",
  "sgt",
  "capt",
  "col",
  "gen",
  "vol",
  "ft",
]);

/**
 * A sentence ends at . ! ? or … (repeated or not), after any closing quotes or brackets,
 * when whitespace and then a capital letter or digit (maybe behind an opening quote) follow.
 */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)\s+(?=["'“‘«([]*[\p{Lu}\p{N}])/gu;

/** The word right before a period, e.g. "Mr" in "... Mr. Smith", "e.g" in "e.g. Jaws". */
function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(word) && word !== "I") return true; // an initial: "J. R. R. Tolkien"
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // "e.g", "i.e", "U.S"
}

/**
 * Splits review text into sentences. `<br />` tags and line breaks always end one.
 *
 * @example splitSentences('Mr. Smith was great... Really! "Bad," she said.<br />10/10')
 *   // ["Mr. Smith was great...", "Really!", '"Bad," she said.', "10/10"]
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.replace(/<br\s*\/?>/gi, "\n").split(/\s*\n\s*/)) {
    const line = paragraph.replace(/\s+/g, " ").trim();
    let start = 0;
    for (const match of line.matchAll(BOUNDARY)) {
      const end = match.index + match[1].length + match[2].length;
      if (match[1] === "." && endsWithAbbreviation(line.slice(start, match.index))) continue;
      sentences.push(line.slice(start, end));
      start = match.index + match[0].length;
    }
    sentences.push(line.slice(start));
  }
  // Drop pieces with no letter or digit, such as a lone "..." or "*".
  return sentences.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * Up to `spansPerReview` distinct spans of 1..maxSentences sentences from each review,
 * lengths and starts drawn uniformly, ids `<review id>#<first>-<last sentence>`.
 */
export function cutShortReviews(reviews: readonly LabelledText[], options: ShortReviewOptions): LabelledText[] {
  const { seed, spansPerReview = 1, maxSentences = 3, minWords = 3, maxWords = 60 } = options;
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const spans: LabelledText[] = [];
  for (const review of reviews) {
    const sentences = splitSentences(review.text);
    const taken = new Set<string>();
    // A few draws per span wanted: some spans are too long or too short, or taken already.
    for (
      let attempt = 0;
      attempt < 4 * spansPerReview && taken.size < spansPerReview && sentences.length > 0;
      attempt++
    ) {
      const count = 1 + pick(Math.min(maxSentences, sentences.length));
      const first = pick(sentences.length - count + 1);
      const key = `${first + 1}-${first + count}`;
      const text = sentences.slice(first, first + count).join(" ");
      const words = tokenize(text).length;
      if (taken.has(key) || words < minWords || words > maxWords) continue;
      taken.add(key);
      spans.push({ text, label: review.label, id: `${review.id}#${key}` });
    }
  }
  return spans;
}

/** Fixed, so every model is compared on the same short reviews. */
export const SHORT_VALIDATION_SEED = 2_011;

/**
 * The short-review validation set: two spans from each validation review (from
 * `splitValidation`, never test reviews), about 5,000 for the 2,500 IMDB ones.
 */
export function shortValidationSet(validationReviews: readonly LabelledText[]): LabelledText[] {
  return cutShortReviews(validationReviews, { seed: SHORT_VALIDATION_SEED, spansPerReview: 2 });
}
