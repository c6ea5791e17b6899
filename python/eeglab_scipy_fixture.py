"""Writes a small EEGLAB .set with SciPy's savemat, the way mne-bids and eeglabio write them
(samples inside the .set, float32; struct arrays built from NumPy records), so that the
TypeScript reader is also tested on a MAT-file it did not write itself
(scripts/lib/eeg/eeglab-mne.test.ts).

    /usr/bin/python3 python/eeglab_scipy_fixture.py OUT.set {0|1}   # 1: zlib-compressed
"""

import sys

import numpy as np
from scipy.io import savemat


def main(out, compress):
    rng = np.random.default_rng(0)
    data = rng.normal(0, 10, (3, 200)).astype(np.float32)
    chanlocs = np.zeros((3,), dtype=[("labels", object), ("type", object)])
    for i, name in enumerate(["Fz", "Cz", "EOG1"]):
        chanlocs[i] = (name, "EEG" if i < 2 else "EOG")
    event = np.zeros((3,), dtype=[("type", object), ("latency", object), ("duration", object), ("position", object)])
    event[0] = ("square", 10.0, 0.0, 1.0)
    event[1] = ("rt", 55.5, 0.0, np.array([]))
    event[2] = ("boundary", 120.0, 12.0, 2.0)
    eeg = dict(setname="scipy", nbchan=3.0, trials=1.0, pnts=200.0, srate=100.0, xmin=0.0, xmax=1.99,
               data=data, chanlocs=chanlocs, event=event, ref="averef", epoch=np.array([]))
    savemat(out, eeg, appendmat=False, do_compression=compress, oned_as="row")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] == "1")
