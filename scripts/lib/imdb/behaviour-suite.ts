/**
 * The behaviour suite, CheckList-style (Ribeiro et al., ACL 2020): templated short
 * reviews with expected verdicts, grouped by capability, to MEASURE what a model does
 * with the kind of text people type into the box. Never train or tune on these cases:
 * they would stop measuring anything.
 *
 * A case with label 1 passes when P(positive) > 0.5, one with label 0 when P < 0.5.
 * "No opinion" cases pass when P lies inside the unsure band, the model's own
 * (`metadata.unsureBand`) when it has one, else [0.35, 0.65].
 */
import type { CapabilityResult } from "../../../lib/metadata";

export const CAPABILITIES = [
  "short positive",
  "short negative",
  "negated positive",
  "negated negative",
  "contrast with but",
  "intensifiers",
  "no opinion",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** 1 = positive, 0 = negative, "unsure" = no opinion either way. */
export type Expected = 0 | 1 | "unsure";

export interface BehaviourCase {
  capability: Capability;
  text: string;
  expected: Expected;
}

/** An unsure band's bounds: all a case needs (lib/metadata.ts `UnsureBand` adds the figures it was chosen on). */
export interface BandBounds {
  low: number;
  high: number;
}

/** Used when a model records no unsure band (and for the Naive Bayes baseline). */
export const DEFAULT_UNSURE_BAND: BandBounds = { low: 0.35, high: 0.65 };

const POSITIVE = [
  "good",
  "great",
  "excellent",
  "wonderful",
  "amazing",
  "brilliant",
  "enjoyable",
  "fantastic",
  "superb",
  "beautiful",
  "delightful",
  "entertaining",
  "charming",
  "fun",
  "clever",
  "impressive",
];
const NEGATIVE = [
  "bad",
  "terrible",
  "awful",
  "boring",
  "dull",
  "horrible",
  "poor",
  "weak",
  "disappointing",
  "stupid",
  "mediocre",
  "pointless",
  "tedious",
  "annoying",
  "lame",
  "painful",
];
/** Negative words whose negation ("not boring at all") reads as praise. */
const NEGATABLE_NEGATIVE = [
  "bad",
  "boring",
  "dull",
  "disappointing",
  "tedious",
  "slow",
  "predictable",
  "terrible",
  "awful",
  "weak",
  "confusing",
  "annoying",
];
const SUBJECTS = [
  "the movie",
  "this film",
  "the acting",
  "the plot",
  "the story",
  "the script",
  "the ending",
  "the cast",
  "the soundtrack",
  "the dialogue",
  "the direction",
  "the photography",
  "the lead actress",
  "the humour",
  "the pacing",
];
const NOUNS = ["movie", "film", "story", "performance", "sequel", "comedy", "thriller", "drama", "script", "cast"];
const INTENSIFIERS = [
  "really",
  "very",
  "extremely",
  "incredibly",
  "absolutely",
  "truly",
  "so",
  "totally",
  "remarkably",
  "seriously",
  "genuinely",
  "thoroughly",
];
/** Intensifiers that read well before an adjective and a noun ("a truly great film"). */
const ATTRIBUTIVE_INTENSIFIERS = ["really", "very", "extremely", "incredibly", "truly", "genuinely", "thoroughly"];
const LIKE_VERBS = ["like", "enjoy", "love"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const PLACES = ["Canada", "Ireland", "a small town", "Morocco", "the desert", "New Zealand", "Chicago"];

const capitalize = (text: string) => text[0].toUpperCase() + text.slice(1);
const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");
/** The k-th item of `list`, stepping by `stride` so successive cases pair different words. */
const at = <T>(list: readonly T[], k: number, stride = 1): T => list[(k * stride) % list.length];

type Template = (k: number) => string;

/** `count` cases from the templates in turn, duplicates left out. */
function generate(capability: Capability, expected: Expected, count: number, templates: Template[]): BehaviourCase[] {
  const texts = new Set<string>();
  for (let k = 0; texts.size < count && k < count * 4; k++)
    texts.add(capitalize(templates[k % templates.length](Math.floor(k / templates.length) + k)));
  return [...texts].map((text) => ({ capability, text, expected }));
}

/** The templates for one clear verdict, shared by "short positive" and "short negative". */
function shortTemplates(words: readonly string[]): Template[] {
  return [
    (k) => `${at(words, k)}.`,
    (k) => `${at(SUBJECTS, k, 2)} was ${at(words, k, 3)}.`,
    (k) => `${at(SUBJECTS, k, 5)} is ${at(words, k, 7)}.`,
    (k) => `${article(at(words, k, 5))} ${at(words, k, 5)} ${at(NOUNS, k, 3)}.`,
    (k) => `what ${article(at(words, k, 3))} ${at(words, k, 3)} ${at(NOUNS, k)}!`,
    (k) => `I found it ${at(words, k, 9)}.`,
  ];
}

/** Every case of the suite, in a fixed order: a few hundred, about 50 per capability. */
export function behaviourCases(): BehaviourCase[] {
  return [
    ...generate("short positive", 1, 40, shortTemplates(POSITIVE)),
    ...[
      "Loved it.",
      "I loved this movie.",
      "Highly recommended.",
      "A must see.",
      "10/10",
      "Best film of the year.",
      "Two thumbs up.",
      "Worth every minute.",
      "I would watch it again.",
      "A masterpiece.",
    ].map((text) => ({ capability: "short positive" as const, text, expected: 1 as const })),
    ...generate("short negative", 0, 40, shortTemplates(NEGATIVE)),
    ...[
      "Hated it.",
      "I hated this movie.",
      "A waste of time.",
      "1/10",
      "Worst film of the year.",
      "Save your money.",
      "I want my money back.",
      "Avoid this one.",
      "I fell asleep.",
      "A complete mess.",
    ].map((text) => ({ capability: "short negative" as const, text, expected: 0 as const })),
    ...generate("negated positive", 0, 50, [
      (k) => `${at(SUBJECTS, k, 2)} was not ${at(POSITIVE, k, 3)}.`,
      (k) => `${at(SUBJECTS, k, 4)} wasn't ${at(POSITIVE, k, 5)}.`,
      (k) => `${at(SUBJECTS, k, 7)} is not ${at(POSITIVE, k, 7)} at all.`,
      (k) => `this is not ${article(at(POSITIVE, k, 3))} ${at(POSITIVE, k, 3)} ${at(NOUNS, k)}.`,
      (k) => `I did not ${at(LIKE_VERBS, k)} ${at(SUBJECTS, k, 3)}.`,
      (k) => `I didn't ${at(LIKE_VERBS, k, 2)} it.`,
      (k) => `not ${at(POSITIVE, k, 5)}.`,
      (k) => `${at(SUBJECTS, k, 11)} was never ${at(POSITIVE, k, 9)}.`,
      (k) => `I would not call ${at(SUBJECTS, k)} ${at(POSITIVE, k, 11)}.`,
      (k) => `I don't think ${at(SUBJECTS, k, 8)} was ${at(POSITIVE, k, 13)}.`,
    ]),
    ...generate("negated negative", 1, 50, [
      (k) => `${at(SUBJECTS, k, 2)} was not ${at(NEGATABLE_NEGATIVE, k, 5)} at all.`,
      (k) => `${at(SUBJECTS, k, 4)} wasn't ${at(NEGATABLE_NEGATIVE, k, 7)} at all.`,
      (k) => `not ${at(NEGATABLE_NEGATIVE, k)} at all.`,
      (k) => `not ${article(at(NEGATABLE_NEGATIVE, k, 5))} ${at(NEGATABLE_NEGATIVE, k, 5)} ${at(NOUNS, k)} at all.`,
      (k) => `${at(SUBJECTS, k, 7)} was never ${at(NEGATABLE_NEGATIVE, k, 3)}.`,
      (k) => `there was nothing ${at(NEGATABLE_NEGATIVE, k, 7)} about ${at(SUBJECTS, k, 3)}.`,
      (k) => `${at(SUBJECTS, k, 5)} is not ${at(NEGATABLE_NEGATIVE, k, 11)} in the least.`,
    ]),
    ...generate("contrast with but", 0, 25, [
      (k) =>
        `${at(SUBJECTS, k, 2)} was ${at(POSITIVE, k, 3)}, but ${at(SUBJECTS, k + 1, 2)} was ${at(NEGATIVE, k, 5)}.`,
      (k) => `I expected it to be ${at(POSITIVE, k, 5)}, but it was ${at(NEGATIVE, k, 3)}.`,
      (k) => `some parts are ${at(POSITIVE, k, 7)}, but overall it is ${at(NEGATIVE, k, 7)}.`,
      (k) =>
        `${at(SUBJECTS, k, 4)} looked ${at(POSITIVE, k)}, but the ${at(NOUNS, k, 3)} itself was ${at(NEGATIVE, k, 9)}.`,
      (k) => `it starts out ${at(POSITIVE, k, 9)}, but the rest is ${at(NEGATIVE, k, 11)}.`,
    ]),
    ...generate("contrast with but", 1, 25, [
      (k) =>
        `${at(SUBJECTS, k, 2)} was ${at(NEGATIVE, k, 3)}, but ${at(SUBJECTS, k + 1, 2)} was ${at(POSITIVE, k, 5)}.`,
      (k) => `I expected it to be ${at(NEGATIVE, k, 5)}, but it was ${at(POSITIVE, k, 3)}.`,
      (k) => `some parts are ${at(NEGATIVE, k, 7)}, but overall it is ${at(POSITIVE, k, 7)}.`,
      (k) => `${at(SUBJECTS, k, 4)} was ${at(NEGATIVE, k)} at first, but in the end I loved it.`,
      (k) => `it starts out ${at(NEGATIVE, k, 9)}, but the rest is ${at(POSITIVE, k, 11)}.`,
    ]),
    ...generate("intensifiers", 1, 25, [
      (k) => `${at(SUBJECTS, k, 2)} was ${at(INTENSIFIERS, k)} ${at(POSITIVE, k, 3)}.`,
      (k) => `${at(INTENSIFIERS, k, 5)} ${at(POSITIVE, k, 5)}!`,
      (k) =>
        `${article(at(ATTRIBUTIVE_INTENSIFIERS, k, 3))} ${at(ATTRIBUTIVE_INTENSIFIERS, k, 3)} ${at(POSITIVE, k, 7)} ${at(NOUNS, k)}.`,
    ]),
    ...generate("intensifiers", 0, 25, [
      (k) => `${at(SUBJECTS, k, 2)} was ${at(INTENSIFIERS, k)} ${at(NEGATIVE, k, 3)}.`,
      (k) => `${at(INTENSIFIERS, k, 5)} ${at(NEGATIVE, k, 5)}!`,
      (k) =>
        `${article(at(ATTRIBUTIVE_INTENSIFIERS, k, 3))} ${at(ATTRIBUTIVE_INTENSIFIERS, k, 3)} ${at(NEGATIVE, k, 7)} ${at(NOUNS, k)}.`,
    ]),
    ...generate("no opinion", "unsure", 20, [
      (k) => `I watched ${at(["the movie", "this film", "it"], k)} on ${at(DAYS, k, 3)}.`,
      (k) => `${at(["the movie", "the film", "most of it"], k)} was shot in ${at(PLACES, k, 2)}.`,
      (k) => `the story takes place in ${at(PLACES, k, 3)}.`,
    ]),
    ...[
      "The movie is two hours long.",
      "It came out in 2004.",
      "I saw it with my sister.",
      "It is based on a novel.",
      "The main character is a teacher.",
      "There are three sequels.",
      "The director also wrote the script.",
      "The film is in black and white.",
      "I rented it from the library.",
      "The running time is ninety minutes.",
      "The dialogue is in English and French.",
      "The plot follows two brothers.",
      "It is the second film in the series.",
      "We watched it at home after dinner.",
      "Most of the story happens on a train.",
      "The film was released on DVD in May.",
      "The cast includes several young actors.",
      "It was shown on television last night.",
      "The movie is about a family and their farm.",
      "I read the book before I saw the film.",
      "The credits list over two hundred names.",
      "This review is about the film.",
      "The film opens in a hospital.",
      "Her brother is played by another actor.",
      "It was the last film he made.",
      "The soundtrack was released on the same day.",
      "I watched the version with subtitles.",
      "The trailer came out last year.",
      "The film has four chapters.",
      "It was made for television.",
    ].map((text) => ({ capability: "no opinion" as const, text, expected: "unsure" as const })),
  ];
}

export function passes(expected: Expected, probability: number, band: BandBounds = DEFAULT_UNSURE_BAND): boolean {
  if (expected === "unsure") return probability >= band.low && probability <= band.high;
  return expected === 1 ? probability > 0.5 : probability < 0.5;
}

export interface CaseResult extends BehaviourCase {
  probability: number;
  passed: boolean;
}

/** Every case with the model's P(positive) and whether it passed. */
export function checkBehaviour(
  predict: (text: string) => number,
  band: BandBounds = DEFAULT_UNSURE_BAND,
): CaseResult[] {
  return behaviourCases().map((item) => {
    const probability = predict(item.text);
    return { ...item, probability, passed: passes(item.expected, probability, band) };
  });
}

/**
 * Pass counts per capability, in the order of CAPABILITIES; for capabilities of positive
 * cases also how many the box does not call negative (at or above the band's low edge).
 */
export function summarizeBehaviour(
  results: readonly CaseResult[],
  band: BandBounds = DEFAULT_UNSURE_BAND,
): CapabilityResult[] {
  return CAPABILITIES.map((capability) => {
    const mine = results.filter((r) => r.capability === capability);
    const summary: CapabilityResult = { capability, passed: mine.filter((r) => r.passed).length, total: mine.length };
    if (mine.length > 0 && mine.every((r) => r.expected === 1))
      summary.notNegative = mine.filter((r) => r.probability >= band.low).length;
    return summary;
  });
}

export function runBehaviourSuite(
  predict: (text: string) => number,
  band: BandBounds = DEFAULT_UNSURE_BAND,
): CapabilityResult[] {
  return summarizeBehaviour(checkBehaviour(predict, band), band);
}
