"""A tiny IMDB tarball for the tests, in the official layout (see tests/imdb-fixture.ts for the
Node tests' twin):

    aclImdb/{train,test}/{pos,neg}/<id>_<rating>.txt    the labelled reviews
    aclImdb/train/unsup/..., aclImdb/imdb.vocab, ...     extras the reader must skip

Positive reviews carry "great", "wonderful" or "loved", negative ones "awful", "boring" or
"hated"; around them are neutral words (NEUTRAL_WORDS, 59 of them), so the vocabulary is larger
than a small `num_words` and rare words become index 2. A model that learns the six
sentiment words gets every review right; one that learns nothing stays near 50%.
"""

import io
import os
import random
import tarfile

SENTIMENT_WORDS = {"pos": ("great", "wonderful", "loved"), "neg": ("awful", "boring", "hated")}
NEUTRAL_WORDS = tuple(
    "movie film plot actors story ending scene camera script director music cast role "
    "screen light sound voice color pace dialogue studio budget sequel release theater "
    "audience critic review minute hour night city house river train letter window garden "
    "winter summer morning evening island village doctor teacher soldier captain sister "
    "brother father mother friend stranger harbor bridge tower forest desert".split()
)
# Files of the official archive that are not labelled reviews.
EXTRAS = {
    "aclImdb/README": "Large Movie Review Dataset v1.0 (fixture)\n",
    "aclImdb/imdb.vocab": "the\nand\na\n",
    "aclImdb/imdbEr.txt": "0.0490972013402\n",
    "aclImdb/train/unsup/0_0.txt": "An unlabelled review that must be skipped.",
    "aclImdb/train/labeledBow.feat": "9 0:9 1:1 2:4\n",
    "aclImdb/train/urls_pos.txt": "http://www.imdb.com/title/tt0453418/usercomments\n",
    "aclImdb/test/labeledBow.feat": "10 0:7 1:2\n",
}


def review_text(polarity, rng):
    """A short review: neutral words around two or three of its class's sentiment words,
    with the HTML line breaks and non-ASCII text real reviews have."""
    words = [rng.choice(NEUTRAL_WORDS) for _ in range(rng.randint(4, 10))]
    for _ in range(rng.randint(2, 3)):
        words.insert(rng.randrange(len(words) + 1), rng.choice(SENTIMENT_WORDS[polarity]))
    text = " ".join(words).capitalize() + "."
    if rng.random() < 0.3:
        text = text.replace(" ", ".<br /><br />", 1)
    if rng.random() < 0.2:
        text += " Café 電影 ☕"
    return text


def write_imdb_tarball(directory, reviews_per_class=40, seed=0):
    """Writes `aclImdb_v1.tar.gz` into `directory` with `reviews_per_class` reviews per label
    and split; returns its path and the labelled reviews as {split: [(text, label)]}."""
    rng = random.Random(seed)
    files = dict(EXTRAS)
    reviews = {"train": [], "test": []}
    for split in ("train", "test"):
        for polarity in ("pos", "neg"):
            for k in range(reviews_per_class):
                rating = 7 + k % 4 if polarity == "pos" else 1 + k % 4
                text = review_text(polarity, rng)
                files[f"aclImdb/{split}/{polarity}/{k}_{rating}.txt"] = text
                reviews[split].append((text, 1 if polarity == "pos" else 0))
    path = os.path.join(directory, "aclImdb_v1.tar.gz")
    with tarfile.open(path, "w:gz") as archive:
        for name, text in sorted(files.items()):
            data = text.encode("utf-8")
            member = tarfile.TarInfo(name)
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))
    return path, reviews
