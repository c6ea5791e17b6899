import { formatDecimal, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { parameterCounts } from "@/lib/parameter-counts";
import { orderEffect } from "../../exercise-readings";
import { ORDER_EXAMPLE, orderFlips, orderTexts } from "../../order-example";
import type { Copy } from "./copy";

export const en = (m: ModelMetadata): Copy => {
  const lstm = parameterCounts(m.model)[1];
  return {
    intro: (
      <>
        An LSTM (long short-term memory) is a recurrent layer: it reads a sequence one step at a time and keeps a memory
        from one step to the next, built so that it can hold on to something for many steps (Hochreiter &amp;
        Schmidhuber, 1997). Keras docs: <a href="https://keras.io/api/layers/recurrent_layers/lstm/">LSTM layer</a>; the
        clearest introduction is Christopher Olah&apos;s{" "}
        <a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</a>.
      </>
    ),
    choiceTitle: `${m.model.lstmUnits} is the coder's choice`,
    choice: (
      <>
        In <code>LSTM(100)</code> the 100 is a setting, like the volume on a radio, not something every LSTM has. It is
        the number of memory units: the length of the two vectors the layer carries from word to word. The
        tutorial&apos;s author picked 100; 32 or 256 would also work. More units can hold more nuance but mean more
        weights to learn (here {lstm.formula} = {formatInteger(lstm.parameters, "en")}), slower training and an easier
        path to memorising the training set. This model has {m.model.lstmUnits} units.
      </>
    ),
    readsTitle: "How it reads: one word at a time, with a memory",
    reads: (
      <>
        The LSTM reads the review&apos;s word vectors in order. It carries two vectors of {m.model.lstmUnits} numbers
        from step to step: the <code>cellState</code>, its long-term memory, and the <code>hiddenState</code>, what it
        currently shows to the next step and, after the last word, to the output layer. At word <var>t</var>, three{" "}
        <em>gates</em> and a <em>candidate</em> look at the word vector <var>x</var>
        <sub>t</sub> and the previous <code>hiddenState</code> <var>h</var>
        <sub>t−1</sub>, each with its own weights: a kernel <var>W</var> for the word, a recurrent kernel <var>U</var>{" "}
        for the previous hidden state and a bias <var>b</var>. (Keras stores the four side by side, in the order i, f,
        c, o.)
      </>
    ),
    gatesLead: "Each is a vector of one number per unit:",
    gateValues: (
      <>
        A sigmoid σ gives numbers between 0 (shut) and 1 (wide open); tanh gives numbers between −1 and 1. Then the cell
        state is updated and the new hidden state computed (⊙ multiplies unit by unit):
      </>
    ),
    naming: (
      <>
        Names differ between sources. Olah&apos;s{" "}
        <a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</a> calls{" "}
        <var>g</var>
        <sub>t</sub> the candidate values (C̃<sub>t</sub>) and speaks of three gates, and Keras keeps it as the
        &ldquo;c&rdquo; block of its weights; PyTorch&apos;s <code>nn.LSTM</code> documentation calls it the &ldquo;cell
        gate&rdquo; <var>g</var>
        <sub>t</sub>, which is where &ldquo;four gates&rdquo; comes from. It is not a gate in the sense of a 0-to-1
        valve: it is tanh, between −1 and 1.
      </>
    ),
    codeTitle: "The same lines in our code",
    code: (
      <>
        Our plain-arithmetic LSTM names every gate as above, so the page can quote it. It runs in your browser for the
        widget below and matches TensorFlow.js&apos;s output.
      </>
    ),
    sigmoid: (
      <>
        All gates use a true sigmoid activation (<code>recurrentActivation: &quot;sigmoid&quot;</code>), the default of
        Keras since version 2.3 and in TensorFlow 2, so the tutorial&apos;s code run today (
        <code>python/imdb_lstm.py</code>, Keras 3) does the same. The Keras 1 and early Keras 2 the tutorial was written
        for defaulted to a cheaper &ldquo;hard sigmoid&rdquo; (<code>hard_sigmoid</code>), as TensorFlow.js still does,
        so we set the true sigmoid explicitly.
      </>
    ),
    insideTitle: "Inside the LSTM, step by step",
    inside: (
      <>
        Below, the cell is drawn once per word, as Olah&apos;s diagrams draw it: the cell state is the line along the
        top, passed from step to step and changed only by the forget gate&apos;s multiplication and the input
        gate&apos;s addition; the hidden state goes to the next step and, here, to the output neuron. Step through a
        real review word by word: the heat maps show all {m.model.lstmUnits} units&apos; gates and states at that word,
        computed by the same <code>LstmCell.step</code> the page quotes. Pick a unit to colour the review by its hidden
        state, in the style of Karpathy&apos;s{" "}
        <a href="https://karpathy.github.io/2015/05/21/rnn-effectiveness/">
          The Unreasonable Effectiveness of Recurrent Neural Networks
        </a>
        ; the widget starts with the unit whose output weight is largest in absolute value.
      </>
    ),
    occlusion: (
      <>
        Another way in: remove one word at a time and watch P(positive). The words that move it most are the ones the
        verdict rests on; on most reviews they sit near the end.
      </>
    ),
    exercise: {
      question: "The same complaint and praise, in both orders. Guess P(positive) for both versions first.",
      texts: orderTexts(),
      explanation: (r) => {
        const [last, first] = [formatDecimal(r.praiseLast, 2, "en"), formatDecimal(r.praiseFirst, 2, "en")];
        const answers = `Same words, different order: ${last} with the praise last, ${first} with it first.`;
        return {
          lastWeighsMore: `${answers} The order decided, and on this model the last words weigh most. An LSTM can carry information a long way in its cell state, but this one learned to let recent words dominate.`,
          firstWeighsMore: `${answers} The order decided, and on this model the words read first weigh more.`,
          hardlyMatters: `${answers} On this model the order hardly matters here: both versions get nearly the same answer, so it does not simply let the most recent words dominate.`,
        }[orderEffect(r)];
      },
    },
    lastTitle: "Only the last step reaches the output",
    last: (
      <>
        By default (<code>return_sequences=False</code>) the LSTM hands on only its final <code>hiddenState</code>. The
        widget peeks earlier: after every word it applies the output layer to the <code>hiddenState</code> so far, as if
        the review ended there. Look at what this model actually does: the opinion hardly moves at &ldquo;but&rdquo;;
        the words after it move it.
      </>
    ),
    orderHead: ["model", "praise last", "praise first"],
    order: (o) => (
      <>
        Does it weigh the last words most? The same two sentences, &ldquo;{ORDER_EXAMPLE.complaint}&rdquo; and &ldquo;
        {ORDER_EXAMPLE.praise}&rdquo;, read in both orders by the shipped models when this page was built.{" "}
        {orderFlips(o) ? (
          <>
            On the tutorial&apos;s model the order alone flips the verdict: P(positive) = {o.praiseLast.toFixed(2)} with
            the praise last, {o.praiseFirst.toFixed(2)} with it first.
          </>
        ) : o.praiseLast > o.praiseFirst ? (
          <>
            On the tutorial&apos;s model the praise weighs more when it comes last ({o.praiseLast.toFixed(2)} against{" "}
            {o.praiseFirst.toFixed(2)}), but the order alone does not flip the verdict.
          </>
        ) : (
          <>
            Here the tutorial&apos;s model does not favour the last words: {o.praiseLast.toFixed(2)} with the praise
            last, {o.praiseFirst.toFixed(2)} with it first.
          </>
        )}
      </>
    ),
  };
};
