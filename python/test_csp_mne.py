"""Compares the template's CSP (scripts/lib/eeg/csp.ts, run through scripts/csp-features.ts)
with MNE-Python's mne.decoding.CSP on synthetic two-class trials that this test makes:
8 channels of noise plus one source per class, seen through a known spatial pattern, with
the class's source stronger. Both must give the same log-power features."""
import json
import os
import subprocess
import tempfile
import unittest

import numpy as np
from mne.decoding import CSP

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_trials(seed=3, trials=40, channels=8, steps=200):
    """(trials, channels, steps) data and 0/1 labels; class c's source has pattern P[c]."""
    rng = np.random.default_rng(seed)
    patterns = rng.normal(size=(2, channels))
    mixing = rng.normal(size=(channels, channels))  # correlated background noise
    labels = np.arange(trials) % 2
    data = np.empty((trials, channels, steps))
    for i, label in enumerate(labels):
        noise = mixing @ rng.normal(size=(channels, steps))
        sources = rng.normal(size=(2, steps)) * np.where(np.arange(2) == label, 3.0, 0.7)[:, None]
        data[i] = noise + patterns.T @ sources
    return data, labels


def ts_features(data, labels, components, order):
    """CSP features from the TypeScript side, via a trial file."""
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "trials.json")
    with open(path, "w") as f:
        json.dump({
            "format": "eeg-trials", "version": 1, "samplingRate": 100, "epochStart": 0,
            "channels": [f"E{c}" for c in range(data.shape[1])],
            "trials": [{"id": f"t{i}", "subject": "s1", "label": int(y), "samples": x.T.tolist()}
                       for i, (x, y) in enumerate(zip(data, labels))],
        }, f)
    out = subprocess.run(
        ["npx", "tsx", "scripts/csp-features.ts", "--data", path, "--components", str(components), "--order", order],
        cwd=ROOT, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    return np.array(result["features"]), np.array(result["eigenvalues"])


class CspAgainstMneTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data, cls.labels = make_trials()

    def compare(self, components, order, mne_order):
        csp = CSP(n_components=components, reg=None, log=True, norm_trace=False,
                  cov_est="concat", component_order=mne_order)
        expected = csp.fit_transform(self.data, self.labels)
        features, eigenvalues = ts_features(self.data, self.labels, components, order)
        self.assertEqual(features.shape, expected.shape)
        # MNE's covariance of the 4,000 concatenated samples per class comes out larger by
        # about N / (N - 1), so its filters are slightly smaller: a constant offset of about
        # log(4000 / 3999) = 0.00025 in every feature, which no classifier can notice.
        offset = features - expected
        self.assertLess(abs(offset.mean()), 1e-3)
        np.testing.assert_allclose(offset, offset.mean(), atol=1e-6)
        return features, eigenvalues

    def test_farthest_from_an_even_split_matches_mne_default(self):
        features, eigenvalues = self.compare(4, "distance", "mutual_info")
        # the two planted patterns are found: one component near each end
        self.assertGreater(eigenvalues.max(), 0.8)
        self.assertLess(eigenvalues.min(), 0.2)
        # and they separate the classes: class 0's filter has more power on class 0 trials
        first = features[:, int(np.argmax(eigenvalues))]
        self.assertGreater(first[self.labels == 0].mean(), first[self.labels == 1].mean() + 1)

    def test_half_from_each_end_matches_mne_alternate(self):
        self.compare(4, "ends", "alternate")


if __name__ == "__main__":
    unittest.main()
