/**
 * Resampling to another rate (1000 Hz -> 256 Hz, as Chen et al. 2022 did), when the rate
 * does not divide and keeping every n-th sample is impossible.
 *
 * Band-limited interpolation: each output sample, at time m / `to` seconds, is a weighted
 * sum of the input samples around it, the weights a Kaiser-windowed sinc whose cutoff is
 * half the lower of the two rates. The sinc is the ideal low-pass, so waves above the new
 * Nyquist frequency are removed before they can fold into slower ones (aliasing), which
 * plain decimation does not do. This equals a polyphase FIR resampler (upsample by `up`,
 * low-pass, downsample by `down`, with up/down = to/from reduced), computed directly at
 * each output time rather than through the polyphase bank.
 */

/** `to / from` as a reduced fraction up / down (1000 -> 256: 32 / 125). */
export function resampleRatio(from: number, to: number): { up: number; down: number } {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0))
    throw new RangeError(`resampling needs whole positive rates in Hz, got ${from} -> ${to}`);
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(from, to);
  return { up: to / g, down: from / g };
}

/** Output length: the samples at times m / `to` that fall inside `length` samples at `from`. */
export function resampledLength(length: number, from: number, to: number): number {
  return Math.ceil((length * to) / from);
}

/** Modified Bessel function of the first kind, order 0 (power series), for the Kaiser window. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}

export interface ResampleOptions {
  /** Zero crossings of the sinc on each side: longer is sharper and slower. */
  zeroCrossings?: number;
  /** Kaiser window shape (5 is scipy's resample_poly default). */
  beta?: number;
}

/**
 * Resamples one signal from `from` Hz to `to` Hz. Output sample m is at the same time as
 * input position m · from / to, so the first samples coincide and an epoch's start time is
 * kept. Ends are extended by mirroring so the kernel has data on both sides; as with the
 * filters, the first and last few output samples are the least exact, which is one more
 * reason trials carry margins that are cropped later.
 */
export function resample(signal: readonly number[], from: number, to: number, options: ResampleOptions = {}): number[] {
  if (from === to) return signal.slice();
  const n = signal.length;
  if (n <= 1) return Array.from({ length: resampledLength(n, from, to) }, () => signal[0]);
  const { up, down, bank } = polyphaseBank(from, to, options);
  const at = (i: number) => {
    // mirror at both ends (without repeating the end sample)
    let k = i;
    while (k < 0 || k >= n) k = k < 0 ? -k : 2 * (n - 1) - k;
    return signal[k];
  };
  const output = new Array<number>(resampledLength(n, from, to));
  for (let m = 0; m < output.length; m++) {
    // input position m·down/up = whole + phase/up; the weights depend on the phase only
    const whole = Math.floor((m * down) / up);
    const { first, weights } = bank[(m * down) % up];
    let sum = 0;
    for (let j = 0; j < weights.length; j++) sum += weights[j] * at(whole + first + j);
    output[m] = sum;
  }
  return output;
}

const banks = new Map<string, { up: number; down: number; bank: { first: number; weights: Float64Array }[] }>();

/**
 * The polyphase filter bank: for each of the `up` fractional positions an output sample can
 * fall on, the windowed-sinc weights of the input samples around it (first = offset of the
 * first one from the whole part), normalised to sum to 1 so a constant stays exactly constant.
 */
function polyphaseBank(from: number, to: number, options: ResampleOptions) {
  const key = `${from}:${to}:${options.zeroCrossings}:${options.beta}`;
  const known = banks.get(key);
  if (known) return known;
  const { up, down } = resampleRatio(from, to);
  const zeroCrossings = options.zeroCrossings ?? 16;
  const beta = options.beta ?? 5;
  // cutoff in cycles per input sample: half the lower rate, relative to the input rate
  const cutoff = 0.5 * Math.min(1, to / from);
  const halfWidth = zeroCrossings / (2 * cutoff); // in input samples
  const windowNorm = besselI0(beta);
  const bank = Array.from({ length: up }, (_, phase) => {
    const fraction = phase / up;
    const first = Math.ceil(fraction - halfWidth);
    const last = Math.floor(fraction + halfWidth);
    const weights = new Float64Array(last - first + 1);
    for (let i = first; i <= last; i++) {
      const d = i - fraction;
      const r = d / halfWidth;
      const window = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / windowNorm;
      const x = 2 * cutoff * d;
      weights[i - first] = (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x)) * window;
    }
    const total = weights.reduce((a, b) => a + b, 0);
    for (let j = 0; j < weights.length; j++) weights[j] /= total;
    return { first, weights };
  });
  const made = { up, down, bank };
  banks.set(key, made);
  return made;
}
