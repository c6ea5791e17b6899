/**
 * The sections of course pages that the review box links to, by the id each page gives
 * the widget there: the widget shows the reader's own review, so a link lands on it.
 */
export const LEARN_SECTIONS = {
  vocabularyMarker: "your-words",
  paddingViewer: "your-input",
  embeddingExplorer: "your-word-numbers",
  opinionTrace: "your-opinion-trace",
  sigmoidDial: "your-logit",
} as const;

export type LearnSection = (typeof LEARN_SECTIONS)[keyof typeof LEARN_SECTIONS];
