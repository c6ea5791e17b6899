/** Tiny EEGLAB datasets for tests: written by eeglab-writer.ts, read by eeglab.ts and by MNE. */
import type { DatasetToWrite } from "./eeglab-writer";

/** A small continuous dataset: 3 channels at 250 Hz, 1,000 samples, events with extra fields. */
export function continuousFixture(): DatasetToWrite {
  const signal = (k: number) =>
    Float32Array.from({ length: 1000 }, (_, i) => 20 * Math.sin(0.05 * (k + 1) * i) + k - 0.1);
  return {
    channels: ["E36", "E104", "E8"],
    channelTypes: ["EEG", "EEG", "EOG"],
    samplingRate: 250,
    signals: [0, 1, 2].map(signal),
    reference: "E129",
    events: [
      { type: "IEND", latency: 1, extra: { urevent: 1 } },
      { type: "0400", latency: 101.5, extra: { position: 1, urevent: 2 } },
      { type: "boundary", latency: 500.5, duration: 25, extra: { urevent: null } },
      { type: 7, latency: 700, extra: { position: 2, urevent: 4 } },
    ],
  };
}

/** A small epoched dataset: 2 channels at 100 Hz, 3 epochs of 100 samples from −0.2 s. */
export function epochedFixture(): DatasetToWrite {
  return {
    channels: ["E70", "E83"],
    samplingRate: 100,
    signals: [0, 1].map((k) => Float32Array.from({ length: 300 }, (_, i) => Math.cos(0.1 * i + k) * 5)),
    epochs: { count: 3, length: 100, start: -0.2 },
    events: [
      { type: "0400", latency: 21, epoch: 1, extra: { position: 1 } },
      { type: "0500", latency: 70, epoch: 1, extra: { position: 1 } },
      { type: "0400", latency: 121, epoch: 2, extra: { position: 2 } },
      { type: "0400", latency: 221, epoch: 3, extra: { position: 1 } },
    ],
  };
}
