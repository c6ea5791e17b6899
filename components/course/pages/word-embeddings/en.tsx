import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";
import { embeddingSize } from "./facts";

export const en = (m: ModelMetadata): Copy => {
  const { numWords, embeddingDim, maxLen } = m.model;
  const size = embeddingSize(m);
  return {
    intro: (
      <>
        The tutorial says the first layer, the embedding layer, maps each word to a vector of real numbers, so that each{" "}
        <em>review</em> becomes a sequence of vectors in a &ldquo;real vector domain&rdquo;. Here is what that means,
        with the numbers this model actually learned.
      </>
    ),
    whyTitle: "Why word indices are not enough",
    why: (
      <>
        A word index is a name, not an amount. Index 10 is not &ldquo;twice&rdquo; index 5, and index 400 is not closer
        to 401 than to 4. A network that multiplies and adds can do nothing sensible with such numbers directly. It
        needs each word as a set of real numbers that can be compared, added and learned.
      </>
    ),
    domainTitle: "A real vector domain",
    domain: (
      <>
        A <em>real vector</em> is a list of real numbers; the &ldquo;domain&rdquo; is the space of all such lists of one
        length, here ℝ<sup>{embeddingDim}</sup>. Each word becomes one point in that {embeddingDim}-dimensional space. A
        review of {maxLen} indices therefore becomes a table of {maxLen} × {embeddingDim} real numbers, and that table
        is what the LSTM reads.
      </>
    ),
    tableTitle: `Embedding(${numWords}, ${embeddingDim}) is a lookup table`,
    table: (
      <>
        The layer holds a matrix <var>E</var> with {formatInteger(numWords, "en")} rows, one per word index, and{" "}
        {embeddingDim} columns. Reading word <var>i</var> means taking row <var>i</var>. Nothing else happens: no
        multiplication, just a lookup. That is {size.formula} = {formatInteger(size.parameters, "en")} numbers,{" "}
        {size.share} of all the model&apos;s weights.
      </>
    ),
    keras3: (
      <>
        One line of the tutorial no longer runs as written, and another now warns.{" "}
        <code>from tensorflow.keras.layers.embeddings import Embedding</code> fails on current TensorFlow (the module is
        gone; use <code>from keras.layers import Embedding</code>). And <code>Embedding(..., input_length=500)</code>:
        the first Keras 3 releases rejected it (
        <code>ValueError: Unrecognized keyword arguments passed to Embedding</code>); current Keras 3 (3.15.1, tried for
        this page) ignores it with the warning &ldquo;Argument <code>input_length</code> is deprecated. Just remove
        it.&rdquo; Drop it. It never truncated or padded anything; in Keras 2 it only told the layer the sequence length
        in advance, so <code>model.summary()</code> could show the output shape before the model saw data.{" "}
        <code>pad_sequences</code> is what makes every review {maxLen} long. See <code>python/imdb_lstm.py</code> for
        the tutorial on Keras 3 (<a href="https://keras.io/api/layers/core_layers/embedding/">Keras docs: Embedding</a>
        ).
      </>
    ),
    shapes: (
      <>
        Shapes, for a batch of reviews: the padded indices are <code>(batch, {maxLen})</code> integers; the embedding
        returns{" "}
        <code>
          (batch, {maxLen}, {embeddingDim})
        </code>{" "}
        real numbers, one {embeddingDim}-number row per position.
      </>
    ),
    learned: (
      <>
        The rows start as small random numbers. Training moves them, like every other weight, in whatever direction
        lowers the loss. Words that push a review the same way end up with similar rows.
      </>
    ),
    cosine: (
      <>
        To find a word&apos;s neighbours, the widget compares rows by <em>cosine similarity</em>: 1 when two vectors
        point the same way, 0 when they are unrelated, −1 when opposite.
      </>
    ),
    caveat: (
      <>
        These vectors were learned for one task, telling positive from negative. Their neighbours are words that act
        alike <em>for sentiment</em>, not necessarily words that mean the same. And the {m.model.embeddingDim} numbers
        have no names a human could read.
      </>
    ),
    exercise: {
      question:
        "“excellent” and “superb” should be near each other in the embedding space. Guess P(positive) for both reviews.",
      texts: ["The film was excellent.", "The film was superb."],
      explanation:
        "Words with similar rows push the LSTM the same way, so the two answers are close. Look both words up in the explorer above to see their neighbours.",
    },
  };
};
