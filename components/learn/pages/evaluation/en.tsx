import Link from "next/link";
import { formatInteger, formatPercent } from "@/lib/format";
import type { Evaluation, ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { evaluateCommand } from "@/lib/training-command";
import type { Copy } from "./shape";

export const en = (m: ModelMetadata): Copy => ({
  why: (
    <>
      A model is only useful on reviews it has not seen, so that is where we measure it (
      <Link href={learnPath("en", "training-vs-testing")}>why</Link>). After training, the model read every test review
      once, with its weights frozen, and each answer was compared with the label.
    </>
  ),
  resultsTitle: "The results",
  results: (e: Evaluation) => (
    <>
      On {formatInteger(e.examples, "en")} test reviews the model is right {formatPercent(e.accuracy)} of the time.
      Keras&apos;s <code>model.evaluate</code> reports two numbers, the loss and the accuracy; we also keep the rest of
      the picture:
    </>
  ),
  terms: [
    <>
      The <strong>confusion matrix</strong> counts each kind of answer: positive reviews called positive (true
      positives) or negative (false negatives), and negative reviews called positive (false positives) or negative (true
      negatives).
    </>,
    <>
      <strong>Precision</strong>: of the reviews it called positive, the share that were. <strong>Recall</strong>: of
      the positive reviews, the share it found. <strong>F1</strong> combines the two.
    </>,
    <>
      <strong>ROC AUC</strong>: the chance that a random positive review gets a higher probability than a random
      negative one. It ignores the 0.5 threshold; 0.5 is guessing, 1 is perfect.
    </>,
  ],
  missing: (
    <>
      This model has not been evaluated yet. Run <code>{evaluateCommand(m)}</code> and rebuild the site.
    </>
  ),
  errsTitle: "Where the model errs",
  errs: (
    <>
      The reviews it got most confidently wrong, stored with the model. The model reads the <em>last</em>{" "}
      {m.model.maxLen} tokens and weighs the last words most, so each is shown by its end:
    </>
  ),
  noExamples: (
    <>
      This model&apos;s metadata.json holds no example mistakes. <code>{evaluateCommand(m)}</code> stores the most
      confident ones as short excerpts.
    </>
  ),
  opening: "(the review's opening: this model's metadata.json stores no ending; re-run the evaluation to store it)",
  truth: (label: 0 | 1): string => (label === 1 ? "actually positive" : "actually negative"),
  said: "model said P(positive) =",
  reasonsTitle: "Why it errs",
  reasons: [
    <>
      <strong>The end decides.</strong> The verdict follows the last sentences. A review that praises and then
      complains, or ends on an aside, is read by its ending (<Link href={learnPath("en", "lstm")}>LSTM page</Link>).
    </>,
    <>
      <strong>Negation.</strong> The model reads &ldquo;not bad&rdquo; mostly as &ldquo;bad&rdquo;: it has not learned
      to flip a word&apos;s sentiment after &ldquo;not&rdquo;. One of the confident mistakes of the first model we
      trained ends &ldquo;Not highly recommended.&rdquo;; the exercise below tests the live model.
    </>,
    <>
      <strong>Praise in negative words.</strong> &ldquo;Less is better&rdquo;, &ldquo;a caveat not to dazzle, amuse then
      ultimately insult us&rdquo;: a positive review built from words that usually complain.
    </>,
    <>
      <strong>Labels that disagree with the text.</strong> IMDB labels come from the star rating, not the words. Two of
      the first model&apos;s three most confident false positives end &ldquo;Highly Recommended: 7/10&rdquo; and
      &ldquo;7.8/10&rdquo; yet are filed as negative (rating 4): the model was right about the text.
    </>,
  ],
  reasonsSource: (
    <>
      These causes come from reading the endings of the six most confident mistakes of the first model trained for this
      course (evaluated 2026-11-26, test files <code>test/pos/10695_10</code>, <code>4762_8</code>, <code>7730_8</code>,{" "}
      <code>test/neg/3794_4</code>, <code>2370_4</code>, <code>7799_2</code>), not from guesses.
    </>
  ),
  behaviourTitle: "The behaviour suite",
  behaviour: <>Short templated reviews, by capability, with the share this model gets right:</>,
  behaviourHead: ["capability", "right", "of"],
  thresholdTitle: "Move the threshold",
  threshold: (
    <>
      Everything above counts a review as positive when P(positive) &gt; 0.5. The model&apos;s probability for every
      test review is stored with it, so you can move that threshold and watch the confusion matrix, precision and recall
      trade off, and see where the threshold sits on the ROC curve.
    </>
  ),
  occlusionTitle: "Which words decided a review",
  occlusion: (
    <>
      Remove one word at a time and see how P(positive) moves: the words that change it most are the ones the verdict
      rested on.
    </>
  ),
  exercise: {
    question: "The model gets “This movie is bad.” right. Guess P(positive) for the negated version, then check.",
    texts: ["This movie is bad.", "This movie is not bad."],
    explanation:
      "If the two are close, the model read “not bad” mostly as “bad”: negation is its weak spot, as the stored mistakes suggest.",
  },
});
