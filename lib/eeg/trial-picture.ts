/**
 * One ds003766 trial as the course page "Your own recordings" draws it, written by
 * `npm run make-trial-picture` from the miniature (scripts/make-trial-picture.ts). Times are
 * seconds relative to the trial's stimulus (`0400`).
 */
export interface TrialPicture {
  /** The command that wrote the file. */
  command: string[];
  subject: string;
  task: string;
  trialIndex: number;
  /** The dataset's top-level files and this subject's, relative to the root, "/"-separated. */
  layout: string[];
  recording: { file: string; channels: number; samplingRate: number };
  /** The trial's events in order: its fixation code, 0400, the response. */
  events: { code: string; time: number }[];
  /** One channel's voltage (µV), the mean over each 1/rate s, from `start` seconds. */
  trace: { channel: string; start: number; rate: number; values: number[] };
  /** The trial's row of the behaviour table, long cells cut; its trajectory time-normalised to 101 points (pixels). */
  behaviour: {
    columns: string[];
    cells: Record<string, string>;
    trajectory: number[][] | null;
  } | null;
}
