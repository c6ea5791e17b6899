/**
 * Seeded noise for synthetic EEG. Background EEG has a "1/f" spectrum: power falls with
 * frequency, roughly equal power in every octave. We build it as the sum of AR(1)
 * processes whose corner frequencies are one octave apart; each contributes a flat
 * spectrum below its corner and 1/f^2 above, and together they approximate 1/f between
 * the lowest and highest corner.
 */

/** Standard normal numbers (Box-Muller) drawn from a uniform generator such as seededRandom. */
export function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * `length` samples of 1/f noise with standard deviation about 1, for a signal sampled at
 * `samplingRate` Hz, with corners from `lowest` Hz up to the Nyquist frequency.
 */
export function pinkNoise(length: number, samplingRate: number, random: () => number, lowest = 0.25): number[] {
  const normal = gaussian(random);
  const corners: number[] = [];
  for (let corner = lowest; corner < samplingRate / 2; corner *= 2) corners.push(corner);
  const output = new Array<number>(length).fill(0);
  for (const corner of corners) {
    // AR(1) with unit variance: x[t] = rho x[t-1] + sqrt(1 - rho^2) e[t], started stationary.
    const rho = Math.exp((-2 * Math.PI * corner) / samplingRate);
    const innovation = Math.sqrt(1 - rho * rho);
    let x = normal();
    for (let t = 0; t < length; t++) {
      output[t] += x;
      x = rho * x + innovation * normal();
    }
  }
  const scale = 1 / Math.sqrt(corners.length);
  return output.map((x) => x * scale);
}
