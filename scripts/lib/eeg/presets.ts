/**
 * Named presets: a published preprocessing written out as this template's flags, so a
 * learner can start where the dataset's authors started. A preset sets only what the
 * template really does, and says what the authors did that it does not.
 *
 * chen2022: Chen, Wang, Huang, Gao, Yuan, Qi & Wu (2022), Scientific Data 9,
 * doi:10.1038/s41597-022-01538-5, OpenNeuro ds003766; their task preprocessing (MNE), as
 * ../shared/data/README.md summarises the authors' scripts: notch at the 50 Hz harmonics,
 * 1–30 Hz, resample to 256 Hz, epochs −0.2…0.8 s around each `0400` labelled by the response
 * that follows, EOG channels marked, listed bad channels dropped, ICA, autoreject, average reference.
 */

export interface Preset {
  name: string;
  /** Who and where, for the log. */
  source: string;
  /** Flags the preset puts before the user's own (which win). */
  flags: string[];
  /** Labelling flags, used only when the user gives no labelling flag of their own. */
  labelFlags: string[];
  /** What the preset sets, one line each, for the log. */
  does: string[];
  /** What the authors did that the template does not do, one line each. */
  doesNot: string[];
}

/**
 * The eye electrodes of EGI's HydroCel GSN 129 net (above and below the eyes, at the outer
 * canthi), the montage of ds003766. The authors' own EOG list is in their scripts, which are
 * not in this repository; --eog-channels replaces this one.
 */
export const HYDROCEL_129_EOG = ["E8", "E14", "E21", "E25", "E125", "E126", "E127", "E128"];

export const PRESETS: Record<string, Preset> = {
  chen2022: {
    name: "chen2022",
    source: "Chen et al. 2022, Scientific Data 9 (OpenNeuro ds003766)",
    flags: [
      "--notch=50",
      "--notch-harmonics=yes",
      "--band=1,30",
      "--resample=256",
      "--decimate=1",
      "--window=-0.2,0.8",
      "--baseline=-0.2,0",
      "--reference=average",
      `--eog-channels=${HYDROCEL_129_EOG.join(",")}`,
    ],
    labelFlags: ["--stimulus=0400", "--label-response=0500=0,0501=1"],
    does: [
      "notch at 50 Hz and every harmonic below Nyquist",
      "band-pass 1-30 Hz (zero-phase Butterworth; the authors used MNE's FIR filter)",
      "resample to 256 Hz (windowed-sinc, anti-aliased)",
      "trials -0.2..0.8 s around each 0400, labelled by the response that follows (0500 left = 0, 0501 right = 1)",
      "baseline -0.2..0 s",
      `EOG channels dropped where present (${HYDROCEL_129_EOG.join(", ")}: the HydroCel 129 eye electrodes; the authors' own list is in their scripts, not here: --eog-channels replaces it)`,
      "bad channels dropped: give the authors' list with --bad-channels (per subject in their scripts, not here)",
      "average reference",
    ],
    doesNot: [
      "ICA (20 components, those matching the EOG removed): this template has no ICA; do it in MNE or EEGLAB first",
      "autoreject (per-channel thresholds learned by cross-validation, bad segments interpolated): this template only drops trials over --reject-uv peak-to-peak",
      "their per-subject bad-channel lists: not in this repository; pass them with --bad-channels",
    ],
  },
};

/**
 * Expands `--preset NAME` (or `--preset=NAME`) in `argv`: the preset's flags go first, so
 * any flag the user gives wins; its labelling flags are added only when the user gives
 * none. Returns the new argv and the preset, or the argv unchanged and null.
 */
export function expandPreset(argv: readonly string[]): { argv: string[]; preset: Preset | null } {
  const at = argv.findIndex((arg) => arg === "--preset" || arg.startsWith("--preset="));
  if (at < 0) return { argv: [...argv], preset: null };
  const name = argv[at] === "--preset" ? argv[at + 1] : argv[at].slice("--preset=".length);
  const rest = [...argv.slice(0, at), ...argv.slice(at + (argv[at] === "--preset" ? 2 : 1))];
  const preset = name === undefined ? undefined : PRESETS[name];
  if (!preset)
    throw new RangeError(`--preset: unknown preset "${name ?? ""}"; known: ${Object.keys(PRESETS).join(", ")}`);
  const labelled = rest.some((arg) => /^--(events|label-field|label-response|label-column|stimulus)(=|$)/.test(arg));
  return { argv: [...preset.flags, ...(labelled ? [] : preset.labelFlags), ...rest], preset };
}

/** The lines a run prints about its preset: what it sets, and what the authors did that it does not. */
export function describePreset(preset: Preset): string[] {
  return [
    `preset ${preset.name} (${preset.source}) sets:`,
    ...preset.does.map((line) => `  - ${line}`),
    "what the authors also did, which this template does NOT do (its results are not theirs):",
    ...preset.doesNot.map((line) => `  - ${line}`),
  ];
}
