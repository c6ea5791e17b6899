/**
 * Mouse trajectories as sequences. In ds003766 every trial's movement is in the behaviour
 * table (`xTrajectory`, `yTrajectory` in pixels, `tTrajectory` in seconds), sampled as the
 * task program saw fit. Mouse-tracking research compares movements of different durations
 * by time normalisation: each trajectory is resampled to the same number of points (101 is
 * customary: 0%, 1%, …, 100% of the movement time) by linear interpolation. A trajectory
 * then is a `[points, 2]` sequence, x and y per time step: the LSTM template's input shape,
 * with 2 "channels".
 *
 * The question asked of it: can the first part of a movement (e.g. its first 40%) tell
 * which option will be clicked? Each trajectory is moved so that it starts at (0, 0): the
 * models see where the hand went, not where the cursor happened to start.
 */
import type { BehaviourTrial, Trajectory } from "./bids-tables";
import type { EventMapping } from "./events";
import type { Trial } from "./trials";

/** Why a behaviour row gave no trajectory trial. */
export type TrajectoryExclusion = "no response" | "value not in mapping" | "no trajectory";

/**
 * Resamples a trajectory to `points` evenly spaced times from its first to its last sample
 * (linear interpolation), as `[points, 2]` (x, y). Samples with a missing coordinate or time
 * are dropped first, and times must not go backwards. Throws with fewer than 2 usable samples
 * or a trajectory that takes no time.
 */
export function timeNormalize(trajectory: Trajectory, points = 101): [number, number][] {
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`points must be an integer >= 2, got ${points}`);
  const kept = trajectory.t
    .map((t, i) => ({ t, x: trajectory.x[i], y: trajectory.y[i] }))
    .filter((p) => Number.isFinite(p.t) && Number.isFinite(p.x) && Number.isFinite(p.y));
  if (kept.length < 2) throw new RangeError(`a trajectory needs 2 or more samples, got ${kept.length}`);
  for (let i = 1; i < kept.length; i++)
    if (kept[i].t < kept[i - 1].t)
      throw new RangeError(`trajectory times go backwards at sample ${i} (${kept[i - 1].t} -> ${kept[i].t} s)`);
  const [start, end] = [kept[0].t, kept[kept.length - 1].t];
  if (!(end > start)) throw new RangeError("a trajectory whose samples all share one time cannot be normalised");
  const out: [number, number][] = [];
  let j = 0;
  for (let k = 0; k < points; k++) {
    const time = start + ((end - start) * k) / (points - 1);
    while (j < kept.length - 2 && kept[j + 1].t <= time) j++;
    const [a, b] = [kept[j], kept[j + 1]];
    const w = b.t > a.t ? Math.min(1, Math.max(0, (time - a.t) / (b.t - a.t))) : 1;
    out.push([a.x + w * (b.x - a.x), a.y + w * (b.y - a.y)]);
  }
  return out;
}

/** The points up to `share` of the movement time: the first round(share · (points − 1)) + 1. */
export function firstShare<T>(sequence: readonly T[], share: number): T[] {
  if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  return sequence.slice(0, Math.round(share * (sequence.length - 1)) + 1);
}

export interface TrajectoryTrialOptions {
  /** Behaviour column holding the choice (ds003766: response) and its labels. */
  column: string;
  mapping: EventMapping;
  points: number;
  share: number;
}

/**
 * One subject's behaviour rows as trials: `samples` is `[steps, 2]` pixels relative to the
 * start, the first `share` of the time-normalised movement. Rows left out are counted.
 */
export function trajectoryTrials(
  rows: readonly BehaviourTrial[],
  subject: string,
  options: TrajectoryTrialOptions,
): { trials: Trial[]; excluded: Partial<Record<TrajectoryExclusion, number>>; unmapped: Record<string, number> } {
  const trials: Trial[] = [];
  const excluded: Partial<Record<TrajectoryExclusion, number>> = {};
  const unmapped: Record<string, number> = {};
  const count = (reason: TrajectoryExclusion) => {
    excluded[reason] = (excluded[reason] ?? 0) + 1;
  };
  for (const row of rows) {
    const value = (row.fields[options.column] ?? "").trim();
    if (value === "" || value === "n/a" || value.toLowerCase() === "nan") {
      count("no response");
      continue;
    }
    const label = options.mapping[value];
    if (label === undefined) {
      unmapped[value] = (unmapped[value] ?? 0) + 1;
      count("value not in mapping");
      continue;
    }
    let normalized: [number, number][];
    try {
      if (!row.trajectory) throw new RangeError("none");
      normalized = timeNormalize(row.trajectory, options.points);
    } catch {
      count("no trajectory");
      continue;
    }
    const [x0, y0] = normalized[0];
    trials.push({
      id: `sub-${subject}-trial${row.trialIndex ?? row.row}`,
      subject,
      label,
      samples: firstShare(normalized, options.share).map(([x, y]) => [x - x0, y - y0]),
    });
  }
  return { trials, excluded, unmapped };
}
