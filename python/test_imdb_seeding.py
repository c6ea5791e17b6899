"""Which seeding call makes a second run of python/imdb_lstm.py start from the same weights
(Keras 3, JAX backend). The course page "Random seeds" states these results."""

import os
import sys
import unittest

os.environ.setdefault("KERAS_BACKEND", "jax")
sys.path.insert(0, os.path.dirname(__file__))

import imdb_lstm  # noqa: E402


class SeedingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.result = imdb_lstm.check_seeding(seed=7)

    def test_without_a_seed_two_builds_start_from_different_weights(self):
        self.assertEqual(self.result["none"], (False, False))

    def test_numpy_seed_alone_fixes_the_shuffle_but_not_the_weights(self):
        # Keras 3 initializers draw their seeds from Python's random, not NumPy.
        self.assertEqual(self.result["numpy.random.seed"], (False, True))

    def test_python_seed_alone_fixes_the_weights_but_not_the_shuffle(self):
        self.assertEqual(self.result["random.seed"], (True, False))

    def test_set_random_seed_fixes_both(self):
        self.assertEqual(self.result["keras.utils.set_random_seed"], (True, True))

    def test_the_weights_really_are_the_models(self):
        # Embedding (5000, 32), LSTM kernel (32, 400): the check compares the real model.
        shapes = [w.shape for w in imdb_lstm.initial_weights("keras.utils.set_random_seed")]
        self.assertEqual(shapes[:2], [(5000, 32), (32, 400)])


if __name__ == "__main__":
    unittest.main()
