"""What MNE-Python reads from EEGLAB .set files, as JSON, so that the TypeScript reader can be
checked against it (scripts/lib/eeg/eeglab-mne.test.ts, scripts/lib/eeg/mne-agreement.ts).

    /usr/bin/python3 python/eeglab_mne_dump.py FILE.set [FILE.set ...] --out dump.json

Continuous files (EEG.trials == 1) go through mne.io.read_raw_eeglab, epoched ones through
mne.io.read_epochs_eeglab. For each file the JSON holds the channel names, the sampling rate,
the samples exactly as MNE returns them (float64 volts, base64 little-endian; raw: channels ×
times; epochs: epochs × channels × times) and the events: for raw files the annotations
(onset in samples = onset seconds × sfreq, duration in seconds, description); for epoched files
MNE's events array (its first column, the sample) with each event's name from event_id.
"""

import argparse
import base64
import json
import sys

import mne
import numpy as np
from mne.io.eeglab._eeglab import _readmat


def trial_count(path):
    eeg = _readmat(path)
    eeg = eeg.get("EEG", eeg)
    return int(eeg["trials"])


def dump(path):
    if trial_count(path) > 1:
        epochs = mne.io.read_epochs_eeglab(path, verbose="error")
        data = epochs.get_data()
        names = {code: name for name, code in epochs.event_id.items()}
        events = [
            {"sample": int(sample), "description": names[int(code)]}
            for sample, _, code in epochs.events
        ]
        return {
            "file": path,
            "kind": "epochs",
            "channels": list(epochs.ch_names),
            "sfreq": float(epochs.info["sfreq"]),
            "tmin": float(epochs.tmin),
            "shape": list(data.shape),
            "data": base64.b64encode(np.ascontiguousarray(data, dtype="<f8").tobytes()).decode(),
            "events": events,
        }
    raw = mne.io.read_raw_eeglab(path, preload=True, verbose="error")
    data = raw.get_data()
    sfreq = float(raw.info["sfreq"])
    annotations = raw.annotations
    return {
        "file": path,
        "kind": "raw",
        "channels": list(raw.ch_names),
        "sfreq": sfreq,
        "shape": list(data.shape),
        "data": base64.b64encode(np.ascontiguousarray(data, dtype="<f8").tobytes()).decode(),
        "events": [
            {
                "onsetSamples": float(onset * sfreq),
                # EEGLAB events without a duration come back as NaN, which JSON cannot hold
                "duration": None if np.isnan(duration) else float(duration),
                "description": str(description),
            }
            for onset, duration, description in zip(
                annotations.onset, annotations.duration, annotations.description
            )
        ],
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    result = {"mne": mne.__version__, "files": [dump(path) for path in args.files]}
    with open(args.out, "w") as handle:
        json.dump(result, handle, allow_nan=False)


if __name__ == "__main__":
    main(sys.argv[1:])
