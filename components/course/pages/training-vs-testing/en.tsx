import Link from "next/link";
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import type { Copy } from "./copy";
import { facts } from "./facts";

export const en = (m: ModelMetadata): Copy => {
  const f = facts(m, "en");
  return {
    intro: (
      <>
        The tutorial does two different things with its reviews. <code>model.fit</code> <em>trains</em>: it changes the
        model. <code>model.evaluate</code> <em>tests</em>: it only measures the model. They use different reviews, and
        the difference matters.
      </>
    ),
    trainingTitle: "Training: learning from labelled examples",
    training: (
      <>
        During training the model reads a review, guesses how positive it is, and compares the guess with the label (0 =
        negative, 1 = positive). The size of the mistake, the <Link href={learnPath("en", "log-loss")}>loss</Link>,
        tells the <Link href={learnPath("en", "adam")}>optimizer</Link> how to nudge every weight so the next guess is a
        little better. Our model did this over {f.train} training reviews,{" "}
        {m.training.epochs === 1 ? "once" : `${m.training.epochs} times over`} (
        <Link href={learnPath("en", "epochs-batches")}>epochs</Link>).
      </>
    ),
    testingTitle: "Testing: an exam on reviews it never saw",
    testing: (
      <>
        Testing asks: how well does the trained model do on reviews that played no part in training? The test reviews
        are read, the guesses are compared with the labels, and we count. Nothing is learned: no loss is sent back, no
        weight moves. If testing changed the weights, the test set would become training data and the score would stop
        measuring anything.
      </>
    ),
    whyTitle: "Why data the model never saw",
    why: (
      <>
        A model with {formatInteger(m.model.numWords * m.model.embeddingDim, "en")} embedding numbers alone can partly
        memorise its training reviews. A high score on them proves little, like a student who has seen the exam answers.
        Only unseen reviews show whether it learned something that carries over to new text, which is what you want when
        you type your own review.
      </>
    ),
    table: {
      head: ["", "Training", "Testing"],
      rows: [
        ["Purpose", "Find good weights", "Measure how good they are"],
        ["Reviews", `${f.train} training reviews`, `${f.test} test reviews, never used in training`],
        ["Labels are used to", "compute the loss and its gradient", "count right and wrong answers"],
        ["Weights change?", "Yes, after every batch", "No"],
        ["Keras", "model.fit(X_train, y_train, …)", "model.evaluate(X_test, y_test)"],
        ["This model's accuracy", `${f.trainAccuracy} (last epoch, while learning)`, f.testAccuracy],
      ],
    },
    codeTitle: "The same two steps in code",
    vocabulary: (
      <>
        The split goes further than the weights: our vocabulary, too, is counted from the training reviews only, so no
        word statistics leak in from the test reviews.
      </>
    ),
    box: (
      <>
        The review box on the home page is testing, too: the model reads your text with fixed weights and learns nothing
        from it.
      </>
    ),
    exercise: {
      question:
        "The first review is from the training set; the second says the same thing in new words. Guess P(positive) for both.",
      texts: [
        "I don't know why I like this movie so well, but I never get tired of watching it.",
        "I can't explain why this film works for me, but I could watch it again and again.",
      ],
      explanation:
        "Being in the training set does not guarantee a right answer: the model does not memorise each review. One pair of reviews proves little either way; how well it carries over to new text is what the test set measures, on thousands of unseen reviews.",
    },
  };
};
