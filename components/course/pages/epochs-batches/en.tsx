import Link from "next/link";
import { formatDuration, formatInteger, formatPercent } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { localePath } from "@/lib/site";
import type { Copy } from "./copy";
import { runFacts } from "./facts";

/** The validation sets metadata.json names, in this language. */
const SET_NAMES: Record<string, string> = {
  validation: "the held-out reviews",
  "short validation": "short spans of those reviews",
  "treebank dev": "the Stanford Sentiment Treebank's dev sentences",
};

export const en = (m: ModelMetadata): Copy => {
  const r = runFacts(m);
  return {
    termsTitle: "Epoch and batch",
    terms: [
      <>
        An <strong>epoch</strong> is one pass over all {formatInteger(m.training.trainExamples, "en")} training reviews.
      </>,
      <>
        A <strong>batch</strong> is the group of reviews read together before the weights are updated once. With{" "}
        <code>batch_size={m.training.batchSize}</code> the model reads {m.training.batchSize} reviews, averages their
        losses and gradients, and takes one step:{" "}
        <span data-testid="updates-per-epoch">{formatInteger(r.batches, "en")}</span> updates per epoch (⌈
        {formatInteger(m.training.trainExamples, "en")} / {m.training.batchSize}⌉), where updating after every review
        would make {formatInteger(m.training.trainExamples, "en")}. That is what the tutorial means by batches
        &ldquo;spacing out&rdquo; the weight updates: fewer, steadier steps, each an average over {m.training.batchSize}{" "}
        reviews.
      </>,
      <>
        Bigger batches give a steadier gradient but fewer updates per epoch and need more memory; smaller ones give
        more, noisier updates. The tutorial&apos;s 64 is an ordinary middle choice; this model used{" "}
        {m.training.batchSize}.
      </>,
    ],
    whyTitle: "Why 2–3 epochs?",
    why: (
      <>
        The tutorial&apos;s prose says the model overfits quickly and trains for &ldquo;only 2 epochs&rdquo;; its code
        says <code>epochs=3</code>, and that is what this model ran ({m.training.epochs} epochs). The usual reasoning:
        the first epoch learns the broad strokes, later ones polish the fit to the training reviews, and at some point
        accuracy on new reviews stops improving and then falls. That is <strong>overfitting</strong>: memorising the
        training set, noise included. Keeping the run short also keeps it cheap.
      </>
    ),
    checkTitle: "What the recorded curves show",
    check: (v) => (
      <>
        The tutorial&apos;s model above held nothing out, so its curves show the training reviews only, and a training
        loss keeps falling as the model fits them better: it cannot show overfitting. The box&apos;s model was trained
        with a held-out check: <code>{v.command}</code> keeps {Math.round(v.heldOut * 100)}% of the training reviews
        aside and measures them after every epoch
        {v.sets.length > 1 ? (
          <>
            , together with{" "}
            {v.sets
              .filter((set) => set !== "validation")
              .map((set) => SET_NAMES[set] ?? set)
              .join(" and ")}{" "}
            (the loss below is the mean of the {v.sets.length} sets, each weighing the same)
          </>
        ) : null}
        . Validation loss{v.sets.length > 1 ? <> (the mean)</> : null}, epoch by epoch:{" "}
        <span data-testid="validation-losses">{v.valLosses.join(" → ")}</span>
        {v.heldOutReviews ? (
          <>
            ; the held-out reviews alone:{" "}
            <span data-testid="held-out-losses">{v.heldOutReviews.losses.join(" → ")}</span> (accuracy{" "}
            <span data-testid="held-out-accuracies">
              {v.heldOutReviews.accuracies.map((a) => formatPercent(a, 1, "en")).join(" → ")}
            </span>
            )
          </>
        ) : null}
        . {v.sets.length > 1 ? "The mean" : "It"} was lowest after epoch{" "}
        <strong data-testid="validation-best-epoch">{v.best}</strong>
        {v.kept < v.ran ? (
          <>
            ; early stopping ended the run after {v.ran} epochs and kept epoch{" "}
            <span data-testid="validation-kept-epoch">{v.kept}</span>
          </>
        ) : (
          <>
            {" "}
            of <span data-testid="validation-kept-epoch">{v.ran}</span>
          </>
        )}
        .{" "}
        {v.overfitAfterBest ? (
          <>
            After epoch {v.best} the training loss kept falling ({v.trainLosses.slice(v.best - 1).join(" → ")}) while
            the validation loss stayed above its best: the model went on fitting its training reviews at the cost of new
            ones. That is the tutorial&apos;s warning, seen in recorded numbers, and why the box keeps epoch {v.kept}.
          </>
        ) : v.best === v.ran ? (
          <>The validation loss was still falling at the last epoch: more epochs might still help this recipe.</>
        ) : (
          <>The training and validation losses did not move in opposite directions after that epoch.</>
        )}{" "}
        The tutorial&apos;s model keeps its 3 epochs because the course explains the tutorial as written.
      </>
    ),
    checkCaption: (v) => (
      <>
        The box&apos;s model (<Link href={localePath("en", "/model")}>model card</Link>): loss and accuracy on the
        reviews it trained on, averaged during each epoch, and after each epoch on{" "}
        {v.heldOutReviews ? (
          <>
            its {v.sets.length} validation sets (their mean, dashed) and on the held-out {Math.round(v.heldOut * 100)}%
            of the training reviews alone (grey)
          </>
        ) : (
          <>the held-out {Math.round(v.heldOut * 100)}%</>
        )}
        , as recorded in its metadata.json by <code>{v.command}</code>.
      </>
    ),
    noBoxModel: (
      <>
        The box&apos;s model is not in this build, so its recorded validation curve cannot be shown: train it with{" "}
        <code>npm run train -- --recipe default</code> and rebuild the site.
      </>
    ),
    curvesTitle: "This model's training curves",
    curves: (
      <>
        Loss and accuracy on the training reviews, averaged over each epoch while the weights were still changing
        {r.validated ? <>, and on the held-out validation reviews after each epoch</> : null}. Total training time:{" "}
        {formatDuration(m.trainingSeconds, "en")} on the <code>{m.backend}</code> backend.
      </>
    ),
    gap: r.testAccuracy ? (
      <>
        Last epoch: {r.trainAccuracy} on the training reviews; {r.testAccuracy} on the test reviews it never saw. These
        two numbers are not measured alike: the training figure is averaged over the epoch while the weights still
        changed (early batches were read by a worse model), the test figure is measured once, after training. So their
        gap is not a clean sign of overfitting; compare validation loss after each epoch instead, as above.
      </>
    ) : null,
    validation: (
      <>
        To choose the number of epochs honestly, do not watch the test set: hold out part of the training reviews
        instead (<code>validation_split=0.1</code> in Keras; here a recipe&apos;s <code>validationFraction</code> in{" "}
        <code>scripts/lib/imdb/recipes.ts</code>) and stop when their loss stops falling. The tutorial&apos;s model held
        out {m.training.validationSplit}; the box&apos;s model is trained that way, as above.
      </>
    ),
    buckets: (
      <>
        One difference from Keras: our training loop groups reviews of similar length into the same batch, which roughly
        halves training time with padding in front. Every review is still read exactly once per epoch, in a shuffled,
        seeded order.
      </>
    ),
    exercise: {
      question: `Both reviews are from the training set: the tutorial's model read each of them ${m.training.epochs} times, once per epoch, with its label. Guess P(positive) for each (the first is negative, the second positive).`,
      texts: [
        "Long, boring, blasphemous. Never have I been so glad to see ending credits roll.",
        "I don't know why I like this movie so well, but I never get tired of watching it.",
      ],
      explanation: `Reading a review ${m.training.epochs} times does not make the model memorise it: it only nudges the weights a little each time, shared with ${formatInteger(m.training.trainExamples, "en")} other reviews.`,
    },
  };
};
