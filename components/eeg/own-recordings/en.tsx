import type { Copy } from "./copy";

export const en: Copy = {
  intro: (
    <>
      The food-choice dataset of Chen et al. (2022), OpenNeuro <code>ds003766</code>, is what this course was written
      for: people chose between two foods on a screen by moving the mouse to one of them and clicking, while 128 EEG
      channels recorded. This page goes from its files to the trials the template trains on: where each thing is, what
      one trial looks like in the recording, which commands cut and label it, and what the authors&apos; cleaning does
      that this template does not. The picture and the table below are drawn from the project&apos;s miniature of the
      dataset (3 subjects × 40 trials, made by a committed command), not from the real files, which are too large to
      ship.
    </>
  ),
  sourcesTitle: "Where each fact comes from",
  sources: [
    <>
      <strong>The data descriptor</strong> (Chen, Wang, Huang, Gao, Yuan, Qi &amp; Wu, <em>Scientific Data</em> 9, 2022,
      doi:10.1038/s41597-022-01538-5): the tasks (food, word and image choice, and rest), 31 participants, the EGI
      HydroCel GSN 129 net at 1000 Hz with <code>E129</code> (Cz) as reference, mains at 50 Hz, what each event code
      means, and the columns of the behaviour tables.
    </>,
    <>
      <strong>The authors&apos; scripts</strong>: their conversion script turned EGI&apos;s <code>.mff</code> files into
      EEGLAB <code>.set</code> files in BIDS folders; their preprocessing script (MNE-Python) is where the cleaning
      happens: notch filters, 1–30 Hz, 256 Hz, epochs around <code>0400</code>, EOG channels, bad channels, ICA,
      autoreject, average reference.
    </>,
    <>
      <strong>What is shared is raw.</strong> The recordings in <code>sub-XX/eeg/</code> are converted, not cleaned:
      nothing was filtered, re-referenced or removed. Every cleaning step is yours to run, with the authors&apos;
      script, with MNE, or with this template&apos;s preset below, and a paper that uses the data should say which.
    </>,
  ],
  layoutTitle: "The layout of the files",
  layout:
    "A BIDS dataset: one folder per participant, and inside it one folder per kind of data. The miniature keeps the real names; here are its top-level files and one subject's:",
  layoutNotes: [
    <>
      <code>sub-XX/eeg/sub-XX_task-foodchoice_eeg.set</code> + <code>.fdt</code>: the recording in EEGLAB&apos;s format.
      The <code>.set</code> is a MATLAB file holding the header (channels, sampling rate, events); the <code>.fdt</code>{" "}
      holds the samples as 32-bit floats.
    </>,
    <>
      <code>…_events.tsv</code>: every event, one per row: <code>onset</code> and <code>duration</code> in seconds and
      the code in <code>trial_type</code>. <code>…_eeg.json</code> and <code>…_channels.tsv</code> describe the
      recording and its channels.
    </>,
    <>
      <code>sub-XX/beh/sub-XX_task-foodchoice_beh.tsv</code>: what the task program logged, one row per trial: the two
      options, the choice and the mouse movement.
    </>,
  ],
  trialTitle: "One trial in the recording",
  trial: (
    <>
      Each trial starts with a fixation cross whose event code is the trial&apos;s own number (<code>0000</code> to{" "}
      <code>0319</code>), then the two food pictures appear (<code>0400</code>), then the participant clicks the left (
      <code>0500</code>) or the right one (<code>0501</code>). <code>IEND</code> marks the recording&apos;s start and
      end. The labels are not in the voltages: they are the code that follows <code>0400</code>.
    </>
  ),
  pictureTitle: (p) =>
    `Trial ${p.trialIndex} of sub-${p.subject} in the miniature: events and channel ${p.trace.channel}`,
  picture: {
    meaning: (code) =>
      code === "0400"
        ? "foods appear"
        : code === "0500"
          ? "clicked left"
          : code === "0501"
            ? "clicked right"
            : code === "IEND"
              ? "start/end"
              : /^0[0-3]\d\d$/.test(code)
                ? "fixation"
                : "",
    epoch: "trial: −0.2 … 0.8 s around 0400",
    baseline: "baseline",
    seconds: "seconds from 0400",
    label: (code) => (code === "0500" ? "label 0 (left)" : "label 1 (right)"),
    trace: (channel) => `${channel}, µV`,
  },
  pictureCaption: (p) => (
    <>
      Drawn from <code>components/eeg/own-recordings/trial-picture.json</code>, written by{" "}
      <code>{p.command.join(" ")}</code> from the miniature&apos;s <code>{p.recording.file}</code> (
      {p.recording.channels} channels at {p.recording.samplingRate} Hz); the line is channel{" "}
      <code>{p.trace.channel}</code>. The shaded band is what the <code>chen2022</code> preset cuts: −0.2 to 0.8 s
      around <code>0400</code>, the darker part the baseline. The voltage is the miniature&apos;s synthetic signal, not
      a real brain&apos;s.
    </>
  ),
  behaviourTitle: "The behaviour table",
  behaviour: (
    <>
      One row per trial, written by the task program, not by the amplifier. <code>trialIndex</code> is the trial&apos;s
      number (the same number as its fixation code), <code>left_option</code> and <code>right_option</code> the two
      foods, <code>response</code> the choice (<code>left</code> or <code>right</code>), <code>response_time</code>{" "}
      seconds from the pictures to the click, and <code>xTrajectory</code>, <code>yTrajectory</code>,{" "}
      <code>tTrajectory</code> the mouse path as lists (pixels, seconds). The row of the trial above, long lists cut:
    </>
  ),
  column: "column",
  value: "value",
  labelsTitle: "From events to labelled trials",
  labels: [
    <>
      <strong>By the response that follows</strong> (the authors&apos; way, and the preset&apos;s default):{" "}
      <code>--stimulus 0400 --label-response 0500=0,0501=1 --response-within 10</code>. Each <code>0400</code> takes the
      first <code>0500</code> or <code>0501</code> after it, before the next <code>0400</code>.
    </>,
    <>
      <strong>By a column of the behaviour table</strong>:{" "}
      <code>--stimulus 0400 --label-column response --labels left=0,right=1</code>. Rows are joined to the{" "}
      <code>0400</code> events in order; if the counts differ, the run stops and names both counts and the first trial
      where the numbers disagree. A lost trigger is common in real recordings: <code>--align trial-index</code> then
      joins each row to the <code>0400</code> after the fixation code with its <code>trialIndex</code>, and counts the
      rows whose trigger was lost.
    </>,
    <>
      <strong>By a field of the event</strong> (EEGLAB events can carry their own fields):{" "}
      <code>--stimulus square --label-field position --labels 1=0,2=1</code>, as the EEGLAB sample run on the EEG page
      does. <strong>By the event&apos;s own code</strong>: <code>--events T1=0,T2=1</code>, as for PhysioNet.
    </>,
    <>
      Every trial left out is counted by reason and printed (no response, too late, trigger lost, no behaviour row,
      rejected), and codes or values the mapping does not name are listed with their counts, so you see what the data
      held before you trust the labels.
    </>,
  ],
  commandsTitle: "The exact commands",
  commands: "On the miniature (each runs in under five minutes here); for the real dataset, give its folder to --data:",
  presetTitle: "What the preset does, and what it does not",
  preset: (
    <>
      <code>--preset chen2022</code> writes the authors&apos; settings as this template&apos;s flags (your own flags
      still win), and every run prints both lists:
    </>
  ),
  presetDoes: [
    "Notch at 50 Hz and every harmonic below the Nyquist frequency.",
    "Band-pass 1–30 Hz (a zero-phase Butterworth filter; the authors used MNE's FIR filter).",
    "Resample to 256 Hz with an anti-aliasing windowed-sinc filter (1000 Hz does not divide by 256, so keeping every n-th sample is not possible).",
    "Trials −0.2 … 0.8 s around each 0400, labelled by the response that follows; baseline −0.2 … 0 s.",
    "Drop the eye channels (the HydroCel net's electrodes next to the eyes) and the bad channels you list with --bad-channels, then average reference.",
  ],
  presetDoesNotTitle: "What the authors did that the template does not do:",
  presetDoesNot: [
    "ICA: 20 components, those matching the EOG removed. The template has none; run it in MNE or EEGLAB first.",
    "autoreject: thresholds per channel learned by cross-validation, bad segments repaired. The template only drops trials whose peak-to-peak exceeds --reject-uv.",
    "Their per-subject bad-channel lists: they are in their scripts, not in this project; pass them with --bad-channels. The eye-channel list is the HydroCel net's, not checked against their scripts.",
  ],
  presetCaution:
    "So a run with the preset is not the authors' analysis: blinks that ICA would have removed stay in, and trials are dropped instead of repaired.",
  resultsTitle: "What the commands measured on the miniature",
  trajectoryTitle: "The mouse path is a sequence too",
  trajectory: (
    <>
      The second half of the dataset needs no EEG at all. Each trial&apos;s mouse path is resampled to 101 points (0%,
      1%, …, 100% of its time, as mouse-tracking research does), moved to start at (0, 0), and cut to its first part:{" "}
      <code>--share 0.4</code> keeps the first 40%. That is a sequence of 41 steps with two numbers each (x, y): the
      LSTM template reads it exactly as it reads EEG channels, and logistic regression on the same 82 numbers is the
      linear baseline, on the same folds. The question: does the start of the movement already show the choice?
    </>
  ),
};
