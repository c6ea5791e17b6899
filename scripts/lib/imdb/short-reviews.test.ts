import assert from "node:assert/strict";
import { test } from "node:test";
import { cutShortReviews, splitSentences } from "./short-reviews";

const sentenceCases: { name: string; text: string; sentences: string[] }[] = [
  {
    name: "plain",
    text: "I loved it. The cast was great! Would I watch again? Yes.",
    sentences: ["I loved it.", "The cast was great!", "Would I watch again?", "Yes."],
  },
  {
    name: "<br /> tags end sentences",
    text: "Great film<br /><br />Terrible ending<BR>Go see it",
    sentences: ["Great film", "Terrible ending", "Go see it"],
  },
  { name: "line breaks end sentences", text: "First part\n\nsecond part", sentences: ["First part", "second part"] },
  {
    name: "titles are not ends",
    text: "Mr. Smith and Dr. Jones meet Mrs. Doe. They talk.",
    sentences: ["Mr. Smith and Dr. Jones meet Mrs. Doe.", "They talk."],
  },
  {
    name: "initials and e.g.",
    text: "Based on J. R. R. Tolkien, e.g. The Hobbit. Fine.",
    sentences: ["Based on J. R. R. Tolkien, e.g. The Hobbit.", "Fine."],
  },
  {
    name: "an ellipsis before lowercase goes on",
    text: "It was... okay. Then... The end.",
    sentences: ["It was... okay.", "Then...", "The end."],
  },
  {
    name: "quotes close the sentence",
    text: 'She said "I hate it." Then she left. "Great!" he said.',
    sentences: ['She said "I hate it."', "Then she left.", '"Great!" he said.'],
  },
  {
    name: "repeated marks and digits",
    text: "Wow!!! 10/10 would watch. 3.5 stars?! 2 thumbs up.",
    sentences: ["Wow!!!", "10/10 would watch.", "3.5 stars?!", "2 thumbs up."],
  },
  { name: "lowercase after a period is not a new sentence", text: "the end. or not.", sentences: ["the end. or not."] },
  {
    name: "pieces without letters are dropped",
    text: "Good.<br />*** <br />... <br />Bad.",
    sentences: ["Good.", "Bad."],
  },
  { name: "a trailing ellipsis stays with its sentence", text: "Good. ...", sentences: ["Good. ..."] },
  { name: "I at the end of a sentence", text: "So did I. The end.", sentences: ["So did I.", "The end."] },
  { name: "empty", text: "  ", sentences: [] },
];
for (const { name, text, sentences } of sentenceCases) {
  test(`splitSentences: ${name}`, () => assert.deepEqual(splitSentences(text), sentences));
}

const reviews = [
  {
    id: "train/pos/0_9.txt",
    label: 1 as const,
    text: "One two three. Four five six. Seven eight nine. Ten eleven twelve.",
  },
  { id: "train/neg/0_1.txt", label: 0 as const, text: "A b c d.<br />E f g h." },
  { id: "train/neg/1_2.txt", label: 0 as const, text: "Too short." },
];

test("cutShortReviews: spans of whole sentences carrying the label, with traceable ids", () => {
  const spans = cutShortReviews(reviews, { seed: 1, spansPerReview: 2 });
  assert.ok(spans.length >= 2);
  for (const span of spans) {
    const [source, range] = span.id.split("#");
    const review = reviews.find((r) => r.id === source)!;
    assert.equal(span.label, review.label);
    const [first, last] = range.split("-").map(Number);
    assert.ok(last - first + 1 >= 1 && last - first + 1 <= 3, span.id);
    const sentences = splitSentences(review.text);
    assert.equal(span.text, sentences.slice(first - 1, last).join(" "));
  }
  // "Too short." has 2 words, under the minimum of 3.
  assert.ok(!spans.some((s) => s.id.startsWith("train/neg/1_2.txt")));
  // Two spans per review at most, and never the same span twice.
  assert.equal(new Set(spans.map((s) => s.id)).size, spans.length);
  assert.ok(spans.filter((s) => s.id.startsWith("train/pos/0_9.txt")).length <= 2);
});

const limitCases: {
  name: string;
  options: { minWords?: number; maxWords?: number; maxSentences?: number };
  check: (words: number, sentences: number) => boolean;
}[] = [
  { name: "maxSentences 1", options: { maxSentences: 1 }, check: (_, sentences) => sentences === 1 },
  { name: "maxWords 3", options: { maxWords: 3, minWords: 1 }, check: (words) => words <= 3 },
  { name: "minWords 6", options: { minWords: 6 }, check: (words) => words >= 6 },
];
for (const { name, options, check } of limitCases) {
  test(`cutShortReviews: ${name}`, () => {
    const spans = cutShortReviews(reviews, { seed: 3, spansPerReview: 3, ...options });
    assert.ok(spans.length > 0);
    for (const span of spans) {
      const [first, last] = span.id.split("#")[1].split("-").map(Number);
      assert.ok(check(span.text.split(" ").length, last - first + 1), `${span.id}: ${span.text}`);
    }
  });
}

test("cutShortReviews: the same seed gives the same spans, another seed others", () => {
  const many = Array.from({ length: 20 }, (_, i) => ({ ...reviews[0], id: `r${i}` }));
  const ids = (seed: number) => cutShortReviews(many, { seed }).map((s) => s.id);
  assert.deepEqual(ids(7), ids(7));
  assert.notDeepEqual(ids(7), ids(8));
});
