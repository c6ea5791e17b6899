/**
 * Zero-phase IIR filters built from biquads (second-order sections).
 *
 * A Butterworth filter of even order N is N/2 biquads sharing one cutoff, each with its
 * own Q (Robert Bristow-Johnson's "Audio EQ Cookbook" formulas, which are the bilinear
 * transform with the cutoff pre-warped). Running the cascade forward and then backward
 * cancels the phase shift, so an ERP peak stays where it was, and squares the magnitude
 * response: the cutoff becomes the -6 dB point. This is what scipy's `sosfiltfilt` does.
 */

/** One second-order section, normalised so that a0 = 1. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

type Kind = "lowpass" | "highpass" | "notch";

/** Cookbook coefficients for a low-pass, high-pass or notch section at `frequency` Hz. */
export function biquad(kind: Kind, frequency: number, samplingRate: number, q: number): Biquad {
  if (!(frequency > 0 && frequency < samplingRate / 2)) {
    throw new RangeError(
      `filter frequency must be in (0, ${samplingRate / 2}) Hz for sampling rate ${samplingRate} Hz, got ${frequency}`,
    );
  }
  const w0 = (2 * Math.PI * frequency) / samplingRate;
  const cos = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const numerator = {
    lowpass: [(1 - cos) / 2, 1 - cos, (1 - cos) / 2],
    highpass: [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2],
    notch: [1, -2 * cos, 1],
  }[kind];
  return {
    b0: numerator[0] / a0,
    b1: numerator[1] / a0,
    b2: numerator[2] / a0,
    a1: (-2 * cos) / a0,
    a2: (1 - alpha) / a0,
  };
}

/** Q of each biquad in a Butterworth filter of even `order` (2 -> [0.7071]). */
export function butterworthQs(order: number): number[] {
  if (!Number.isInteger(order) || order < 2 || order % 2 !== 0)
    throw new RangeError(`Butterworth order must be an even integer >= 2, got ${order}`);
  return Array.from({ length: order / 2 }, (_, k) => 1 / (2 * Math.sin((Math.PI * (2 * k + 1)) / (2 * order))));
}

/**
 * The sections of a Butterworth band-pass: a high-pass at `low` Hz and a low-pass at
 * `high` Hz. A null (or, for `low`, zero) edge is left out: `[null, 30]` is a low-pass only.
 */
export function bandPassSections(
  band: readonly [number | null, number | null],
  samplingRate: number,
  order = 4,
): Biquad[] {
  const low = band[0] === 0 ? null : band[0],
    high = band[1];
  if (low !== null && high !== null && !(low < high))
    throw new RangeError(`band must be [low, high] with low < high, got [${low}, ${high}]`);
  const qs = butterworthQs(order);
  return [
    ...(low === null ? [] : qs.map((q) => biquad("highpass", low, samplingRate, q))),
    ...(high === null ? [] : qs.map((q) => biquad("lowpass", high, samplingRate, q))),
  ];
}

/** Runs the cascade once, forward, starting in the steady state for a constant `signal[0]`. */
export function filterForward(signal: readonly number[], sections: readonly Biquad[]): number[] {
  let output = signal.slice();
  let level = signal[0] ?? 0; // the constant input each section's state is settled to
  for (const { b0, b1, b2, a1, a2 } of sections) {
    // Direct form II transposed; z1, z2 start where a constant input `level` leaves them.
    const gain = (b0 + b1 + b2) / (1 + a1 + a2);
    let z2 = b2 * level - a2 * gain * level;
    let z1 = b1 * level - a1 * gain * level + z2;
    output = output.map((x) => {
      const y = b0 * x + z1;
      z1 = b1 * x - a1 * y + z2;
      z2 = b2 * x - a2 * y;
      return y;
    });
    level *= gain;
  }
  return output;
}

/**
 * Forward-backward filtering (zero phase). The signal is first extended at both ends by
 * its point reflection (scipy's "odd" padding, as long as the signal allows), so start-up
 * transients die out in the extension rather than in the data. Filters still ring for up
 * to about 1 / (low cutoff) seconds near the ends, which is why trials carry a margin that
 * preprocessing crops off after filtering. Returns a new array of the same length.
 */
export function filterZeroPhase(signal: readonly number[], sections: readonly Biquad[]): number[] {
  const n = signal.length;
  if (n < 2) return signal.slice();
  const pad = n - 1;
  const head = Array.from({ length: pad }, (_, i) => 2 * signal[0] - signal[pad - i]);
  const tail = Array.from({ length: pad }, (_, i) => 2 * signal[n - 1] - signal[n - 2 - i]);
  const forward = filterForward([...head, ...signal, ...tail], sections);
  const backward = filterForward(forward.reverse(), sections).reverse();
  return backward.slice(pad, pad + n);
}

/** Zero-phase Butterworth band-pass of one signal. `band` in Hz; a null edge is not filtered. */
export function bandPass(
  signal: readonly number[],
  samplingRate: number,
  band: readonly [number | null, number | null],
  order = 4,
): number[] {
  return filterZeroPhase(signal, bandPassSections(band, samplingRate, order));
}

/** Zero-phase notch at `frequency` Hz (mains: 50 or 60). Bandwidth is about frequency / q. */
export function notch(signal: readonly number[], samplingRate: number, frequency: number, q = 30): number[] {
  return filterZeroPhase(signal, [biquad("notch", frequency, samplingRate, q)]);
}
