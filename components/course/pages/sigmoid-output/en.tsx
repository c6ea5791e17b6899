import { formatDecimal } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import { oneWordMovesLittle, REPEATED_WORD } from "../../exercise-readings";
import type { Copy } from "./copy";

export const en = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      After the LSTM has read the last word, one neuron turns its {m.model.lstmUnits} numbers into the answer: the
      probability that the review is positive (Keras docs:{" "}
      <a href="https://keras.io/api/layers/core_layers/dense/">Dense layer</a>).
    </>
  ),
  neuronTitle: "One neuron: a weighted sum, then a squash",
  neuron: (
    <>
      The <code>Dense(1)</code> layer multiplies each of the {m.model.lstmUnits} numbers of the final{" "}
      <code>hiddenState</code> by its own weight, adds them up and adds a bias: {parameterCounts(m.model)[2].formula} ={" "}
      {parameterCounts(m.model)[2].parameters} numbers in all. The result, the <code>logit</code> <var>z</var>, can be
      any real number. The sigmoid activation squashes it into a probability between 0 and 1:
    </>
  ),
  reading: (
    <>
      A logit of 0 gives exactly 0.5, undecided. Positive logits give more than 0.5 (positive review), negative ones
      less. Far from 0 the curve flattens: a logit of 4 and one of 8 are both &ldquo;very sure&rdquo;.
    </>
  ),
  whyOneTitle: "Why one neuron is enough for two classes",
  whyOne: (
    <>
      The two answers share one number: if P(positive) = <var>p</var>, then P(negative) = 1 − <var>p</var>. A second
      neuron would have nothing to add. Keras could also use <code>Dense(2, activation=&apos;softmax&apos;)</code> with
      one neuron per class; for two classes that is the same model written with twice the weights. One sigmoid neuron
      pairs naturally with the binary cross-entropy loss of the next page.
    </>
  ),
  anyTitle: "The same head for any yes/no question",
  any: (
    <>
      Nothing in this layer knows about movies. Any task with two outcomes ends the same way: spam or not, a fault or
      not, or in an EEG experiment, whether the participant chose the item or not. Only what &ldquo;1&rdquo; means
      changes. More than two outcomes (say four kinds of movement) need one neuron per class and a softmax instead.
    </>
  ),
  codeTitle: "In code",
  threshold: (
    <>
      The accuracy on the model card counts a review as positive when <var>p</var> &gt; 0.5, that is, when the logit is
      above 0, as Keras&apos;s <code>binary_accuracy</code> does.
    </>
  ),
  exercise: {
    question: "One “Good.” and five in a row. Guess P(positive) for each.",
    texts: [REPEATED_WORD.once, REPEATED_WORD.fiveTimes],
    explanation: (r) => {
      const [z0, z1, z5] = [r.empty, r.once, r.fiveTimes].map((x) => formatDecimal(x.logit, 2, "en"));
      const [p1, p5] = [r.once, r.fiveTimes].map((x) => formatDecimal(x.probability, 3, "en"));
      const one = oneWordMovesLittle(r)
        ? `One “Good.” moves the logit only a little on this model, from ${z0} (an empty review) to ${z1}, P = ${p1}.`
        : `One “Good.” already moves the logit a long way on this model, from ${z0} (an empty review) to ${z1}, P = ${p1}.`;
      const five =
        r.fiveTimes.logit <= r.once.logit
          ? `Five of them take it to ${z5}, P = ${p5}: repeating the word does not push this model further.`
          : r.once.probability >= 0.5
            ? `Five take the logit to ${z5}, P = ${p5}: each repetition adds to the logit, and the sigmoid turns it into a probability that flattens as it nears 1.`
            : `Five take the logit to ${z5}, P = ${p5}: each repetition adds to the logit.`;
      return `${one} ${five}`;
    },
  },
});
