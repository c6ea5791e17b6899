/**
 * A miniature of OpenNeuro ds003766's food-choice task (Chen et al. 2022): what happens in each
 * trial, when, and what the participant chose, for a few synthetic subjects. The EEG is made by
 * foodchoice-mini-signals.ts and the files by foodchoice-mini-files.ts; foodchoice-mini.md
 * documents the result. Everything follows one seed.
 *
 * A trial, as the authors' PsychoPy program runs it: a fixation cross (0.8–1.5 s, the marker is
 * the trial's number, `0000`…), the two food pictures appear (`0400`) at (±760, 390) px while the
 * mouse sits on the start button at (0, −490), the participant moves the mouse and clicks one
 * (`0500` left, `0501` right), the choice stays framed for 1 s, then a short pause before the next.
 * The recording pauses once halfway (a `boundary`), and `IEND` marks its start and end.
 */
import { seededRandom, shuffled } from "../../../lib/random";
import type { Trajectory } from "./bids-tables";
import { gaussian } from "./pink-noise";

export interface MiniOptions {
  subjects: number;
  trials: number;
  /** Samples per second of the EEG (ds003766: 1000). */
  samplingRate: number;
  seed: number;
}

export const DEFAULT_MINI_OPTIONS: MiniOptions = { subjects: 3, trials: 40, samplingRate: 500, seed: 1 };

/** One trial as the task program saw it, and where its markers are in the recording. */
export interface MiniTrial {
  trialIndex: number;
  leftOption: string;
  rightOption: string;
  /** null: no click within the miniature's 4 s limit (see `noResponse`). */
  response: "left" | "right" | null;
  /** Seconds from the pictures to the click, or null. */
  responseTime: number | null;
  trajectory: Trajectory;
  /** 1-based EEGLAB latencies (samples) of the fixation, stimulus and response markers. */
  fixationLatency: number;
  stimulusLatency: number;
  responseLatency: number | null;
}

/** One marker in the recording. */
export interface MiniEvent {
  type: string;
  /** 1-based sample. */
  latency: number;
}

/** Markers that the miniature drops on purpose, so that counting and alignment can be tested. */
export interface MiniDefects {
  /** Subject label → trialIndex whose `0400` is missing from the recording (a lost trigger). */
  lostStimulus: Record<string, number>;
  /** Subject label → trialIndex whose `0500`/`0501` is missing from the recording (a lost trigger). */
  lostResponse: Record<string, number>;
  /** Subject label → trialIndex with no click at all (no response marker, empty `response`). */
  noResponse: Record<string, number>;
}

/** Where the miniature's defects are; trial numbers scale with `trials` so small runs keep them. */
export function miniDefects(options: MiniOptions): MiniDefects {
  const at = (fraction: number) => Math.min(options.trials - 1, Math.floor(options.trials * fraction));
  const subject = (k: number) => subjectLabel(Math.min(k, options.subjects));
  return {
    lostStimulus: { [subject(2)]: at(0.425) },
    lostResponse: { [subject(3)]: at(0.625) },
    noResponse: { [subject(1)]: at(0.75) },
  };
}

/** ds003766's authors number subjects with three digits (their scripts read "sub-009"). */
export const subjectLabel = (k: number): string => String(k).padStart(3, "0");

export interface MiniSubject {
  label: string;
  trials: MiniTrial[];
  /** Markers actually in the recording (defects applied), in time order. */
  events: MiniEvent[];
  /** Samples in the recording. */
  length: number;
}

const FOODS = Array.from({ length: 60 }, (_, i) => `images/${String(4 + i * 6).padStart(4, "0")}.jpg`);

/** Lays out one subject's session: trials, choices, trajectories and markers. */
export function miniSubject(k: number, options: MiniOptions, defects = miniDefects(options)): MiniSubject {
  const label = subjectLabel(k);
  const random = seededRandom(options.seed * 7919 + k);
  const normal = gaussian(random);
  const rate = options.samplingRate;
  const sides = shuffled(
    Array.from({ length: options.trials }, (_, i) => (i % 2 === 0 ? "left" : "right") as "left" | "right"),
    random,
  );
  const sample = (seconds: number) => Math.round(seconds * rate) + 1;
  let time = 2; // seconds of recording before the first trial
  const trials: MiniTrial[] = [];
  const events: MiniEvent[] = [{ type: "IEND", latency: 1 }];
  for (let i = 0; i < options.trials; i++) {
    if (i === Math.floor(options.trials / 2)) {
      events.push({ type: "boundary", latency: sample(time) }); // the recording was paused here
      time += 1;
    }
    const fixation = time;
    const stimulus = fixation + 0.8 + 0.7 * random();
    const clicked = defects.noResponse[label] === i ? null : sides[i];
    const responseTime = clicked ? Math.round((0.7 + Math.exp(0.35 * normal()) * 0.6) * 1000) / 1000 : null;
    const [left, right] = shuffled(FOODS, random).slice(0, 2);
    trials.push({
      trialIndex: i,
      leftOption: left,
      rightOption: right,
      response: clicked,
      responseTime,
      trajectory: trajectory(clicked, responseTime ?? 4, random),
      fixationLatency: sample(fixation),
      stimulusLatency: sample(stimulus),
      responseLatency: responseTime === null ? null : sample(stimulus + responseTime),
    });
    const trial = trials[trials.length - 1];
    events.push({ type: String(i).padStart(4, "0"), latency: trial.fixationLatency });
    if (defects.lostStimulus[label] !== i) events.push({ type: "0400", latency: trial.stimulusLatency });
    if (trial.responseLatency !== null && defects.lostResponse[label] !== i)
      events.push({ type: clicked === "left" ? "0500" : "0501", latency: trial.responseLatency });
    time = stimulus + (responseTime ?? 4) + 1 + 0.3 + 0.4 * random(); // framed choice, then the start button
  }
  const length = sample(time + 2);
  events.push({ type: "IEND", latency: length });
  return { label, trials, events, length };
}

/**
 * A mouse path sampled at 60 Hz from the start button to the chosen picture, as PsychoPy logged
 * it (pixels, seconds from the pictures' onset). It rests for 0.15–0.35 s, then moves with a
 * minimum-jerk profile; its sideways part leans towards the chosen side from the start, plus a
 * smooth random wobble (up to about ±80 px). Without a click it wanders near the middle.
 */
export function trajectory(side: "left" | "right" | null, duration: number, random: () => number): Trajectory {
  const normal = gaussian(random);
  const frames = Math.max(2, Math.round(duration * 60));
  const rest = 0.15 + 0.2 * random();
  const direction = side === "left" ? -1 : side === "right" ? 1 : 0;
  const wobble = [normal(), normal(), normal()].map((a) => a * 35);
  const x: number[] = [];
  const y: number[] = [];
  const t: number[] = [];
  for (let f = 0; f < frames; f++) {
    const seconds = (f / (frames - 1)) * duration;
    const s = Math.min(1, Math.max(0, (seconds - rest) / Math.max(0.05, duration - rest)));
    const progress = s * s * s * (10 - 15 * s + 6 * s * s);
    const sway = wobble.reduce((sum, a, h) => sum + a * Math.sin(Math.PI * (h + 1) * s), 0);
    x.push(Math.round((direction * 760 * progress ** 0.8 + sway) * 10) / 10);
    y.push(Math.round((-490 + (side ? 880 : 500) * progress) * 10) / 10);
    t.push(Math.round(seconds * 10000) / 10000);
  }
  return { x, y, t };
}
