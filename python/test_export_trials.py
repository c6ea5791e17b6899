"""Runs export_trials.py on a recording that MNE itself makes (FIF), and checks the
trial file: labels from the chosen markers, microvolts, and (time, channels) order."""
import json
import os
import sys
import tempfile
import unittest

import mne
import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import export_trials  # noqa: E402


def make_recording(folder):
    """20 s, 3 EEG channels at 100 Hz; channel k at sample t holds (1000 k + t) microvolts."""
    sfreq, n = 100.0, 2000
    data = np.array([(1000 * k + np.arange(n)) * 1e-6 for k in range(3)])  # volts, as MNE stores EEG
    info = mne.create_info(["C3", "Cz", "C4"], sfreq, ch_types="eeg")
    raw = mne.io.RawArray(data, info, verbose="error")
    raw.set_annotations(mne.Annotations(onset=[2, 5, 8, 11], duration=[1, 1, 1, 1], description=["left", "rest", "right", "left"]))
    path = os.path.join(folder, "S007R01_raw.fif")
    raw.save(path, verbose="error")
    return path


class ExportTrialsTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.path = make_recording(self.folder)

    def test_exports_chosen_events_transposed_in_microvolts(self):
        out = os.path.join(self.folder, "trials.json")
        export_trials.main([self.path, "--events", "left=0,right=1", "--tmin", "-0.5", "--tmax", "1.0", "--out", out])
        with open(out) as f:
            data = json.load(f)
        self.assertEqual(data["format"], "eeg-trials")
        self.assertEqual(data["channels"], ["C3", "Cz", "C4"])
        self.assertEqual(data["samplingRate"], 100.0)
        self.assertEqual(data["epochStart"], -0.5)
        self.assertEqual([t["label"] for t in data["trials"]], [0, 1, 0])
        self.assertEqual({t["subject"] for t in data["trials"]}, {"S007"})
        first = np.array(data["trials"][0]["samples"])
        # (time, channels): 151 samples (MNE includes tmax) x 3 channels.
        self.assertEqual(first.shape, (151, 3))
        # The first sample is at 2 s - 0.5 s = sample 150; channel Cz adds 1000 µV.
        np.testing.assert_allclose(first[0], [150, 1150, 2150], atol=1e-3)
        np.testing.assert_allclose(first[10, 1], 1160, atol=1e-3)

    def test_names_the_markers_when_none_match(self):
        with self.assertRaises(SystemExit) as caught:
            export_trials.export([self.path], {"T1": 0, "T2": 1}, -0.5, 1.0)
        self.assertIn("it has ['left', 'rest', 'right']", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
