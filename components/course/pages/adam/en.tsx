import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";
import { updateFacts } from "./facts";

export const en = (m: ModelMetadata): Copy => {
  const u = updateFacts(m);
  return {
    jobTitle: "What an optimizer does",
    job: (
      <>
        After each batch, backpropagation tells us the <em>gradient</em> <var>g</var> for every weight: how much the
        loss would rise if that weight grew a little. The optimizer decides how far to move each weight against its
        gradient. The simplest rule, gradient descent, takes the same small step η (the learning rate) for all of them:
      </>
    ),
    addsTitle: "What Adam adds",
    source: (
      <>
        Adam (Kingma &amp; Ba, <a href="https://arxiv.org/abs/1412.6980">Adam: A Method for Stochastic Optimization</a>,
        ICLR 2015; Keras: <a href="https://keras.io/api/optimizers/adam/">keras.optimizers.Adam</a>) adds three things
        to gradient descent:
      </>
    ),
    adds: [
      <>
        <strong>Momentum.</strong> Adam follows a running average <var>m</var> of recent gradients rather than the
        latest one alone. Directions that keep coming back build up speed; the noise of a single batch of{" "}
        {m.training.batchSize} reviews averages out.
      </>,
      <>
        <strong>A step size per weight.</strong> It also keeps a running average <var>v</var> of squared gradients and
        divides each step by √<var>v</var>. Weights with large, jumpy gradients take careful steps; weights whose
        gradients are small and rare, like the embedding rows of uncommon words, still move at a useful pace.
      </>,
      <>
        <strong>Bias correction.</strong> Both averages start at zero, so in the first steps they are too small: biased
        towards zero. Adam divides them by 1 − β
        <sup>
          <var>t</var>
        </sup>{" "}
        (<var>t</var> counts the updates so far), which removes that bias; the correction fades as <var>t</var> grows.
      </>,
    ],
    defaultsTitle: "The defaults",
    defaults: (
      <>
        <code>optimizer=&apos;adam&apos;</code> in Keras and <code>tf.train.adam(learningRate)</code> here use the same
        defaults, and they work well enough that the tutorial never changes them. This model used learning rate{" "}
        <code>{m.training.learningRate}</code>.
      </>
    ),
    head: ["Keras / TensorFlow.js", "default", "role"],
    roles: [
      "the base step size η",
      "how long the momentum remembers past gradients",
      "how long the size estimate remembers",
      "keeps the division finite",
    ],
    scale: (
      <>
        This run made {formatInteger(u.batches, "en")} updates per epoch (
        {formatInteger(m.training.trainExamples, "en")} reviews in batches of {m.training.batchSize}),{" "}
        {formatInteger(u.updates, "en")} in all, each one moving all {formatInteger(u.weights, "en")} weights by its own
        step.
      </>
    ),
  };
};
