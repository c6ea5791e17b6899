/**
 * A seeded generator of EEG-like trials with a known answer, for the demo and the tests.
 *
 * Each trial is microvolts on five channels, time-locked to an event at 0 s:
 *   background  1/f noise per channel (4-7 µV, by subject), 1/f noise shared by all
 *               channels (what the reference electrode picks up), a 10 Hz alpha rhythm
 *               strongest at the back
 *   drift       a per-channel offset and slope (removed by the high-pass and the baseline)
 *   mains       a 50 Hz hum (removed by the notch)
 *   ERP         an N1 at 100 ms in every trial, and a P300-like wave at 300-420 ms,
 *               largest at Pz, that is four times larger when label = 1: the learnable
 *               difference. Its size and latency vary by subject, so held-out subjects are
 *               a real test.
 *   artefacts   blinks (200-400 µV at Fp1, fading towards the back) and muscle bursts
 *               (0.3 s of broadband noise, 50-100 µV, on Fp1 or Oz), centred between -0.1
 *               and 0.7 s and recorded in `trial.artifacts`.
 * The demo is cleaner than real EEG: its background is quieter and its effect larger.
 */
import { seededRandom, shuffled } from "../../../lib/random";
import { gaussian, pinkNoise } from "./pink-noise";
import { TRIAL_FORMAT, TRIAL_FORMAT_VERSION, type Trial, type TrialFile } from "./trials";

/** Where `npm run make-eeg-demo` writes and `npm run train-sequences` reads by default. */
export const DEFAULT_DEMO_PATH = "data/eeg-demo.json";

export const DEMO_CHANNELS: readonly string[] = ["Fp1", "Fz", "Cz", "Pz", "Oz"];
// How strongly each source shows on each channel, in DEMO_CHANNELS order.
const P300_WEIGHTS = [0, 0.2, 0.6, 1, 0.5];
const N1_WEIGHTS = [0.3, 0.8, 1, 0.7, 0.5];
const ALPHA_WEIGHTS = [0.1, 0.2, 0.4, 0.8, 1];
const BLINK_WEIGHTS = [1, 0.45, 0.2, 0.08, 0.05];

export interface SyntheticEegOptions {
  subjects: number;
  trialsPerSubject: number;
  seed: number;
  /** Hz (default 128). */
  samplingRate?: number;
  /** First and last time of each trial relative to the event, seconds (default -0.7 to 1.3: 0.5 s margins around -0.2 to 0.8). */
  epoch?: readonly [number, number];
  /** P300 peak at Pz for label 1, µV, for an average subject (default 20). Label 0 gets a quarter. */
  p300Uv?: number;
  /** Fraction of trials with a blink (default 0.15) and with a muscle burst (default 0.05). */
  blinkRate?: number;
  muscleRate?: number;
  /** Mains frequency, Hz (default 50). */
  mainsHz?: number;
}

/** Generates a balanced trial file: half the trials of every subject have label 1. */
export function syntheticEeg(options: SyntheticEegOptions): TrialFile {
  const {
    subjects,
    trialsPerSubject,
    seed,
    samplingRate = 128,
    epoch = [-0.7, 1.3],
    p300Uv = 20,
    blinkRate = 0.15,
    muscleRate = 0.05,
    mainsHz = 50,
  } = options;
  const random = seededRandom(seed);
  const normal = gaussian(random);
  const uniform = (low: number, high: number) => low + (high - low) * random();
  const timeSteps = Math.round((epoch[1] - epoch[0]) * samplingRate);
  const times = Array.from({ length: timeSteps }, (_, t) => epoch[0] + t / samplingRate);
  const bump = (center: number, width: number) => times.map((time) => Math.exp(-0.5 * ((time - center) / width) ** 2));

  const trials: Trial[] = [];
  for (let s = 1; s <= subjects; s++) {
    const subject = `s${String(s).padStart(2, "0")}`;
    const person = {
      p300Gain: uniform(0.6, 1.4),
      p300Latency: uniform(0.3, 0.42),
      alphaUv: uniform(2, 6),
      noiseUv: uniform(4, 7),
      mainsUv: uniform(2, 8),
    };
    const labels = shuffled(
      Array.from({ length: trialsPerSubject }, (_, i) => (i % 2) as 0 | 1),
      random,
    );
    labels.forEach((label, i) => {
      const channels = DEMO_CHANNELS.map(() => new Array<number>(timeSteps).fill(0));
      const addTo = (c: number, signal: readonly number[], gain: number) =>
        signal.forEach((x, t) => (channels[c][t] += gain * x));
      const shared = pinkNoise(timeSteps, samplingRate, random);
      const alphaHz = uniform(9, 11),
        alphaPhase = uniform(0, 2 * Math.PI),
        mainsPhase = uniform(0, 2 * Math.PI);
      const alpha = times.map((time) => Math.sin(2 * Math.PI * alphaHz * time + alphaPhase));
      const mains = times.map((time) => Math.sin(2 * Math.PI * mainsHz * time + mainsPhase));
      const n1 = bump(0.1 + 0.01 * normal(), 0.025);
      const p300 = bump(person.p300Latency + 0.03 * normal(), 0.1);
      const p300Size = p300Uv * person.p300Gain * (label === 1 ? 1 : 0.25);
      channels.forEach((_, c) => {
        addTo(c, pinkNoise(timeSteps, samplingRate, random), person.noiseUv);
        addTo(c, shared, 0.8 * person.noiseUv);
        addTo(c, alpha, person.alphaUv * ALPHA_WEIGHTS[c]);
        addTo(c, mains, person.mainsUv * uniform(0.5, 1));
        addTo(c, times, uniform(-15, 15)); // drift: µV per second
        addTo(
          c,
          times.map(() => 1),
          uniform(-30, 30),
        ); // offset
        addTo(c, n1, -3 * N1_WEIGHTS[c]);
        addTo(c, p300, p300Size * P300_WEIGHTS[c]);
      });
      const artifacts: string[] = [];
      if (random() < blinkRate) {
        const blink = bump(uniform(-0.1, 0.7), 0.07);
        const blinkUv = uniform(200, 400);
        channels.forEach((_, c) => addTo(c, blink, blinkUv * BLINK_WEIGHTS[c]));
        artifacts.push("blink");
      }
      if (random() < muscleRate) {
        const center = uniform(-0.1, 0.7);
        const burst = times.map((time) =>
          Math.abs(time - center) < 0.15 ? normal() * Math.cos((Math.PI * (time - center)) / 0.3) ** 2 : 0,
        );
        addTo(random() < 0.5 ? 0 : DEMO_CHANNELS.length - 1, burst, uniform(50, 100));
        artifacts.push("muscle");
      }
      const samples = times.map((_, t) => channels.map((signal) => Math.round(signal[t] * 100) / 100));
      trials.push({
        id: `${subject}-t${String(i + 1).padStart(3, "0")}`,
        subject,
        label,
        samples,
        ...(artifacts.length > 0 ? { artifacts } : {}),
      });
    });
  }
  return {
    format: TRIAL_FORMAT,
    version: TRIAL_FORMAT_VERSION,
    samplingRate,
    epochStart: epoch[0],
    channels: [...DEMO_CHANNELS],
    trials,
  };
}
