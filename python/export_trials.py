"""Export EEG trials for this project's sequence template, with MNE-Python.

Reads recordings in any format MNE reads (EDF/BDF, BrainVision .vhdr, EEGLAB .set,
FIF, ...; a BIDS *_events.tsv beside a file is used for its events), cuts epochs around
the chosen event markers and writes the project's trial file (JSON, docs/eeg-template.md):

    python python/export_trials.py S001R04.edf S001R08.edf --events T1=0,T2=1 \
        --tmin -1 --tmax 4 --out trials.json

Then: npm run train-sequences -- --data trials.json --window 0,3

Where are my labels? In the event markers (here T1/T2): run with --list-events to see
which markers a file has and how often, then read the dataset's paper or README for what
each code means (its trigger table). If the outcome you want (e.g. each trial's food
choice) is in a separate behavioural log, give that log's column as the BIDS events.tsv
column (--events-column) or join it to the epochs yourself (docs/eeg-template.md shows how).

Shapes: MNE's epochs.get_data() is (trials, channels, time) in volts; the project reads
(trials, time, channels) in microvolts, so the data is transposed and multiplied by 1e6.
"""
import argparse
import csv
import json
import os
import re
import sys

import mne
import numpy as np


def parse_events(text):
    """'T1=0,T2=1' -> {'T1': 0, 'T2': 1}; needs both labels 0 and 1."""
    mapping = {}
    for part in text.split(","):
        match = re.fullmatch(r"\s*(.+?)\s*=\s*([01])\s*", part)
        if not match:
            raise SystemExit(f"--events must look like T1=0,T2=1, got {part!r}")
        mapping[match.group(1)] = int(match.group(2))
    if set(mapping.values()) != {0, 1}:
        raise SystemExit("--events needs at least one marker for label 0 and one for label 1")
    return mapping


def subject_of(path, pattern):
    """BIDS sub-<label> if present, else the first group of `pattern` on the file name."""
    bids = re.search(r"(?:^|[/_\\])sub-([A-Za-z0-9]+)", path)
    if bids:
        return bids.group(1)
    stem = os.path.splitext(os.path.basename(path))[0]
    match = re.search(pattern, stem)
    if not match:
        raise SystemExit(f"cannot tell the subject of {path}: give --subject or --subject-pattern")
    return match.group(1)


def read_recording(path, events_column):
    """The raw recording with its annotations; a BIDS events.tsv beside it replaces them."""
    raw = mne.io.read_raw(path, preload=True, verbose="error")
    tsv = re.sub(r"(_eeg)?\.[^.]+$", "_events.tsv", path)
    if os.path.exists(tsv):
        with open(tsv, newline="") as f:
            rows = [row for row in csv.DictReader(f, delimiter="\t") if row.get(events_column, "n/a") not in ("n/a", "")]
        raw.set_annotations(mne.Annotations(
            onset=[float(r["onset"]) for r in rows],
            duration=[0.0 if r.get("duration", "n/a") == "n/a" else float(r["duration"]) for r in rows],
            description=[r[events_column] for r in rows],
        ))
    return raw


def export(paths, mapping, tmin, tmax, subject=None, subject_pattern=r"^([A-Za-z]*\d+)", events_column="trial_type", picks="eeg"):
    """Returns the trial file as a dict (see the module docstring)."""
    trials, channels, sampling_rate = [], None, None
    for path in paths:
        raw = read_recording(path, events_column)
        # BCI2000 (PhysioNet) pads channel names with dots: "Fc5." -> "Fc5".
        raw.rename_channels(lambda name: name.rstrip(". "))
        events, codes = mne.events_from_annotations(raw, verbose="error")
        chosen = {marker: codes[marker] for marker in mapping if marker in codes}
        if not chosen:
            raise SystemExit(f"{path}: none of the markers {sorted(mapping)} found; it has {sorted(codes)} (try --list-events)")
        epochs = mne.Epochs(raw, events, event_id=chosen, tmin=tmin, tmax=tmax, baseline=None, picks=picks, preload=True, on_missing="ignore", verbose="error")
        if channels is None:
            channels, sampling_rate = epochs.ch_names, epochs.info["sfreq"]
        elif epochs.ch_names != channels or epochs.info["sfreq"] != sampling_rate:
            raise SystemExit(f"{path}: channels or sampling rate differ from the first file's; pick or resample them alike")
        # (trials, channels, time) volts -> (trials, time, channels) microvolts.
        data = epochs.get_data() * 1e6
        data = np.transpose(data, (0, 2, 1))
        code_to_marker = {code: marker for marker, code in chosen.items()}
        who = subject or subject_of(path, subject_pattern)
        stem = os.path.splitext(os.path.basename(path))[0]
        for samples, event, onset in zip(data, epochs.events, epochs.events[:, 0] / sampling_rate - raw.first_time):
            marker = code_to_marker[event[2]]
            trials.append({"id": f"{stem}-{marker}@{onset:g}s", "subject": who, "label": mapping[marker], "samples": samples.round(3).tolist()})
    return {"format": "eeg-trials", "version": 1, "samplingRate": sampling_rate, "epochStart": tmin, "channels": channels, "trials": trials}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("recordings", nargs="+", help="files MNE can read (EDF, BDF, .vhdr, .set, .fif, ...)")
    parser.add_argument("--events", help="markers and their labels, e.g. T1=0,T2=1")
    parser.add_argument("--tmin", type=float, default=-0.7, help="epoch start relative to the event, s (include margins for the filters)")
    parser.add_argument("--tmax", type=float, default=1.3, help="epoch end relative to the event, s")
    parser.add_argument("--out", default="trials.json")
    parser.add_argument("--subject", help="subject id for all files (default: from BIDS sub- or the file name)")
    parser.add_argument("--subject-pattern", default=r"^([A-Za-z]*\d+)")
    parser.add_argument("--events-column", default="trial_type", help="BIDS events.tsv column holding the marker")
    parser.add_argument("--list-events", action="store_true", help="print each file's markers and counts, then stop")
    args = parser.parse_args(argv)
    if args.list_events:
        for path in args.recordings:
            raw = read_recording(path, args.events_column)
            markers, counts = np.unique(raw.annotations.description, return_counts=True)
            print(f"{path}: " + ", ".join(f"{m} {c}" for m, c in zip(markers, counts)))
        return
    if not args.events:
        parser.error("give --events (or --list-events to see the markers first)")
    data = export(args.recordings, parse_events(args.events), args.tmin, args.tmax, args.subject, args.subject_pattern, args.events_column)
    with open(args.out, "w") as f:
        json.dump(data, f, allow_nan=False)  # NaN is not JSON: fail here rather than in the trainer
    print(f"wrote {args.out}: {len(data['trials'])} trials, {len(data['channels'])} channels at {data['samplingRate']} Hz, from {data['epochStart']} s")


if __name__ == "__main__":
    sys.exit(main())
