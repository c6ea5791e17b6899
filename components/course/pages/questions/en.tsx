import Link from "next/link";
import { formatInteger } from "@/lib/format";
import type { ModelMetadata } from "@/lib/metadata";
import { learnPath } from "@/lib/site";
import { validationFacts } from "../epochs-batches/facts";
import { type Copy, EMBEDDING, LOAD_DATA, LOG_LOSS, SETTINGS } from "./copy";

export const en = (m: ModelMetadata, box: ModelMetadata | null): Copy => {
  const v = validationFacts(box);
  return {
    intro:
      "Questions a learner of the Keras tutorial asked, each with a short answer and the page that goes further. The whole tutorial, runnable on Keras 3, is python/imdb_lstm.py in this repository; the questions about its code sit there too, as comments marked “Q:” beside the lines they are about.",
    more: "More:",
    questions: [
      {
        id: "training-testing",
        question: "What is the difference between training and testing, and which comes first?",
        page: "training-vs-testing",
        answer: (
          <>
            Training (<code>model.fit</code>) changes the weights using labelled reviews; testing (
            <code>model.evaluate</code>) only measures the finished model on other reviews. Train first, then test once.
          </>
        ),
      },
      {
        id: "load-data",
        question:
          "How do I call imdb.load_data in a small script, and what does (X_train, y_train), (X_test, y_test) = … do?",
        page: "imdb-dataset",
        code: LOAD_DATA,
        answer: (
          <>
            <code>load_data</code> returns two pairs, and that line unpacks them into four names: the training reviews
            (lists of word indices) and their 0/1 labels, then the test reviews and theirs. It downloads the data once,
            then reads it from a cache.
          </>
        ),
      },
      {
        id: "real-vector-domain",
        question: "What is a “real vector domain”?",
        page: "word-embeddings",
        answer: (
          <>
            The space of lists of real numbers of one length, here ℝ<sup>{m.model.embeddingDim}</sup>. The embedding
            turns each word into one such list, so a review becomes a sequence of vectors.
          </>
        ),
      },
      {
        id: "embedding-shapes",
        question: "What does a minimal Embedding example look like, with its shapes?",
        page: "word-embeddings",
        code: EMBEDDING,
        answer: (
          <>
            Integers in, vectors out: a batch of padded reviews <code>(batch, 500)</code> becomes{" "}
            <code>(batch, 500, 32)</code>, one row of 32 numbers per position.
          </>
        ),
      },
      {
        id: "which-line",
        question: "Which line keeps the top 5,000 words, makes 32-number vectors, and pads or cuts to 500?",
        page: "vocabulary",
        code: SETTINGS,
        answer: (
          <>
            <code>num_words=top_words</code> in <code>load_data</code> (
            <Link href={learnPath("en", "vocabulary")}>vocabulary</Link>), <code>Embedding(top_words, 32)</code> (
            <Link href={learnPath("en", "word-embeddings")}>embeddings</Link>),{" "}
            <code>pad_sequences(…, maxlen=500)</code> (<Link href={learnPath("en", "padding-truncation")}>padding</Link>
            ).
          </>
        ),
      },
      {
        id: "seed",
        question: "Why fix a random seed, and why 7?",
        page: "random-seed",
        answer: (
          <>
            So a second run starts from the same weights, reads the reviews in the same order and gives the same model.
            7 is arbitrary: any integer works; what matters is writing it down. Which call fixes what depends on the
            Keras version. On Keras 3 an initializer without a seed takes one from Python&apos;s <code>random</code>, so{" "}
            <code>tf.random.set_seed(7)</code> alone does not fix the starting weights, and{" "}
            <code>numpy.random.seed(7)</code> fixes only <code>fit</code>&apos;s shuffle (on JAX).{" "}
            <code>keras.utils.set_random_seed(7)</code> seeds Python, NumPy and TensorFlow at once;{" "}
            <code>python python/imdb_lstm.py --check-seeding</code> builds the model twice after each call and shows
            which give equal weights. On tf.keras 2, which the tutorial&apos;s TensorFlow 2 version was written for,{" "}
            <code>tf.random.set_seed(7)</code> did fix both.
          </>
        ),
      },
      {
        id: "pad-sequences",
        question: "Where does sequence.pad_sequences come from?",
        page: "padding-truncation",
        answer: (
          <>
            From Keras&apos;s preprocessing module: <code>from tensorflow.keras.preprocessing import sequence</code> in
            the tutorial, <code>keras.utils.pad_sequences</code> in Keras 3.
          </>
        ),
      },
      {
        id: "units",
        question: "Are the 100 memory units built in, or the coder's choice? Where are they set?",
        page: "lstm",
        answer: (
          <>
            The coder&apos;s choice, set by the number in <code>LSTM(100)</code>: the length of the cell and hidden
            states. 32 or 256 would also run; more units mean more weights to learn.
          </>
        ),
      },
      {
        id: "one-sigmoid",
        question: "Why one sigmoid neuron in the Dense output?",
        page: "sigmoid-output",
        answer: (
          <>
            Two classes need one number: P(positive) = <var>p</var>, P(negative) = 1 − <var>p</var>. The sigmoid
            squashes the neuron&apos;s sum into a probability between 0 and 1.
          </>
        ),
      },
      {
        id: "log-loss",
        question: "What is log loss, and how do I try binary_crossentropy?",
        page: "log-loss",
        code: LOG_LOSS,
        answer: (
          <>
            The negative log of the probability the model gave to the right answer, averaged over the reviews: 0.105 for
            a right answer at 0.9, 2.303 for a wrong one.
          </>
        ),
      },
      {
        id: "adam",
        question: "What is Adam?",
        page: "adam",
        answer: (
          <>
            An optimizer: gradient descent with momentum, a step size per weight and bias correction (Kingma &amp; Ba,
            2015). Its defaults (learning rate 0.001) are what the tutorial uses.
          </>
        ),
      },
      {
        id: "epochs-batch",
        question: "Why 2–3 epochs and batches of 64 (“space out the weight updates”)?",
        page: "epochs-batches",
        answer: (
          <>
            An epoch is one pass over the training reviews. The weights change once per batch: with{" "}
            {formatInteger(m.training.trainExamples, "en")} reviews in batches of {m.training.batchSize} that is ⌈
            {formatInteger(m.training.trainExamples, "en")} / {m.training.batchSize}⌉ ={" "}
            <span data-testid="q16-updates">
              {formatInteger(Math.ceil(m.training.trainExamples / m.training.batchSize), "en")}
            </span>{" "}
            updates per epoch, where changing them after every review would make{" "}
            {formatInteger(m.training.trainExamples, "en")}. That is what &ldquo;spaces out the updates&rdquo; means:
            fewer steps, each the average of {m.training.batchSize} reviews&apos; gradients, so steadier ones. As for 2
            or 3 epochs: the tutorial held nothing out, so its training curve cannot show overfitting (training loss
            keeps falling).{" "}
            {v ? (
              <>
                The box&apos;s model, trained with {Math.round(v.heldOut * 100)}% of its training reviews held out, had
                its lowest validation loss after epoch {v.best} of {v.ran} ({v.valLosses.join(" → ")}
                {v.heldOutReviews ? (
                  <>
                    : the mean of its {v.sets.length} validation sets; the held-out reviews alone:{" "}
                    {v.heldOutReviews.losses.join(" → ")}
                  </>
                ) : null}
                )
                {v.overfitAfterBest
                  ? "; after it the training loss kept falling while the validation loss stayed higher: the overfitting the tutorial warns of, in recorded numbers."
                  : "."}
              </>
            ) : null}
          </>
        ),
      },
      {
        id: "unseen",
        question: "Why evaluate on reviews the model has not seen?",
        page: "evaluation",
        answer: (
          <>
            A model can partly memorise its training reviews. Only new reviews show whether what it learned carries
            over, which is what you need when it reads your review.
          </>
        ),
      },
      {
        id: "eeg-template",
        question: "How do I apply this template to EEG?",
        page: "your-own-sequences",
        answer: (
          <>
            Drop the embedding: an EEG trial is already numbers, a table of time steps × channels. Start the model with{" "}
            <code>keras.Input(shape=(time_steps, channels))</code>, then <code>LSTM(units)</code>, and keep{" "}
            <code>Dense(1, sigmoid)</code> for a two-class label.
          </>
        ),
      },
      {
        id: "eeg-vectors",
        question: "Can EEG become vectors?",
        page: "your-own-sequences",
        answer: (
          <>
            It already is: at each time step the channels&apos; voltages form one vector, as a word&apos;s 32 embedding
            numbers do. A trial of 500 samples from 64 channels is <code>(500, 64)</code>, the shape the LSTM reads.
          </>
        ),
      },
      {
        id: "eeg-artefacts",
        question: "Can artefacts and interference be removed?",
        page: "your-own-sequences",
        answer: (
          <>
            Reduced, rarely removed. A notch filter takes out mains hum; band-pass filtering reduces drift and muscle
            noise; blinks can be separated with ICA or EOG regression; trials that stay too noisy are rejected. Each
            step also changes the signal, so report what you did.
          </>
        ),
      },
      {
        id: "eeg-paper",
        question: "How does a dataset paper handle its raw data?",
        page: "your-own-sequences",
        example: "raw-to-trials",
        answer: (
          <>
            Its methods section (and the dataset&apos;s README) says how the data were recorded (device, sampling rate,
            electrodes, reference), what was shared (raw files, or processed ones) and which processing was applied.
            Read that before choosing your own steps. The EEG data this project ships, PhysioNet&apos;s EEG Motor
            Movement/Imagery Dataset (Schalk et al., 2004), is shared raw: EDF files, the event markers stored as
            annotations. Below, one of its recordings taken from raw file to trials by this project&apos;s template,
            with the settings of the recorded real run (<code>public/eeg-real</code>): each step, what it removes, and
            how much it took out of this recording, measured as a root mean square in µV.
          </>
        ),
      },
      {
        id: "eeg-labels",
        question: "Where are the labels (say, a food choice) in the recorded data?",
        page: "your-own-sequences",
        example: "labels",
        answer: (
          <>
            Not in the voltages. <code>X</code> holds only voltages: a trial is a table of time steps × channels and
            looks the same whatever the participant chose. The choice is recorded beside it, as an event marker (a code
            with a time) in the recording or as a row of the experiment&apos;s behaviour log, and it becomes{" "}
            <code>y</code>: one label per trial, beside <code>X</code>. The tutorial works the same way:{" "}
            <code>y_train</code> holds one 0 or 1 per review beside <code>X_train</code>, taken from the folder the
            review sits in (<code>pos</code> or <code>neg</code>), not from its words. In the shipped EEG data the
            markers <code>T1</code> and <code>T2</code> (imagined left or right fist) become 0 and 1; a food choice
            would be a marker such as &ldquo;chose&rdquo; or a column of the log. Side by side, read from the files:
          </>
        ),
      },
      {
        id: "eeg-preprocessed",
        question: "What if the data is already preprocessed?",
        page: "your-own-sequences",
        answer: (
          <>
            Find out what was done and do not do it again (a second filter or re-reference changes the data further).
            Cut it into labelled trials, scale it, and split by participant so the test measures new people.
          </>
        ),
      },
    ],
  };
};
