"""Runs python/imdb_lstm.py on a small slice of the IMDB tarball with Keras on JAX (CPU):
it must load the reviews with Keras's index conventions, train, and evaluate.

The tarball is not in the repository: it is looked for in ../shared/data/ next to the repo
(as on the project's machines and in CI), or at IMDB_TARBALL.
"""

import math
import os
import pathlib
import subprocess
import sys
import unittest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
TARBALL = pathlib.Path(os.environ.get("IMDB_TARBALL", ROOT.parent / "shared" / "data" / "aclImdb_v1-labeled.tar.gz"))

os.environ["KERAS_BACKEND"] = "jax"
os.environ.setdefault("JAX_PLATFORMS", "cpu")
sys.path.insert(0, str(HERE))
import imdb_lstm  # noqa: E402


def require_tarball():
    if not TARBALL.is_file():
        raise AssertionError(f"IMDB tarball not found at {TARBALL}: put aclImdb_v1-labeled.tar.gz in ../shared/data/ or set IMDB_TARBALL")


class LoadTarballTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require_tarball()
        cls.data = imdb_lstm.load_tarball(str(TARBALL), num_words=50, limit=200)

    def test_shapes_and_labels(self):
        (x_train, y_train), (x_test, y_test) = self.data
        self.assertEqual((len(x_train), len(y_train), len(x_test), len(y_test)), (200, 200, 200, 200))
        # The shuffled slice holds both labels.
        self.assertEqual(set(y_train.tolist()), {0, 1})
        self.assertEqual(set(y_test.tolist()), {0, 1})

    def test_keras_index_conventions(self):
        (x_train, _), (x_test, _) = self.data
        indices = [i for review in x_train + x_test for i in review]
        self.assertTrue(all(review[0] == 1 for review in x_train + x_test), "every review starts with 1")
        self.assertNotIn(0, indices, "0 is padding only")
        self.assertNotIn(3, indices, "3 is never used (index_from=3)")
        self.assertIn(4, indices, "the most frequent word is 4")
        self.assertIn(2, indices, "rare words become 2 with num_words=50")
        self.assertEqual(max(indices), 49, "only indices below num_words are kept")

    def test_tokenize(self):
        self.assertEqual(imdb_lstm.tokenize("Great film!<br />I didn't LIKE it..."), ["great", "film", "i", "didn't", "like", "it"])


class TrainAndEvaluateTest(unittest.TestCase):
    def test_trains_and_evaluates_on_a_slice(self):
        require_tarball()
        result = imdb_lstm.main(["--data", str(TARBALL), "--limit", "320", "--epochs", "2"])
        self.assertEqual(result["trainExamples"], 320)
        self.assertEqual(result["testExamples"], 320)
        self.assertEqual(len(result["trainLoss"]), 2)
        self.assertTrue(all(math.isfinite(loss) for loss in result["trainLoss"]))
        # It learned something: the second epoch's loss is below the first's.
        self.assertLess(result["trainLoss"][1], result["trainLoss"][0])
        self.assertTrue(math.isfinite(result["testLoss"]))
        self.assertTrue(0.0 <= result["testAccuracy"] <= 1.0)

    def test_command_line_help(self):
        completed = subprocess.run([sys.executable, str(HERE / "imdb_lstm.py"), "--help"], capture_output=True, text=True, timeout=120)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        for flag in ("--data", "--limit", "--epochs"):
            self.assertIn(flag, completed.stdout)


if __name__ == "__main__":
    unittest.main()
