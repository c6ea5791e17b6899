/**
 * Who and when a recording is, from its path: BIDS entities (`sub-01_ses-02_task-x_eeg.edf`,
 * also as folders `sub-01/ses-02/`) or, failing those, a pattern with one capturing group
 * applied to the file's base name (default: leading letters and digits, so PhysioNet's
 * `S001R04.edf` is subject "S001").
 */
import { basename } from "node:path";

export interface RecordingName {
  subject: string;
  /** The BIDS session, or null. */
  session: string | null;
  /** The base name without extension, used in trial ids. */
  stem: string;
}

export const DEFAULT_SUBJECT_PATTERN = "^([A-Za-z]*\\d+)";

/** Throws, naming the file, when neither BIDS entities nor the pattern give a subject. */
export function recordingName(path: string, subjectPattern = DEFAULT_SUBJECT_PATTERN): RecordingName {
  const stem = basename(path).replace(/\.[^.]+$/, "");
  const entity = (key: string) => new RegExp(`(?:^|[/_\\\\])${key}-([A-Za-z0-9]+)`).exec(path)?.[1] ?? null;
  const bidsSubject = entity("sub");
  if (bidsSubject) return { subject: bidsSubject, session: entity("ses"), stem };
  const match = new RegExp(subjectPattern).exec(stem);
  if (!match?.[1])
    throw new RangeError(
      `cannot tell the subject of ${path}: no BIDS "sub-" entity and --subject-pattern ${subjectPattern} does not match "${stem}" with a group`,
    );
  return { subject: match[1], session: null, stem };
}
