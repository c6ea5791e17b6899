"""Runs python/imdb_lstm.py with Keras on JAX (CPU) on a tiny generated IMDB tarball
(python/imdb_fixture.py, the official layout), so the tests need nothing outside the repository:
it must read the labelled reviews and skip the extras, keep Keras's index conventions, and train
a model that learns what the fixture's reviews plainly show.
"""

import math
import os
import pathlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent

os.environ["KERAS_BACKEND"] = "jax"
os.environ.setdefault("JAX_PLATFORMS", "cpu")
sys.path.insert(0, str(HERE))
import imdb_fixture  # noqa: E402
import imdb_lstm  # noqa: E402

REVIEWS_PER_CLASS = 64


def setUpModule():
    global FIXTURE_DIR, TARBALL, REVIEWS
    FIXTURE_DIR = tempfile.mkdtemp(prefix="imdb-fixture-")
    TARBALL, REVIEWS = imdb_fixture.write_imdb_tarball(FIXTURE_DIR, REVIEWS_PER_CLASS)


def tearDownModule():
    shutil.rmtree(FIXTURE_DIR, ignore_errors=True)


class ReadTarballTest(unittest.TestCase):
    def test_reads_every_labelled_review_and_skips_the_extras(self):
        train, test = imdb_lstm.read_tarball(TARBALL)
        self.assertEqual(sorted(train), sorted(REVIEWS["train"]))
        self.assertEqual(sorted(test), sorted(REVIEWS["test"]))

    def test_a_tarball_without_reviews_is_refused(self):
        empty = os.path.join(FIXTURE_DIR, "empty.tar.gz")
        with tarfile.open(empty, "w:gz"):
            pass
        with self.assertRaises(SystemExit):
            imdb_lstm.read_tarball(empty)


class LoadTarballTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = imdb_lstm.load_tarball(TARBALL, num_words=50, limit=30)

    def test_shapes_and_labels(self):
        (x_train, y_train), (x_test, y_test) = self.data
        self.assertEqual((len(x_train), len(y_train), len(x_test), len(y_test)), (30, 30, 30, 30))
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
    def test_learns_the_sentiment_words(self):
        # Every positive review has "great", "wonderful" or "loved", every negative one "awful",
        # "boring" or "hated"; the labels are balanced, so a model that learned nothing scores 50%.
        result = imdb_lstm.main(["--data", TARBALL, "--epochs", "4", "--batch-size", "8"])
        self.assertEqual(result["trainExamples"], 2 * REVIEWS_PER_CLASS)
        self.assertEqual(result["testExamples"], 2 * REVIEWS_PER_CLASS)
        self.assertEqual(len(result["trainLoss"]), 4)
        self.assertTrue(all(math.isfinite(loss) for loss in result["trainLoss"]))
        self.assertLess(result["trainLoss"][-1], result["trainLoss"][0] / 2, "training halves the loss")
        self.assertGreaterEqual(result["testAccuracy"], 0.95, "the unseen reviews are read right")
        self.assertLess(result["testLoss"], math.log(2) / 2, "far below log 2, the loss of always answering 0.5")

    def test_limit_takes_a_slice(self):
        result = imdb_lstm.main(["--data", TARBALL, "--limit", "20", "--epochs", "1"])
        self.assertEqual((result["trainExamples"], result["testExamples"]), (20, 20))

    def test_command_line_help(self):
        completed = subprocess.run([sys.executable, str(HERE / "imdb_lstm.py"), "--help"], capture_output=True, text=True, timeout=120)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        for flag in ("--data", "--limit", "--epochs"):
            self.assertIn(flag, completed.stdout)


if __name__ == "__main__":
    unittest.main()
