/**
 * Re-referencing. EEG measures each electrode against a reference electrode, so whatever
 * the reference picks up appears on every channel. The average reference subtracts the
 * mean over channels at each time step, removing that shared signal.
 */
import type { Samples } from "./channels";

/**
 * Average re-reference of one trial: `out[t][c] = samples[t][c] - mean_c(samples[t])`.
 * Input and output are `[timeSteps, channels]`; the input is not changed.
 */
export function averageReference(samples: Samples): number[][] {
  return samples.map((row) => {
    const mean = row.reduce((sum, x) => sum + x, 0) / row.length;
    return row.map((x) => x - mean);
  });
}
