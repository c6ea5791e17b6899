/**
 * Reviews to try with one click. They stay in English on every page: the model was
 * trained on English IMDB reviews. The tricky ones show negation (the default model reads
 * it right, the tutorial's does not: try the compare switch), a negated negative (a known
 * weakness), sarcasm and mixed opinions.
 */

export type ExampleKind = "positive" | "negative" | "negation" | "notBad" | "sarcasm" | "mixed";

export const EXAMPLE_REVIEWS: readonly { kind: ExampleKind; text: string }[] = [
  {
    kind: "positive",
    text: "A wonderful film. The acting is superb, the story is moving and beautifully told, and the ending left me smiling. One of the best movies I have seen in years; I loved every minute of it.",
  },
  {
    kind: "negative",
    text: "This was a terrible movie. The plot made no sense, the acting was wooden and the dialogue was awful. Boring from start to finish, a complete waste of time and money.",
  },
  {
    kind: "negation",
    text: "I expected to love this film, but it was not good. Not funny, not exciting, and not worth your time.",
  },
  { kind: "notBad", text: "Not bad at all." },
  {
    kind: "sarcasm",
    text: "Oh great, another sequel. Just what the world needed: two more hours of the same tired jokes. Brilliant work, truly.",
  },
  {
    kind: "mixed",
    text: "The acting was excellent and the music was beautiful, but the story was dull and the ending made no sense.",
  },
];
