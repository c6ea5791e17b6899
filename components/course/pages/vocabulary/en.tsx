import { formatDecimal, formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { INVENTED_REVIEW, unknownWordsNeutral } from "../../exercise-readings";
import type { Copy } from "./copy";
import { vocabularyFacts } from "./facts";

export const en = (m: ModelMetadata): Copy => {
  const v = vocabularyFacts(m);
  return {
    intro: (
      <>
        The training reviews use far more distinct words than any model needs: names, typos, rare words seen once.{" "}
        <code>num_words=5000</code> keeps only the most frequent ones. This model kept indices below{" "}
        {formatInteger(v.numWords, "en")}.
      </>
    ),
    whyTitle: "Why limit the vocabulary",
    why: [
      <>
        Every word in the vocabulary costs {m.model.embeddingDim} embedding numbers that must be learned from the
        reviews it appears in. A word seen twice gives almost nothing to learn from.
      </>,
      <>
        Frequent words carry most of the text. Rare words are often names or typos that will not help with the next
        review anyway.
      </>,
      <>A smaller table trains faster and downloads faster: this page loads the model into your browser.</>,
    ],
    restTitle: "What happens to the other words",
    rest: (
      <>
        Every word outside the vocabulary becomes index <code>{v.oovIndex}</code>, out of vocabulary (OOV). The model
        still sees that <em>some</em> word stood there, but not which. All unknown words share one embedding row. (The
        tutorial&apos;s prose says it keeps the top words and &ldquo;zeros out the rest&rdquo;: in Keras, too, rare
        words become <code>2</code>, not <code>0</code>; <code>0</code> is only ever padding.)
      </>
    ),
    reservedTitle: "The reserved indices and the first words",
    head: ["index", "means", "in this model"],
    rows: [
      [v.padIndex, "padding: no word at all", "fills short reviews up to the full length"],
      [v.startIndex, "start of the review", "placed before the first word of every review"],
      [v.oovIndex, "out-of-vocabulary word", "any word not among the kept ones"],
      ...v.unused.map((index) => [index, "unused", "reserved by Keras's index_from=3; never produced"]),
      [v.firstWordIndex, "the most frequent word", `“${v.words.get(v.firstWordIndex)}”`],
      [v.firstWordIndex + 1, "the second most frequent", `“${v.words.get(v.firstWordIndex + 1)}”`],
      [v.last, "the last word kept", `“${v.words.get(v.last)}”`],
    ],
    count: (
      <>
        So <code>num_words={v.numWords}</code> means the indices 0 to {formatInteger(v.last, "en")}, and this model
        keeps {formatInteger(v.realWords, "en")} real words: the {v.reserved} indices below {v.firstWordIndex} are
        reserved. In Keras, <code>load_data(num_words=5000)</code> keeps 4,996 words: a word&apos;s index is its
        frequency rank (1 = most frequent) plus <code>index_from=3</code>, so words start at 4, index 3 is never used,
        and only indices below 5,000 survive.
      </>
    ),
    note: (
      <>
        Keras&apos;s defaults spell the conventions out: <code>start_char=1</code>, <code>oov_char=2</code>,{" "}
        <code>index_from=3</code>. This model&apos;s metadata.json records padding {v.padIndex}, start {v.startIndex},
        OOV {v.oovIndex} and first word {v.firstWordIndex}
        {v.firstWordIndex === 4 ? (
          <>: the same as Keras, so the tutorial&apos;s explanations apply unchanged</>
        ) : (
          <>; Keras puts the first word at 4</>
        )}
        .
      </>
    ),
    exercise: {
      question:
        "A review of invented words: every one is outside the vocabulary. Guess P(positive) for it and for an empty review.",
      texts: [INVENTED_REVIEW, ""],
      explanation: (r) => {
        const [empty, invented] = [formatDecimal(r.empty, 2, "en"), formatDecimal(r.invented, 2, "en")];
        if (!r.allUnknown)
          return `This model knows some of these words, so here they are not all unknown: ${invented} against ${empty} for the empty review.`;
        const same =
          "Every invented word becomes the same out-of-vocabulary index, so the model sees only “some unknown words”.";
        return unknownWordsNeutral(r)
          ? `${same} On this model they leave P(positive) close to where an empty review starts (${invented} against ${empty}): unknown words carry almost no opinion.`
          : `${same} Yet on this model they move P(positive) from ${empty} (the empty review) to ${invented}: it has learned an opinion for the out-of-vocabulary index itself, so unknown words are not neutral for it.`;
      },
    },
  };
};
