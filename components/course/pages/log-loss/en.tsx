import Link from "next/link";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import type { Copy } from "./copy";

export const en = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      Training needs one number that says how wrong the model is, so it can push that number down. For a yes/no model
      with a sigmoid output, that number is the log loss, also called binary cross-entropy (Keras docs:{" "}
      <a href="https://keras.io/api/losses/probabilistic_losses/">probabilistic losses</a>).
    </>
  ),
  formulaTitle: "The formula",
  formula: (
    <>
      For one review with true label <var>y</var> (0 or 1) and predicted probability <var>p</var> = P(positive):
    </>
  ),
  oneTerm: (
    <>
      Only one term is ever active. For a positive review (<var>y</var> = 1) the loss is −log <var>p</var>; for a
      negative one (<var>y</var> = 0) it is −log(1 − <var>p</var>). Either way: the log of the probability the model
      gave to the <em>right</em> answer, made positive. Over a batch of <var>N</var> reviews, the losses are averaged.
    </>
  ),
  exampleTitle: "A worked example",
  head: ["true label y", "p", "loss", "what it means"],
  meanings: [
    "right and fairly sure: small loss",
    "wrong and fairly sure: large loss",
    "undecided: ln 2",
    "wrong and very sure: huge loss",
  ],
  whyLog: (
    <>
      The logarithm makes confident mistakes expensive: the loss grows without limit as <var>p</var> goes to the wrong
      end. Our <code>binaryMetrics</code> clips <var>p</var> to [10<sup>−7</sup>, 1 − 10<sup>−7</sup>] so it stays
      finite. Keras 3 does the same on the JAX backend. On the TensorFlow backend, a sigmoid layer&apos;s output carries
      its logit (<code>_keras_logits</code> in <code>keras/src/activations/activations.py</code>), and the loss is
      computed from the logit directly, which stays finite without clipping.
    </>
  ),
  accuracy: (
    <>
      Why not train on accuracy directly? Accuracy only changes when a review crosses 0.5, so small weight changes
      usually leave it unchanged and give no direction to move. The loss changes smoothly with every weight, which is
      what the <Link href={learnPath("en", "adam")}>optimizer</Link> needs.
    </>
  ),
  modelTitle: "This model's loss",
  model: (
    <>
      A model that always says 0.5 has a loss of ln 2 ≈ 0.693. This model averaged {m.history[0]?.loss.toFixed(3)} over
      its first epoch and {m.history.at(-1)?.loss.toFixed(3)} over its last
      {m.evaluation && <>; on the test reviews it scores {m.evaluation.logLoss.toFixed(3)}</>}.
    </>
  ),
  exercise: {
    question: "Sarcasm: this review is negative (y = 0). Guess the model's P(positive); its loss is −log(1 − P).",
    texts: ["It was a masterpiece of boredom."],
    explanation:
      "If P is low, the model got it right and the loss is small; a high P would make −log(1 − P) large. Try replacing “boredom” with “suspense” in the calculator above.",
  },
});
