"""Turn a message into the features the learned classifiers read: pieces of words and word pairs.

Character n-grams of 3 to 5 letters taken inside each word (with a space marking where the word
starts and ends, like scikit-learn's ``char_wb``) let "bruised", "bruises" and "bruses" share most
of their features, so a wording nobody typed before still lands near the ones that were. Whole
words and word pairs keep what the pieces lose ("not safe" is not "safe"). The section model reads
the words and word pairs alone (``word_features``), with whose account a message speaks of
(``accounts``): it chose sections better without the pieces.
Each message is a sparse vector: feature ids with weights (idf, scaled to unit length).
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import pairwise

_APOSTROPHE = re.compile(r"['’‘`]")
_WORD = re.compile(r"[a-z0-9]+")
CHAR_SIZES = (3, 4, 5)
# A word pair must be in at least this many training messages to be kept by the models that read
# every feature (route, concern, category). Over 37,117 development messages, 78,349 of the 131,087
# word pairs were in one message only: the bot's idle memory fell from 149.9 MB to 130.6 MB
# without them. Five-fold over the eighty-two conversation sets, with them → without: concerns
# caught 7,521 → 7,516 of 7,521, false alarms 419 → 410 (family 306 → 296), actions 92.3% →
# 92.2%, top-1 91.8% → 91.7%. Dropping every feature seen once (words and word pieces too) lost
# 9 concerns for 2 more false alarms. The section models kept every pair until the memory goal
# came close again (``learned._fit_sections``).
MIN_PAIR_COUNT = 2
# The prefix of a word-pair feature ("b:bruised arm"), the only features ``MIN_PAIR_COUNT`` drops.
PAIR = "b:"

# Feature ids (4 bytes each) and weights (8), packed rather than Python objects of 28 to 32 bytes.
SparseVector = tuple["array[int]", "array[float]"]


def tokens(message: str) -> list[str]:
    """Lower-case words, apostrophes dropped ("didn't" → "didnt")."""
    text = _APOSTROPHE.sub("", unicodedata.normalize("NFKC", message).lower())
    return _WORD.findall(text)


def raw_features(message: str) -> set[str]:
    """Every feature of a message, as strings: word pieces, words and word pairs."""
    words = tokens(message)
    found: set[str] = set()
    for word in set(words):  # a repeated word adds nothing new
        padded = f" {word} "
        found.update(map(padded.__getitem__, _pieces(len(padded))))
    found.update(words_and_pairs(words))
    return found


def word_features(message: str) -> set[str]:
    """Whole words and word pairs only."""
    return words_and_pairs(tokens(message))


def words_and_pairs(words: list[str]) -> set[str]:
    """The features of a message's words (``tokens``) taken whole, and of each two in a row."""
    found = {"w:" + word for word in words}
    found.update(f"{PAIR}{first} {second}" for first, second in pairwise(words))
    return found


@cache
def _pieces(length: int) -> tuple[slice, ...]:
    """Where every piece of 3 to 5 letters lies in a padded word of this length: cut in C by
    ``map``, a quarter faster than slicing in a loop (every message is cut up at least once)."""
    return tuple(slice(i, i + size) for size in CHAR_SIZES for i in range(length - size + 1))


class Vocabulary:
    """Every feature string the classifiers know, each stored once, with a number of its own.

    The route, category and section models learn from overlapping messages, so most of their
    features are the same strings. Each used to keep its own dictionary of strings to ids; sharing
    one (with a small table per model from these numbers to its own ids) holds each string, its
    dictionary entry and its number once, which is most of what the vocabularies cost.
    """

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._numbers)

    def number(self, feature: str) -> int:
        """The feature's number, given it on first sight."""
        return self._numbers.setdefault(feature, len(self._numbers))

    def numbers(self, features: Iterable[str]) -> Iterator[int]:
        """The numbers of the features already known; the others are skipped."""
        known = self._numbers.get
        return (number for number in map(known, features) if number is not None)

    def strings(self) -> list[str]:
        """Every feature string in the order of its number (to write a snapshot, ``snapshot``)."""
        return list(self._numbers)

    @classmethod
    def of(cls, strings: Iterable[str]) -> Vocabulary:
        """A vocabulary numbering ``strings`` in order, as ``strings()`` gave them."""
        vocabulary = cls()
        vocabulary._numbers = {feature: number for number, feature in enumerate(strings)}
        return vocabulary


class Vectorizer:
    """Feature ids and idf weights, learned from the training messages only.

    The strings live in a :class:`Vocabulary`, shared with the other models when one is given;
    this model keeps only which of them it learned from (``columns``: a vocabulary number to its
    own feature id, -1 for a feature it never saw) and their idf. Its ids follow the order of the
    feature strings, as when each model held its own dictionary, so sharing changes no weight.
    """

    def __init__(
        self,
        messages: Iterable[str],
        *,
        min_pair_count: int = 1,
        vocabulary: Vocabulary | None = None,
        features: Callable[[str], set[str]] = raw_features,
    ) -> None:
        # Which features of a message this model reads (every one, or ``word_features``).
        self.features = features
        counts: Counter[str] = Counter()
        documents = 0
        for message in messages:
            counts.update(features(message))
            documents += 1
        kept = sorted(
            feature
            for feature, count in counts.items()
            if count >= min_pair_count or not feature.startswith(PAIR)
        )
        self.vocabulary = Vocabulary() if vocabulary is None else vocabulary
        numbers = [self.vocabulary.number(feature) for feature in kept]
        # Packed 4-byte ints: one slot per vocabulary string, 4 bytes rather than a dict entry.
        self._columns = array("i", [-1]) * len(self.vocabulary)
        for position, number in enumerate(numbers):
            self._columns[number] = position
        self._size = len(kept)
        self.idf = array("d", (math.log((1 + documents) / (1 + counts[feature])) + 1.0 for feature in kept))

    @classmethod
    def restore(
        cls,
        vocabulary: Vocabulary,
        columns: array[int],
        idf: array[float],
        features: Callable[[str], set[str]],
    ) -> Vectorizer:
        """A vectorizer as one was learned, from what ``columns`` and ``idf`` held (``snapshot``)."""
        vectorizer = cls.__new__(cls)
        vectorizer.features = features
        vectorizer.vocabulary = vocabulary
        vectorizer._columns = columns
        vectorizer._size = len(idf)
        vectorizer.idf = idf
        return vectorizer

    @property
    def columns(self) -> array[int]:
        return self._columns

    def __len__(self) -> int:
        return self._size

    def vector(self, message: str) -> SparseVector:
        return self.from_features(self.features(message))

    def from_features(self, features: Iterable[str]) -> SparseVector:
        columns = self._columns
        # A number past the table's end is a feature another model added later: not one of ours.
        known = len(columns)
        found = (columns[number] for number in self.vocabulary.numbers(features) if number < known)
        ids = sorted(column for column in found if column >= 0)
        weights = [self.idf[i] for i in ids]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        return array("i", ids), array("d", [w / norm for w in weights])

    def vectors(self, messages: Sequence[str]) -> list[SparseVector]:
        return [self.vector(message) for message in messages]
