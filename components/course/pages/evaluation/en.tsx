import Link from "next/link";
import { formatInteger, formatPercent } from "@/lib/format";
import type { Evaluation, ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { evaluateCommand } from "@/lib/training-command";
import { orderFlips } from "../../order-example";
import type { Copy } from "./copy";

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
      The reviews it got most confidently wrong, stored with the model as their openings (the first few hundred
      characters). The model reads up to the last {m.model.maxLen} tokens of a review, so in a long one the part it read
      last is not among the words shown. Under each, what the shown words suggest:
    </>
  ),
  noExamples: (
    <>
      This model&apos;s metadata.json holds no example mistakes. <code>{evaluateCommand(m)}</code> stores the most
      confident ones as short excerpts.
    </>
  ),
  truth: (label: 0 | 1): string => (label === 1 ? "actually positive" : "actually negative"),
  said: "model said P(positive) =",
  reasonsTitle: "What the shown mistakes have in common",
  notes: {
    boringSuccess: (
      <>
        A positive review told in complaint words: &ldquo;one hell of a boring watch&rdquo;, &ldquo;unwatchable&rdquo;;
        the reviewer&apos;s &ldquo;it is a success&rdquo; is outnumbered.
      </>
    ),
    robocop: (
      <>
        A plot summary: &ldquo;sinister&rdquo;, &ldquo;creepy&rdquo;, &ldquo;killed&rdquo;, &ldquo;horrible&rdquo;
        describe the story&apos;s events, not the film&apos;s quality; word by word they read as complaints.
      </>
    ),
    notAsBad: (
      <>
        Negation: &ldquo;not as bad as some say&rdquo;, &ldquo;hate&rdquo;, &ldquo;(not great)&rdquo;. The praise is
        hedged with words that, in IMDB&apos;s labels, mostly go with negative reviews.
      </>
    ),
    strangeFruit: (
      <>
        The opening praises (&ldquo;an excellent movie&rdquo;) and excuses (&ldquo;for a low-budget movie&rdquo;); the
        label comes from the star rating (4 or lower), so either the review turns later or the rating disagrees with the
        words. The stored opening cannot tell which.
      </>
    ),
    risingDamp: (
      <>Background about the sitcom the film came from, told fondly; any complaint comes after the shown opening.</>
    ),
    disappointed: (
      <>
        One &ldquo;disappointed&rdquo; against many praising words: &ldquo;well acted and directed&rdquo;, &ldquo;liked
        it&rdquo;, &ldquo;chuckle&rdquo;, &ldquo;suspense&rdquo;. The model adds up word signals; the reviewer&apos;s
        verdict is the one &ldquo;but&rdquo;-like turn.
      </>
    ),
  },
  reasons: [
    {
      keys: ["boringSuccess", "robocop"],
      text: (refs) => (
        <>
          <strong>Complaint words in a positive review</strong> ({refs}): words that usually complain, used for the
          story&apos;s events or as a joke.
        </>
      ),
    },
    {
      keys: ["notAsBad"],
      text: (refs) => (
        <>
          <strong>Negation</strong> ({refs}): the model reads &ldquo;not bad&rdquo; mostly as &ldquo;bad&rdquo;; the
          exercise below tests the live model.
        </>
      ),
    },
    {
      keys: ["strangeFruit", "disappointed"],
      text: (refs) => (
        <>
          <strong>Praise in a negative review</strong> ({refs}): IMDB labels come from the star rating, not the words; a
          review that praises the acting and still gives 4 stars reads as positive word by word.
        </>
      ),
    },
  ],
  order: (o) => (
    <>
      <strong>Where the words sit</strong> matters as well: on the <Link href={learnPath("en", "lstm")}>LSTM page</Link>
      , the same complaint and praise give P(positive) = {o.praiseLast.toFixed(2)} with the praise last and{" "}
      {o.praiseFirst.toFixed(2)} with it first
      {orderFlips(o)
        ? ": the order alone flips the verdict"
        : o.praiseLast > o.praiseFirst
          ? ": the end weighs more"
          : ""}
      .
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
