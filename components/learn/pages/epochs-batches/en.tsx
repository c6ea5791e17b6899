import { formatDuration, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { type Copy, runFacts, VALIDATION_COMMAND, VALIDATION_RUN } from "./shape";

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
        losses and gradients, and takes one step: {formatInteger(r.batches, "en")} updates per epoch.
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
    checkTitle: "What a validation run shows here",
    check: (
      <>
        We checked the claim without touching the test reviews: one run held out 10% of the training reviews and trained
        4 epochs. Validation loss fell every epoch: {VALIDATION_RUN.map((h) => h.valLoss!.toFixed(3)).join(" → ")}. So
        the tutorial&apos;s overfitting after two or three epochs is <em>not</em> reproduced here; by this run, a 4th
        epoch would still help a little. The committed model keeps the tutorial&apos;s 3 epochs anyway, because the
        course explains the tutorial as written.
      </>
    ),
    checkCaption: (
      <>
        The validation run: loss and accuracy on the 90% it trained on, averaged during each epoch, and on the held-out
        10% after each epoch, made with the previous version of the training code. Command:{" "}
        <code>{VALIDATION_COMMAND}</code>.
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
        instead (<code>validation_split=0.1</code> in Keras, <code>--validation-split 0.1</code> for our training
        script) and stop when their loss stops falling. This model used a validation split of{" "}
        {m.training.validationSplit}.
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
      question: `Both reviews are from the training set: the model read each of them ${m.training.epochs} times, once per epoch, with its label. Guess P(positive) for each (the first is negative, the second positive).`,
      texts: [
        "Long, boring, blasphemous. Never have I been so glad to see ending credits roll.",
        "I don't know why I like this movie so well, but I never get tired of watching it.",
      ],
      explanation: `Reading a review ${m.training.epochs} times does not make the model memorise it: it only nudges the weights a little each time, shared with ${formatInteger(m.training.trainExamples, "en")} other reviews. That fits the validation run above: after 4 epochs, the loss on held-out reviews was still falling.`,
    },
  };
};
