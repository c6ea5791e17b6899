/**
 * The miniature's EEG (µV): a few channels of the EGI HydroCel GSN 129 net with background
 * activity, artefacts, and a difference between left and right choices planted after each
 * stimulus (`0400`), so that a model has something real to find:
 *
 * - **lateralized negativity**: 250–350 ms after `0400`, −6 µV (a Gaussian bump, σ 50 ms,
 *   peak at 300 ms) over the posterior channels opposite the chosen side: E92 (P4) and E83
 *   (O2) for a left choice, E52 (P3) and E70 (O1) for a right one;
 * - **mu suppression**: from 0.2 to 0.8 s after `0400` the 10 Hz rhythm (6 µV) shrinks by
 *   60% over the motor channel opposite the chosen side: E104 (C4) for left, E36 (C3) for right.
 *
 * Both sit inside the −0.2…0.8 s epoch the authors analysed. Trials without a click get neither.
 * Background: 1/f noise (8 µV), occipital alpha (7 µV at 10 Hz on E70/E83/E62), mu on E36/E104,
 * 50 Hz mains (3 µV), slow drift; blinks (150 µV on the eye channels, weaker on E11) every few
 * seconds; E125 (on the authors' bad-channel list) is 8 times noisier; E129 is the reference
 * (Cz) and is zero, as in EGI recordings.
 */
import { seededRandom } from "../../../lib/random";
import type { MiniOptions, MiniSubject } from "./foodchoice-mini";
import { gaussian, pinkNoise } from "./pink-noise";

/** The channels, in file order: 8 scalp channels, 4 next to the eyes, one noisy, the reference. */
export const MINI_CHANNELS = [
  "E11", // Fz
  "E36", // C3
  "E104", // C4
  "E52", // P3
  "E92", // P4
  "E62", // Pz
  "E70", // O1
  "E83", // O2
  "E8", // above the right eye (on the authors' EOG list)
  "E25", // above the left eye
  "E126", // below the right eye
  "E127", // below the left eye
  "E125", // outer canthus; on the authors' bad-channel list
  "E129", // Cz, the recording reference
] as const;

const EYE = new Set(["E8", "E25", "E126", "E127"]);

/** Signals `[channel][sample]` in µV for one subject's session. */
export function miniSignals(subject: MiniSubject, options: MiniOptions, subjectNumber: number): Float32Array[] {
  const rate = options.samplingRate;
  const random = seededRandom(options.seed * 104729 + subjectNumber);
  const normal = gaussian(random);
  const n = subject.length;
  const signals = MINI_CHANNELS.map(() => new Float32Array(n));

  // Rhythms with slowly varying amplitude; each channel keeps its own phase.
  const rhythm = (frequency: number) => {
    const phase = random() * 2 * Math.PI;
    const envelope = pinkNoise(n, rate, random, 0.1);
    return (t: number) => (1 + 0.3 * envelope[t]) * Math.sin((2 * Math.PI * frequency * t) / rate + phase);
  };
  const mu = { E36: rhythm(10.5), E104: rhythm(10.5) } as Record<string, (t: number) => number>;
  const alpha = rhythm(10);

  // How much of the mu rhythm stays at each sample (1 except after a stimulus, on one side).
  const muGain = { E36: new Float32Array(n).fill(1), E104: new Float32Array(n).fill(1) } as Record<
    string,
    Float32Array
  >;
  const erp = { left: new Float32Array(n), right: new Float32Array(n) };
  for (const trial of subject.trials) {
    if (trial.response === null) continue;
    const start = trial.stimulusLatency - 1;
    const motor = trial.response === "left" ? "E104" : "E36";
    for (let t = start + Math.round(0.2 * rate); t < Math.min(n, start + Math.round(0.8 * rate)); t++)
      muGain[motor][t] = 0.4;
    for (let t = start; t < Math.min(n, start + Math.round(0.6 * rate)); t++) {
      const seconds = (t - start) / rate;
      erp[trial.response][t] += -6 * Math.exp(-((seconds - 0.3) ** 2) / (2 * 0.05 ** 2));
    }
  }
  const blinks: number[] = [];
  for (let t = Math.round(rate * (1 + 3 * random())); t < n; t += Math.round(rate * (2 + 4 * random()))) blinks.push(t);
  const blink = new Float32Array(n);
  for (const at of blinks)
    for (let t = Math.max(0, at - rate * 0.2); t < Math.min(n, at + rate * 0.2); t++)
      blink[t] += 150 * Math.exp(-(((t - at) / rate) ** 2) / (2 * 0.06 ** 2));

  const mainsPhase = random() * 2 * Math.PI;
  MINI_CHANNELS.forEach((name, c) => {
    if (name === "E129") return; // the reference stays 0
    const noise = pinkNoise(n, rate, random);
    const drift = 15 * normal();
    const scale = name === "E125" ? 8 : 1;
    const out = signals[c];
    for (let t = 0; t < n; t++) {
      let v = 8 * scale * noise[t] + drift * Math.sin((2 * Math.PI * 0.05 * t) / rate);
      v += 3 * Math.sin((2 * Math.PI * 50 * t) / rate + mainsPhase);
      if (name === "E70" || name === "E83" || name === "E62") v += 7 * alpha(t);
      if (name === "E36" || name === "E104") v += 6 * muGain[name][t] * mu[name](t);
      if (name === "E92" || name === "E83") v += erp.left[t];
      if (name === "E52" || name === "E70") v += erp.right[t];
      if (EYE.has(name)) v += (name === "E126" || name === "E127" ? -1 : 1) * blink[t];
      if (name === "E11") v += 0.2 * blink[t];
      out[t] = v;
    }
  });
  return signals;
}
