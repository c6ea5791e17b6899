"""The Keras IMDB LSTM tutorial as one runnable file, on current Keras 3.

The original: Jason Brownlee, "Sequence Classification with LSTM Recurrent Neural Networks
in Python with Keras" (machinelearningmastery.com). Its model, unchanged:
Embedding(5000, 32) -> LSTM(100) -> Dense(1, sigmoid), binary cross-entropy, Adam,
3 epochs of batches of 64, reviews padded or cut to 500 words. The comments marked
"Q:" answer questions learners of this tutorial ask; the course at /learn goes further.

Run it:
    pip install -r python/requirements.txt        # keras + jax[cpu]; see scripts/ensure-python.sh
    python python/imdb_lstm.py                    # downloads IMDB with imdb.load_data (internet)
    python python/imdb_lstm.py --data aclImdb_v1.tar.gz   # offline, from the dataset's tarball
    python python/imdb_lstm.py --data aclImdb_v1.tar.gz --limit 2000 --epochs 1   # a quick run
    python python/imdb_lstm.py --check-seeding    # which seeding call fixes the starting weights
"""

import argparse
import collections
import json
import os
import random
import re
import tarfile

# Keras 3 runs on JAX, TensorFlow or PyTorch. The tutorial used TensorFlow; this file
# defaults to JAX on CPU (a small install) unless KERAS_BACKEND says otherwise.
# It must be set before keras is imported.
os.environ.setdefault("KERAS_BACKEND", "jax")

import numpy as np  # noqa: E402
import keras  # noqa: E402
from keras import layers  # noqa: E402
from keras.datasets import imdb  # noqa: E402

# The original imported `from tensorflow.keras.layers.embeddings import Embedding`: that
# module no longer exists in TensorFlow (it breaks with ModuleNotFoundError). Keras 3 has
# every layer in `keras.layers`.
# Q: Where does `sequence.pad_sequences` come from? The original imported
# `from tensorflow.keras.preprocessing import sequence`; in Keras 3 the same function is
# `keras.utils.pad_sequences` (the course page "Padding and truncation").
from keras.utils import pad_sequences  # noqa: E402

# The tutorial's settings. Q: Which line keeps the top 5,000 words, makes 32-number
# vectors, pads or cuts to 500? These three constants, used below in load_data,
# Embedding and pad_sequences.
TOP_WORDS = 5000
EMBEDDING_VECTOR_LENGTH = 32
MAX_REVIEW_LENGTH = 500
# Q: Are the 100 memory units built in? No: the coder chose 100 here and passes it to
# LSTM(100). 32 or 256 would also work (the course page "LSTM and its 100 memory units").
LSTM_UNITS = 100

# Keras's IMDB conventions (imdb.load_data's defaults): 0 = padding, 1 = start of review,
# 2 = out-of-vocabulary word, 3 = unused, and a word's index is its frequency rank + 3,
# so the most frequent word is 4. With num_words=5000 only indices below 5,000 are kept:
# 4,996 words. Rarer words become 2 (not 0: the tutorial's "zero out the rest" is loose).
START_CHAR, OOV_CHAR, INDEX_FROM = 1, 2, 3


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Train and test the Keras IMDB LSTM tutorial (Keras 3).")
    parser.add_argument("--data", metavar="PATH", help="the IMDB tarball (aclImdb_v1.tar.gz) for an offline run; default: imdb.load_data downloads it")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="use only N training and N test reviews, for a quick run")
    parser.add_argument("--epochs", type=int, default=3, help="passes over the training reviews (tutorial: 3)")
    parser.add_argument("--batch-size", type=int, default=64, help="reviews per weight update (tutorial: 64)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (tutorial: 7)")
    parser.add_argument("--check-seeding", action="store_true", help="build the model twice under each seeding call, say whether the starting weights match, and stop")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 2:
        parser.error("--limit must be at least 2 (one review of each label)")
    return args


def tokenize(text):
    """Lower-case words as the IMDB text shows them: HTML line breaks dropped, punctuation split off.
    Close to, not the same as, the preprocessing Keras's own imdb.npz was made with."""
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.replace("<br />", " ").lower())


