import type { ModelMetadata } from "@/lib/metadata";
import type { Copy } from "./copy";

export const en = (m: ModelMetadata): Copy => ({
  intro: (
    <>
      Nothing in this model is specific to movies. It reads a sequence, step by step, and answers a yes/no question.
      Swap the sequence and the question, and the template carries over. Here is what to keep and what to change for
      EEG, for example to predict whether a participant chose an item.
    </>
  ),
  keepTitle: "What carries over unchanged",
  keep: [
    <>An LSTM reading the sequence step by step, with a number of units you choose.</>,
    <>One sigmoid neuron on top and the binary cross-entropy loss, since the question is yes/no.</>,
    <>
      Adam, batches, a seed, and a test set the model never saw. Instead of a fixed number of epochs, the template holds
      back a few training subjects as a validation set, stops when their loss has not improved for a few epochs, and
      keeps the weights of the best epoch.
    </>,
  ],
  embedTitle: "What changes: no embedding",
  embed: (
    <>
      Words are symbols, so the text model first looks each one up in an embedding table to get {m.model.embeddingDim}{" "}
      real numbers. EEG already <em>is</em> real numbers: at each time step, one voltage per electrode. So yes, EEG
      becomes vectors without any lookup: a trial is a table of time steps × channels, one vector of channel voltages
      per time step, and goes straight into the LSTM. The input shape replaces the vocabulary.
    </>
  ),
  text: "Text: word indices → Embedding → LSTM",
  eeg: "EEG: time steps × channels → LSTM",
  sideBySide: "The same Keras template, for text and for EEG: only the input end changes.",
  cleanTitle: "Clean the signal before training",
  clean: [
    <>
      <strong>Filter.</strong> A high-pass removes slow drift; a low-pass removes fast noise; a notch at 50 or 60 Hz
      removes mains interference. Muscle activity spreads over 20–300 Hz and overlaps the EEG, so a low-pass at 30–40 Hz{" "}
      <em>reduces</em> muscle noise but does not remove it. The high-pass edge depends on what you look for: 1 Hz suits
      oscillations and short responses, but it distorts slow event-related potentials (ERPs) such as the P300, so ERP
      work usually high-passes at about 0.1 Hz. This template&apos;s default, <code>--band 1,30</code>, is the
      oscillation setting: for ERP work pass <code>--band 0.1,30</code> (the motor-imagery runs below use{" "}
      <code>--band 7,30</code>, the mu and beta rhythms). Either edge can be left out (<code>--band 0,30</code> is a
      low-pass only, <code>--band 0.1,</code> a high-pass only).
    </>,
    <>
      <strong>Re-reference.</strong> Every EEG voltage is measured against a reference electrode. The average reference
      subtracts, at each moment, the mean of all electrodes. It approximates a neutral reference only with many
      electrodes (32 or more) spread evenly over the head; with a handful of channels it mixes each channel into all the
      others. Columns that are not scalp EEG (a time column, a trigger channel, eye or heart channels) must be left out
      first, or they enter the average: the template drops them and says so.
    </>,
    <>
      <strong>Reject or correct artefacts.</strong> Blinks and eye movements produce large slow deflections at the front
      electrodes; jaw and neck muscles add high-frequency bursts; a loose electrode is noisy in every trial. Either drop
      trials whose peak-to-peak amplitude exceeds a threshold (often 100–150 µV), or correct them, for example by
      removing eye components found with independent component analysis (ICA). The template reports, per subject, flat
      or noisy channels and how many trials each channel caused to be rejected, so one broken electrode does not
      silently cost a subject most of their trials.
    </>,
  ],
  shapeTitle: "Shape the data into trials",
  shape: [
    <>
      <strong>Epoch around events.</strong> Cut a fixed window around each event marker, say from 200 ms before to 800
      ms after the item appears, plus a margin on both sides for the filters, and subtract each channel&apos;s mean over
      the part before the event (baseline correction). Each window is one sequence, and its label is what happened:
      chose or did not choose.
    </>,
    <>
      <strong>Keep sequences short.</strong> LSTMs forget over very long sequences. One second at 512 Hz is 512 steps,
      about as long as our {m.model.maxLen}-token reviews; downsampling to 128 Hz leaves 128. Low-pass first, below half
      the new rate (here 64 Hz), or faster waves fold into slower ones (aliasing): the template refuses to downsample
      without such a low-pass.
    </>,
    <>
      <strong>Normalise per channel</strong> with means and spreads computed on the training trials only.
    </>,
    <>
      <strong>Split by subject.</strong> Trials from one person resemble each other. If a subject has trials in both
      training and test sets, the test score flatters the model. Put whole subjects in the test set, and in the
      validation set too.
    </>,
    <>
      <strong>Check the balance.</strong> If &ldquo;chose&rdquo; is rarer than &ldquo;did not&rdquo;, accuracy misleads;
      watch ROC AUC as well, as the evaluation page does.
    </>,
    <>
      <strong>Compare with a simple model.</strong> The template always trains an L2-regularised logistic regression on
      time-window means beside the LSTM, on the same subjects, and prints both with 95% intervals. If the LSTM loses, it
      says so.
    </>,
  ],
  markersTitle: "Where the labels are: event markers",
  markers: [
    <>
      <strong>The recording holds markers, not answers.</strong> While recording, the experiment program sends a short
      code to the amplifier at each event (an image appears, a key is pressed). These codes are stored with the data: as
      annotations in EDF+ (the real example below has <code>T0</code>, <code>T1</code>, <code>T2</code>), as a trigger
      or <code>Status</code> channel in BDF, as a <code>.vmrk</code> file in BrainVision, as <code>EEG.event</code> in
      EEGLAB, or as a <code>*_events.tsv</code> beside each recording in BIDS.
    </>,
    <>
      <strong>The paper says what each code means.</strong> Look for its trigger (event) table: e.g. &ldquo;T1 = onset
      of imagined left fist&rdquo; (this dataset&apos;s real table), or, in a food-choice study (an invented example,
      not a real code table), &ldquo;11 = food image shown, 21 = chose it, 22 = rejected it&rdquo;. List the markers a
      file really has (<code>python python/export_trials.py FILE --list-events</code>, or the log line{" "}
      <code>npm run train-sequences</code> prints per file) and match them against that table before anything else.
    </>,
    <>
      <strong>A choice may live in a behavioural log.</strong> Often the EEG only marks &ldquo;image shown&rdquo;, and
      each choice is in a separate file from the task program (one row per trial). Then join the two by trial order or
      trial number: check that the log has as many rows as the recording has &ldquo;image shown&rdquo; markers, put each
      row&apos;s choice into a column of the BIDS <code>events.tsv</code>, and pick that column with{" "}
      <code>--events-column choice --events apple=0,cake=1</code>. docs/eeg-template.md walks through it.
    </>,
    <>
      <strong>Then cut trials:</strong>{" "}
      <code>npm run train-sequences -- --data recordings/ --events T1=0,T2=1 --window 0,3</code> reads EDF, EDF+ and BDF
      files (a folder of them), takes the subject from the file name or the BIDS <code>sub-</code> entity, and cuts one
      trial per chosen marker. From any other format, <code>python/export_trials.py</code> (MNE-Python) writes the same
      trial file.
    </>,
  ],
  codeTitle: "The cleaning in this project's code",
  code: (
    <>
      The same steps, as the sequence template in <code>scripts/lib/eeg/</code> runs them on every trial, and then
      across trials:
    </>
  ),
  demoTitle: "The template on demo EEG",
  realTitle: "The template on real EEG",
  paperTitle: "What the dataset's paper should tell you",
  paper: [
    <>
      The recording: the amplifier, sampling rate, number and positions of electrodes, reference electrode, and units
      (usually µV; MNE-Python works in volts).
    </>,
    <>
      The task: what participants saw and did, when the event markers were sent, and how each label was defined (the
      trigger table).
    </>,
    <>How many subjects, sessions and trials per class, and which subjects or trials were excluded and why.</>,
    <>
      What was done to the raw data before sharing: a dataset paper usually shares the raw recordings and describes a
      pipeline for its own analysis (filters and cut-offs, reference, artefact rejection or ICA, epoching,
      downsampling), sometimes sharing the preprocessed version too. Read which version you downloaded.
    </>,
  ],
  questionsTitle: "Your questions about EEG, answered",
  questions: [
    [
      <>Can EEG become vectors, like words?</>,
      <>
        It already is: each time step is a vector of one voltage per channel, so no embedding is needed. A trial is a
        sequence of such vectors. For motor imagery a better vector is the band power in a short window, one number per
        spatial filter: the real-data section below shows such a sequence and how the LSTM does on it compared with raw
        voltages.
      </>,
    ],
    [
      <>Can artefacts and interference be removed?</>,
      <>
        Partly. Mains interference is narrow-band and a notch filter removes it well. Drift is removed by a high-pass.
        Blinks and muscle overlap the brain signal in time and frequency, so filters only reduce them; you either drop
        contaminated trials (peak-to-peak rejection, as here) or subtract their components (ICA), which needs care and
        leaves some behind. Treat &ldquo;cleaned&rdquo; as &ldquo;less contaminated&rdquo;.
      </>,
    ],
    [
      <>How does a dataset paper handle its raw data?</>,
      <>
        Its methods section lists the pipeline in order: filtering, re-referencing, bad-channel handling, artefact
        rejection or correction, epoching and baseline, downsampling. Reproduce that order with this template&apos;s
        flags, or note where you differ.
      </>,
    ],
    [
      <>Where is my label (e.g. a food choice) in the recorded data?</>,
      <>
        In the event markers, decoded by the paper&apos;s trigger table, or in a behavioural log that you join to the
        markers (see &ldquo;Where the labels are&rdquo; above). The voltages themselves carry no labels.
      </>,
    ],
    [
      <>What if the data are already preprocessed?</>,
      <>
        Do not repeat what was done: turn off the steps already applied (<code>--notch none</code>,{" "}
        <code>--band none</code> or only the missing edge, <code>--reference as-recorded</code>,{" "}
        <code>--baseline none</code>), keep the z-scoring and the subject split, and check the units (MNE exports volts;
        the template refuses values that look like volts). If trials were cut without a margin, there is nothing to crop
        after filtering: the template then keeps whole trials and says so.
      </>,
    ],
  ],
  caution: (
    <>
      The architecture is the easy part. With EEG, most of the accuracy, and most of the ways to fool yourself, are in
      the cleaning and in how trials are split.
    </>
  ),
});
