import type { Copy } from "./copy";

export const en: Copy = {
  intro: (
    <>
      The tutorial&apos;s recipe is measured on IMDB&apos;s test reviews, and most of those run to hundreds of words.
      People type a line into a box. This page compares, on the same data, the tutorial&apos;s model, the model the box
      runs (same family: an embedding, one LSTM, one sigmoid neuron, with a different recipe) and a Naive Bayes
      baseline. The data is held out for the box&apos;s model and the baseline, not for the tutorial&apos;s: the
      tutorial trains on all 25,000 training reviews, so it has read the validation reviews the short spans are cut
      from. Every number below is read from the models&apos; reading.json and card.json.
    </>
  ),
  missingModel: (
    <>
      The box&apos;s model (<code>public/models/default/</code>) is not in this build, so only the tutorial&apos;s
      numbers can be shown. Train it with <code>npm run train -- --recipe default</code> and rebuild the site.
    </>
  ),
  recipeTitle: "Two recipes",
  recipeIntro: (
    <>
      A larger vocabulary leaves fewer words unknown (out of vocabulary, index 2); negation marking gives &ldquo;not
      good&rdquo; a token of its own; masking lets the padding leave the LSTM&apos;s memory untouched; phrases labelled
      one by one (the Stanford Sentiment Treebank) teach what &ldquo;not good&rdquo; means without a token of its own.
      The table says which of these each model uses.
    </>
  ),
  recipeHead: ["", "The tutorial’s model", "The box’s model"],
  recipeRows: [
    "Vocabulary (indices, with 0–3 reserved)",
    "Embedding size",
    "LSTM units",
    "Tokens read (maxLen)",
    "Padding masked",
    "Negation marking (“not good” → not_good)",
    "Epochs kept",
    "Training examples",
  ],
  yes: "yes",
  no: "no",
  lengthTitle: "Short reviews versus long ones",
  lengthIntro: (
    <>
      Accuracy on IMDB&apos;s test reviews (read once, at the end) and on the short-review validation set: one- to
      three-sentence spans cut from validation reviews, never from test reviews. The box&apos;s model never trained on
      those validation reviews; the tutorial&apos;s did (it uses all 25,000 training reviews), so its short-review
      figure is measured on text it has seen.
    </>
  ),
  behaviourTitle: "Behaviour: what each one gets right",
  behaviourIntro: (
    <>
      A suite of templated cases (in the spirit of CheckList, Ribeiro et al. 2020), grouped by capability: short
      phrases, negations, contrast with &ldquo;but&rdquo;, intensifiers, and text with no opinion (which passes when the
      verdict is &ldquo;unsure&rdquo;). Each cell is the share of cases passed.
    </>
  ),
  ablationTitle: "What each recipe change bought",
  ablationIntro: (
    <>
      The box&apos;s recipe was chosen on validation data only (a split of the training reviews). Each step adds one
      change to the step before it, or to the step it names; every step is a full training run on the same 22,500
      training reviews (a change made after training, such as factoring the embedding, is applied to the trained weights
      of the step it builds on), measured on the 2,500 validation reviews and on the short-review validation set, and,
      from the steps that add the treebank&apos;s phrases on, on its 872 dev sentences.
    </>
  ),
  ablationBehaviour: "The behaviour suite for each step:",
  step: (n: number) => `step ${n}`,
  noAblation: <>The box&apos;s model records no ablation yet.</>,
  phrasesTitle: "Why negation stays hard",
  phrasesIntro: (
    <>
      A model trained on IMDB alone learns only from whole-review labels; that is why the box&apos;s model now also
      reads the treebank&apos;s labelled phrases (see the model card). The table counts, among the training reviews of
      the box&apos;s model, those that contain each phrase, by label. Where the positive share is below 50%, the labels
      teach that the phrase goes with negative reviews, whatever it means by itself: a reviewer may write &ldquo;the
      acting was not bad&rdquo; in a review that pans the film. Negation marking gives the phrase its own token, but the
      token can only learn what the labels say. Count any phrase with{" "}
      <code>npm run phrases -- --phrases &quot;not bad,not great&quot;</code>.
    </>
  ),
  phrasesHead: ["Phrase", "Negative reviews", "Positive reviews", "Positive share"],
  noPhrases: <>The box&apos;s model records no phrase counts yet.</>,
  bandTitle: "Saying “unsure”",
};