def read_tarball(path):
    """(train, test) from aclImdb_v1.tar.gz or its labelled part: each a list of (text, label)."""
    splits = {"train": [], "test": []}
    pattern = re.compile(r"aclImdb/(train|test)/(pos|neg)/\d+_\d+\.txt$")
    with tarfile.open(path, "r:gz") as archive:
        for member in archive:
            match = pattern.search(member.name)
            if not match or not member.isfile():
                continue  # the README, unlabelled reviews, bag-of-words files
            text = archive.extractfile(member).read().decode("utf-8")
            splits[match.group(1)].append((text, 1 if match.group(2) == "pos" else 0))
    if not splits["train"] or not splits["test"]:
        raise SystemExit(f"{path}: no aclImdb/train and aclImdb/test reviews found. Pass the IMDB tarball, aclImdb_v1.tar.gz.")
    return splits["train"], splits["test"]


def load_tarball(path, num_words, limit=None, seed=113):
    """Like imdb.load_data(num_words=...), from the tarball: ((x_train, y_train), (x_test, y_test)),
    each review a list of indices with Keras's conventions. The vocabulary is ranked on the
    training reviews used. Shuffled with seed 113, as load_data does."""
    rng = np.random.default_rng(seed)
    splits = []
    for reviews in read_tarball(path):
        order = rng.permutation(len(reviews))[:limit]
        splits.append([reviews[i] for i in order])
    train, test = splits
    counts = collections.Counter(word for text, _ in train for word in tokenize(text))
    # Rank 1 = most frequent; ties broken alphabetically so the same data gives the same indices.
    ranked = sorted(counts, key=lambda word: (-counts[word], word))
    word_index = {word: rank + 1 + INDEX_FROM for rank, word in enumerate(ranked[: num_words - INDEX_FROM - 1])}

    def encode(text):
        return [START_CHAR] + [word_index.get(word, OOV_CHAR) for word in tokenize(text)]

    def arrays(reviews):
        return [encode(text) for text, _ in reviews], np.array([label for _, label in reviews], dtype="int32")

    return arrays(train), arrays(test)


def load_data(args):
    if args.data:
        return load_tarball(args.data, TOP_WORDS, args.limit)
    # Q: How do I call imdb.load_data in a small script, and what does
    # `(X_train, y_train), (X_test, y_test) = ...` do? load_data returns two pairs; this line
    # unpacks them into four names: 25,000 training reviews (lists of word indices) and their
    # 0/1 labels, then the same for the 25,000 test reviews. It downloads imdb.npz once.
    (x_train, y_train), (x_test, y_test) = imdb.load_data(num_words=TOP_WORDS)
    if args.limit:
        x_train, y_train, x_test, y_test = x_train[: args.limit], y_train[: args.limit], x_test[: args.limit], y_test[: args.limit]
    return (list(x_train), y_train), (list(x_test), y_test)


def build_model():
    model = keras.Sequential()
    # Q: What is a "real vector domain"? Each word index becomes a row of 32 real numbers,
    # so a review of 500 indices becomes 500 vectors: shapes (batch, 500) -> (batch, 500, 32).
    # The original passed input_length=500 here. The first Keras 3 releases rejected it
    # (ValueError: Unrecognized keyword arguments); current ones ignore it with a warning
    # ("Argument `input_length` is deprecated. Just remove it."). It never cut or padded
    # anything (pad_sequences does); keras.Input gives the length instead.
    model.add(keras.Input(shape=(MAX_REVIEW_LENGTH,), dtype="int32"))
    model.add(layers.Embedding(TOP_WORDS, EMBEDDING_VECTOR_LENGTH))
    model.add(layers.LSTM(LSTM_UNITS))
    # Q: Why one sigmoid neuron? Two classes share one number: P(positive) = p and
    # P(negative) = 1 - p. The sigmoid squashes the neuron's sum into (0, 1).
    model.add(layers.Dense(1, activation="sigmoid"))
    # Q: What is log loss? binary_crossentropy: -[y log p + (1 - y) log(1 - p)], averaged over
    # the batch; try keras.losses.binary_crossentropy([[1.0]], [[0.9]]) -> 0.105 (= -log 0.9).
    # Q: What is Adam? An optimizer: gradient descent with momentum, a step size per weight
    # and bias correction (Kingma & Ba, 2015); learning rate 0.001 by default.
    model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model


