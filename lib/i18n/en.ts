/**
 * Every UI string of the site in English: header, footer, course frame, widgets and the
 * sentiment box. Page bodies keep their prose in their own files (components/course/pages/).
 * Numbers arrive already formatted (lib/format.ts), so each language places them itself.
 * Plain data: server pages and client widgets import it alike.
 */
import type { BandFigures, BoxViewFigures } from "../unsure-band-figures";

export const en = {
  site: {
    description: "Type a movie review and watch the Keras IMDB LSTM read it, in your browser.",
    /** `withTreebank`: the box's model also trained on the treebank's phrases (its metadata says so). */
    /** The intro on small screens, where the verdict must stay in the first screen. */
    homeShort:
      "Type a movie review: an LSTM trained on IMDB reviews reads it word by word, here in your browser. Nothing you type leaves this page.",
    home: (withTreebank: boolean) =>
      `Type a movie review. A small neural network, an LSTM shaped like the Keras IMDB tutorial’s and trained on IMDB movie reviews${withTreebank ? " and on the labelled phrases of the Stanford Sentiment Treebank" : ""} with a recipe for short reviews, reads it word by word here in your browser: nothing you type leaves this page.`,
  },
  nav: { learn: "Learn", model: "Model card", skip: "Skip to the content" },
  notFound: {
    title: "Page not found",
    text: "There is no page at this address. These are:",
    home: "The review box: type a review",
    learn: "The course",
    card: "The model card",
  },
  footer: {
    label: "Model: ",
    embedded: "embedded in this site",
    hosted: (version: string, host: string) => `version ${version} hosted on ${host}`,
    trained: "trained",
  },
  article: {
    course: "Learn",
    step: (n: number, of: number) => `Step ${n} of ${of}`,
    previous: "Previous",
    next: "Next",
    box: "Back to the review box",
    card: "Model card",
    contents: "On this page",
  },
  modelMissing: {
    title: "No trained model yet",
    before:
      "This page quotes the trained model: its settings, its training curves and its test results. No model was found when the site was built. Train one with ",
    middle: " (it writes ",
    after: "), then build the site again.",
  },
  codeCompare: { keras: "Keras (Python)", ours: "This project (TypeScript)" },
  architecture: {
    head: ["Layer", "Keras", "Output shape", "Parameters", "Computed as"],
    total: "Total",
    label: "Layers of the model",
  },
  evaluation: {
    predicted: ["predicted positive", "predicted negative"],
    actual: ["actual positive", "actual negative"],
    items: { reviews: "test reviews", trials: "held-out trials" },
    caption: (n: string, items: string) => `Confusion matrix on ${n} ${items}; predicted positive means p > 0.5`,
    names: {
      accuracy: "Accuracy",
      precision: "Precision",
      recall: "Recall",
      f1: "F1",
      rocAuc: "ROC AUC",
      logLoss: "Log loss",
    },
  },
  curves: {
    loss: "Loss (binary cross-entropy)",
    accuracy: "Accuracy",
    epoch: "epoch",
    train: "training",
    validation: "validation",
    seconds: "time",
    validationOf: (metric: string) => `validation ${metric}`,
    /** With several validation sets the validation curve is their mean. */
    validationMean: (sets: number) => `validation (mean of ${sets} sets)`,
    heldOut: "held-out reviews alone",
    table: "Loss and accuracy per epoch",
  },
  widget: {
    tryIt: "Try it",
    model: "Model:",
    models: { tutorial: "the tutorial's model", default: "the review box's model" },
    card: "model card",
    switchLabel: "Run this on",
    loading: "Loading the trained model…",
    error: "The model could not be loaded:",
    review: "Your review (English)",
    fromBox: "Your review from the box.",
    useExample: "Show this page’s example",
    useCarried: "Use your review from the box",
    retry: "Try again",
  },
  embedding: {
    title: "a word's learned numbers",
    word: "Type an English word",
    index: "index",
    unknown:
      "is not in the vocabulary, so the model reads it as index 2 (out of vocabulary). These are index 2's numbers.",
    nearest: "Nearest words in the trained embedding (cosine similarity); click one to look it up",
    vectorLabel: (word: string, numbers: number) => `${word}: ${numbers} numbers`,
    fromReview: "Words from your review:",
  },
  logLoss: {
    title: "the loss of your review",
    truth: "The true label is",
    labels: ["negative (y = 0)", "positive (y = 1)"],
    probability: "The model says p = P(positive) =",
    loss: "Log loss",
    other: (loss: string) => `With the other label the loss would be ${loss}.`,
  },
  opinionTrace: {
    title: "the opinion, word by word",
    final: "After the last word: P(positive) =",
  },
  padding: {
    title: "your review as the model's input",
    padding: "padding",
    truncating: "truncating",
    trained: " (as trained)",
    summary: (words: number, zeros: number, cut: number, maxLen: number) =>
      cut > 0
        ? `${words} indices, ${cut} of them cut to fit ${maxLen}.`
        : `${words} indices + ${zeros} padding zeros = ${maxLen} numbers.`,
    sequence: "The padded sequence the model reads",
  },
  sigmoid: {
    title: "logit → probability",
    review: "Your review (English): its logit sets the slider",
    logit: "logit z",
    result: (z: string, p: string) => `σ(${z}) = ${p}`,
    verdict: (positive: boolean): string => (positive ? "→ positive (> 0.5)" : "→ negative (≤ 0.5)"),
  },
  vocabulary: {
    title: "which of your words the model knows",
    summary: (words: number, oov: number) => `${words} words, ${oov} of them out of vocabulary (shown as index 2).`,
  },
  box: {
    inputLabel: "Your movie review",
    placeholder: "Type or paste a movie review in English…",
    examplesLabel: "Try an example:",
    examples: {
      positive: "Clearly positive",
      negative: "Clearly negative",
      negation: "Negation",
      notBad: "Not bad at all",
      sarcasm: "Sarcasm",
      mixed: "Mixed",
    },
    loading: (loaded: string, total: string | null) => `Loading the model: ${loaded}${total ? ` of ${total}` : ""}`,
    errorTitle: "The model could not be loaded.",
    errorHelp: "Nothing you typed was sent anywhere. Check your connection and try again.",
    retry: "Try again",
    emptyHint: "Type a review above (at least one word) to see what the model thinks.",
    positive: "Positive",
    negative: "Negative",
    /** What to notice in each example; `rate` is the behaviour suite's pass rate from metadata. */
    notice: {
      positive: (rate: string) =>
        `A clear case: the model reads ${rate} of the behaviour suite’s short positive reviews as positive.`,
      negative: (rate: string) =>
        `A clear case: the model reads ${rate} of the behaviour suite’s short negative reviews as negative.`,
      negation: (rate: string) =>
        `Notice “not good”: the model reads ${rate} of the behaviour suite’s negated praise as negative.`,
      notBad: (rate: string) =>
        `A known weakness: “not bad” is mild praise, yet in the behaviour suite the model keeps such cases from a negative verdict only ${rate} of the time (the model card measures it).`,
      sarcasm: (_rate: string) =>
        "Notice the words: they praise (“great”, “brilliant”) while the review mocks. The model reads words, and no test here measures sarcasm.",
      mixed: (rate: string) =>
        `Notice the “but”: the model follows the part after “but” in ${rate} of the behaviour suite’s cases.`,
    },
    englishOnly:
      "The model reads English only: Chinese, Japanese or Korean words are not in its vocabulary, so it cannot read them.",
    share: "Copy a link to this review",
    shareCopied: "Link copied. Your review is in the part after #, which browsers never send to a server.",
    shareManual:
      "Copy this link (this browser did not allow copying). Your review is in the part after #, which browsers never send to a server.",
    /** The one plain sentence beside a verdict: a probability, not how "sure" the model is. */
    chance: (percent: string) => `It puts the chance that this review is positive at ${percent}.`,
    zones: { negative: "negative", unsure: "unsure", positive: "positive" },
    cannotTell: (percent: string) => `The model can’t tell: it reads this as ${percent} positive.`,
    howSure: "How sure is it?",
    howSureBand: (f: BandFigures) =>
      `From ${f.low} to ${f.high} it says “unsure”${f.accuracyInside === null ? "" : `: on short texts it never trained on, it was right there only ${f.accuracyInside} of the time`}.`,
    howSureOutside: (f: BandFigures) =>
      `Outside that band its verdicts were right ${f.accuracyOutside} of the time (${f.examples} short texts it never trained on).`,
    howSureDetails: "Details: the exact numbers, and how the band was chosen",
    exactProbability: (probability: string) => `P(positive) = ${probability}.`,
    probabilityBar: (percent: string) => `Probability that the review is positive: ${percent}`,
    sigmoidNote: (logit: string) => `The output neuron computed ${logit}; a sigmoid turned that into the probability.`,
    sigmoidLink: "How one sigmoid neuron decides",
    sawHeading: "What the model saw",
    sawIntro: "Each word became a number, its index in the vocabulary. The model reads only these numbers.",
    vocabularyLink: "About the vocabulary",
    outOfVocabulary: "out of vocabulary",
    oovNote: (count: number, formatted: string, oovIndex: string) =>
      `${formatted} ${count === 1 ? "word is" : "words are"} not in the vocabulary: ${count === 1 ? "it" : "each"} became index ${oovIndex}, the same for every unknown word.`,
    truncated: (total: string, maxLen: string, cut: string, side: "pre" | "post") =>
      `Your review has ${total} tokens, but the model reads at most ${maxLen}: the ${side === "pre" ? "first" : "last"} ${cut} were cut.`,
    padded: (count: string, maxLen: string, padIndex: string) =>
      `${count} padding tokens (index ${padIndex}) were added in front, to make ${maxLen} tokens.`,
    paddingLink: "Why padding and truncation",
    embeddingNote: (dim: string) => `Each index then picks a row of ${dim} learned numbers: its word embedding.`,
    embeddingLink: "About word embeddings",
    whyHeading: "Why: the opinion word by word",
    whyIntro:
      "The LSTM reads the review one word at a time. After each word, this is what the output neuron would answer from the LSTM's memory so far.",
    lstmLink: "How the LSTM remembers",
    chartLabel: (first: string, last: string) =>
      `Line chart of the probability of positive after each word, from ${first} to ${last}; the dashed line is 50%.`,
    opinionAfter: (word: string, percent: string) => `After “${word}”: ${percent} positive`,
    opinionWords: "The opinion after each word",
    biggestMoves: "Words that moved the opinion most:",
    move: (word: string, points: string) => `“${word}” ${points} points`,
    // Honest verdicts and the comparison with the tutorial's model (issue 9).
    unsure: "Unsure",
    noVerdict: "No verdict",
    noBand: "This model has no unsure band: above 0.5 is positive, below is negative.",
    noWords:
      "There are no words here: the model reads English words, and punctuation and emoji are dropped. No verdict.",
    noKnownWords: "The model reads English reviews, and it knows none of these words, so it gives no verdict.",
    stillComputes: (probability: string) =>
      `Its output neuron still computes P(positive) = ${probability}, but that number says nothing about your words.`,
    unknownShare: (unknown: string, words: string, percent: string) =>
      `${unknown} of ${words} words (${percent}) are unknown to the model.`,
    compareLabel: "Compare with the tutorial’s model",
    compareHint: "Downloads the Keras tutorial’s model too and reads your review with both.",
    compareLink: "What the tutorial’s recipe gets wrong",
    compareHeading: "The same review, read by two models",
    modelNames: { default: "This site’s model", tutorial: "The tutorial’s model" },
    compareHead: ["Model", "Verdict", "P(positive)", "Unknown words"],
    tutorialTrace: "The tutorial’s model, word by word",
  },
  // The unsure band and what the box does on held-out sets: numbers from metadata.json
  // (lib/unsure-band-figures.ts), sentences here, so the two languages cannot disagree.
  unsureBand: {
    range: (f: BandFigures) => `From ${f.low} to ${f.high} the model says “unsure” instead of a verdict.`,
    figures: (f: BandFigures) =>
      `The band was chosen on ${f.examples} short texts the model never trained on (${f.withTreebank ? "spans cut from validation reviews, and the treebank’s dev sentences" : "spans cut from validation reviews"}): ` +
      `${f.inside} of them fall inside it${f.accuracyInside === null ? "" : `, where the model is right ${f.accuracyInside} of the time`}; outside it, it is right ${f.accuracyOutside} of the time.`,
    rule: (f: BandFigures) =>
      f.reachedTarget
        ? `It is the narrowest band around 0.5 tried that leaves at least ${f.target} right outside it.`
        : `No band tried, up to this one, leaves ${f.target} right outside it, so the box uses the widest band tried.`,
    setNames: { shortValidation: "Short validation reviews", treebankDev: "The treebank’s dev sentences" },
    boxView: (f: BoxViewFigures, setName: string) =>
      `${setName} (${f.examples}): the box says “unsure” on ${f.unsure}, gives no verdict on ${f.noVerdict} (no word it knows)${f.accuracyOutside === null ? ", and no verdict on the rest." : `, and its verdicts are right ${f.accuracyOutside} of the time.`}`,
  },
  // The course's deeper widgets (components/course/widgets/).
  lstmInside: {
    title: "inside the LSTM, step by step",
    review: "A review (English; this one is from the training set)",
    step: "Word",
    previous: "Previous word",
    next: "Next word",
    opinion: "P(positive) if the review ended here:",
    unit: "Unit to follow",
    aligned: (unit: number, weight: string) =>
      `Unit ${unit} has the output weight largest in size (${weight}): its hidden state moves P(positive) most.`,
    colored: (unit: number, weight: string) =>
      `The review coloured by how unit ${unit}'s hidden state after each word pushes P(positive), through its output weight ${weight}: blue towards positive, orange towards negative:`,
  },
  lstmUnrolled: {
    label: (word: string, n: number) =>
      `The LSTM unrolled over the review; step ${n}, the word “${word}”, is highlighted`,
    cell: "cell state c",
    hidden: "hidden h",
    opinion: "P(positive)",
    go: (word: string) => `Go to “${word}”`,
  },
  lstmHeatmaps: {
    label: (units: number) =>
      `Gates and states of the ${units} units at this word; blue is positive, orange negative, gates from white (0) to blue (1)`,
    follow: (row: string, unit: number, value: string) => `${row}, unit ${unit}: ${value}`,
    /** The six rows, each a gate or state (lib/lstm-cell.ts names) and its letter. */
    rows: {
      inputGate: "input gate i",
      forgetGate: "forget gate f",
      candidate: "candidate g",
      outputGate: "output gate o",
      cellState: "cell state c",
      hiddenState: "hidden state h",
    },
  },
  occlusion: {
    title: "which words mattered (occlusion)",
    review: "A review (English)",
    total: "P(positive) of the whole review:",
    explain:
      "Each word is shaded by how much P(positive) drops when it is removed: blue words pushed towards positive, orange towards negative. Hover or focus a word for the number.",
    cut: (n: number) => `Only the last ${n} words are tested.`,
    delta: (word: string, d: string) => `without “${word}”: P changes by ${d}`,
  },
  exercise: {
    check: "Check your understanding",
    guess: "Your guess of P(positive):",
    reveal: "Show the model's answer",
    model: "The model:",
    off: (d: string) => `your guess was off by ${d}`,
    loading: "Loading the model…",
    empty: "(an empty review)",
    about: (model: string, text: string) => `About ${model}: ${text}`,
  },
  threshold: {
    title: "move the threshold",
    loading: "Loading the test predictions…",
    missing: (file: string) => `This model has no ${file} (the evaluation writes it), so the slider cannot run here.`,
    threshold: "Threshold: call a review positive when P(positive) is above",
    predicted: ["called positive", "called negative"],
    actual: ["positive reviews", "negative reviews"],
    precision: "precision",
    recall: "recall",
    accuracy: "accuracy",
    roc: (auc: string) =>
      `ROC curve (area ${auc}): true-positive rate against false-positive rate for every threshold; the dot is the slider's`,
    fpr: "false-positive rate",
    tpr: "true-positive rate",
  },
};

/** The shape every language's dictionary has: a missing or extra key is a compile error. */
export type Dictionary = typeof en;
