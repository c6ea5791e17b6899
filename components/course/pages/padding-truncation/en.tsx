import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";

export const en = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      Reviews have every length, from one line to many paragraphs. Before training, each one is made exactly{" "}
      <code>maxlen</code> = {m.model.maxLen} indices long: short ones are padded with zeros, long ones are cut.
    </>
  ),
  whyTitle: "Why every review must have the same length",
  why: (
    <>
      Training reads reviews in batches of {m.training.batchSize}. A batch is one rectangular table of numbers,{" "}
      {m.training.batchSize} rows by {m.model.maxLen} columns, and a table cannot have rows of different lengths. The
      LSTM itself could read any length; the batch needs them equal.
    </>
  ),
  whereTitle: "Where pad_sequences comes from",
  where: (
    <>
      It is a helper in Keras&apos;s preprocessing module, imported as{" "}
      <code>from tensorflow.keras.preprocessing import sequence</code> (in Keras 3 it is{" "}
      <code>keras.utils.pad_sequences</code>). Call it on the list of integer lists; it returns a NumPy array of shape{" "}
      <code>(number of reviews, maxlen)</code>. Its defaults are <code>padding=&apos;pre&apos;</code>,{" "}
      <code>truncating=&apos;pre&apos;</code> and <code>value=0</code>.
    </>
  ),
  sidesTitle: "pre or post",
  sides: (
    <>
      <code>padding</code> says where the zeros go: in front (<code>&apos;pre&apos;</code>) or after (
      <code>&apos;post&apos;</code>). <code>truncating</code> says which end of a too-long review is cut:{" "}
      <code>&apos;pre&apos;</code> drops the beginning and keeps the end, <code>&apos;post&apos;</code> keeps the
      beginning. With <code>maxlen=3</code>:
    </>
  ),
  head: ["options", "[5, 6] becomes", "[5, 6, 7, 8, 9] becomes"],
  whyPre: (
    <>
      Without a mask, the defaults are the right choice for an LSTM. The output layer reads the LSTM&apos;s memory after
      the <em>last</em> step. With zeros in front, the real words come last, right before the verdict. With zeros after,
      the memory would have to survive hundreds of empty steps first. This model used{" "}
      <code>padding=&apos;{m.preprocessing.padding}&apos;</code> and{" "}
      <code>truncating=&apos;{m.preprocessing.truncating}&apos;</code>, read from its metadata.json.
    </>
  ),
  zeros: (
    <>
      The padding zeros are not skipped: the tutorial uses no mask (<code>Embedding(..., mask_zero=True)</code> would
      add one), so the LSTM reads every padding step. Index {m.preprocessing.padIndex} has its own embedding row,
      learned like any word&apos;s, and a short review is read after up to {m.model.maxLen} steps of it. With a mask,
      Keras would skip those steps and the side of the padding would matter much less.
    </>
  ),
  shared: (
    <>
      Padding in front has a bonus: the zeros are the same for every review, so the LSTM&apos;s state after them is the
      same too. Our predictor computes those states once when the model loads and then runs only the review&apos;s own
      words, with the same result as running all {m.model.maxLen} steps.
    </>
  ),
  exercise: {
    question:
      "An empty review is 499 padding zeros and the start marker. Is the model undecided (0.5) about it? Guess.",
    texts: [""],
    explanation:
      "It is not 0.5: the padding zeros run through the LSTM with their own learned embedding, so “nothing” already leans one way. That lean is where every short review starts.",
  },
});