# Q: Why fix a random seed, and why 7? So a second run starts from the same weights and sees
# the reviews in the same order; 7 is arbitrary (any integer; write it down). Which call fixes
# what depends on the Keras version:
# - Keras 3 (this file): an initializer given no seed draws one from Python's `random`
#   (keras/src/initializers/random_initializers.py calls make_default_seed, which is
#   python_random.randint in keras/src/random/seed_generator.py), so Python's seed fixes the
#   starting weights. fit's shuffle of NumPy arrays uses np.random.permutation on the JAX and
#   NumPy paths (keras/src/trainers/data_adapters/array_data_adapter.py) and tf.random.shuffle
#   on the TensorFlow backend. tf.random.set_seed(7) alone leaves the weights unfixed;
#   numpy.random.seed(7) alone fixes the JAX shuffle but not the weights.
#   keras.utils.set_random_seed(7) seeds Python, NumPy and TensorFlow (if installed) at once.
# - Multi-backend Keras 2 (the tutorial's first version, numpy.random.seed(7)): the backend's
#   random ops drew their seeds from np.random.randint when given none, and fit shuffled with
#   NumPy, so NumPy's seed fixed both.
# `--check-seeding` shows the Keras 3 half: two builds under each call, weights equal or not.
SEEDINGS = {
    "none": lambda seed: None,
    "numpy.random.seed": np.random.seed,
    "random.seed": random.seed,
    "keras.utils.set_random_seed": keras.utils.set_random_seed,
}


def initial_weights(seeding, seed=7):
    """The model's starting weights right after `seeding` (a key of SEEDINGS) and build_model()."""
    SEEDINGS[seeding](seed)
    return [np.array(w) for w in build_model().get_weights()]


def shuffled_order(seeding, examples=10, seed=7):
    """The order in which fit would take `examples` training rows in its first epoch (Keras 3,
    JAX backend: the array adapter fit uses, shuffle=True), right after `seeding`."""
    from keras.src.trainers.data_adapters.array_data_adapter import ArrayDataAdapter

    SEEDINGS[seeding](seed)
    rows = np.arange(examples)
    adapter = ArrayDataAdapter(rows, rows, batch_size=examples, shuffle=True)
    return [int(i) for x, _ in adapter.get_numpy_iterator() for i in x]


def check_seeding(seed=7):
    """{seeding: (starting weights equal across two builds, shuffle order equal across two epochs)}."""
    result = {}
    for seeding in SEEDINGS:
        first, second = initial_weights(seeding, seed), initial_weights(seeding, seed)
        weights_equal = all(np.array_equal(a, b) for a, b in zip(first, second))
        result[seeding] = (weights_equal, shuffled_order(seeding, seed=seed) == shuffled_order(seeding, seed=seed))
        print(f"{seeding:28} starting weights {'equal' if weights_equal else 'differ'}, "
              f"shuffle {'equal' if result[seeding][1] else 'differs'}")
    return result


def main(argv=None):
    args = parse_args(argv)
    if args.check_seeding:
        return check_seeding(args.seed)
    keras.utils.set_random_seed(args.seed)

    (x_train, y_train), (x_test, y_test) = load_data(args)
    # Pad short reviews with 0 in front and cut long ones from the front (the defaults), so
    # every review is 500 indices and a batch is one (batch, 500) table.
    x_train = pad_sequences(x_train, maxlen=MAX_REVIEW_LENGTH)
    x_test = pad_sequences(x_test, maxlen=MAX_REVIEW_LENGTH)

    model = build_model()
    model.summary()
    # Q: Why 2-3 epochs and batches of 64? An epoch is one pass over the training reviews; the
    # weights change once per batch of 64, averaging 64 reviews' gradients ("spacing out" the
    # updates): 25,000 reviews in batches of 64 are ceil(25000 / 64) = 391 updates per epoch,
    # where a batch of 1 would make 25,000 noisier ones. The tutorial's prose says 2 epochs, its
    # code 3; watching the loss on held-out reviews after each epoch (validation_data=...) is
    # how to choose honestly: stop when it stops falling (the course page "Epochs and batches").
    # Q: Training first, then testing? Yes: fit changes the weights using the training reviews;
    # evaluate only measures them, on test reviews the model never saw.
    history = model.fit(x_train, y_train, epochs=args.epochs, batch_size=args.batch_size, verbose=2)
    # Q: Why evaluate on unseen reviews? A model can memorise its training reviews; only new
    # ones show whether what it learned carries over.
    loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
    print("Accuracy: %.2f%%" % (accuracy * 100))
    result = {"trainLoss": history.history["loss"], "testLoss": float(loss), "testAccuracy": float(accuracy), "trainExamples": len(x_train), "testExamples": len(x_test)}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
