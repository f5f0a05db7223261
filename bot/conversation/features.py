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
from collections.abc import Callable, Iterable, Sequence
from functools import cache, partial
from hashlib import blake2b
from itertools import accumulate, islice, pairwise
from operator import lt

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
    """Every feature string the classifiers learn from, each stored once, with a number of its own.

    The route, category and section models learn from overlapping messages, so most of their
    features are the same strings. Each used to keep its own dictionary of strings to ids; sharing
    one (with a small table per model from these numbers to its own ids) holds each string once.
    This is the vocabulary of training only: once trained, the strings are given up for their
    hashes (``hashed``, :class:`HashedVocabulary`).
    """

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._numbers)

    def number(self, feature: str) -> int:
        """The feature's number, given it on first sight."""
        return self._numbers.setdefault(feature, len(self._numbers))

    def numbers(self, features: Iterable[str]) -> list[int]:
        """The numbers of the features already known; the others are skipped."""
        known = self._numbers.get
        return [number for number in map(known, features) if number is not None]

    def hashed(self) -> tuple[HashedVocabulary, array[int]]:
        """The same features as hashes, and where each of this vocabulary's numbers moved to there.

        Two features with the same hash would become one: each salt of the hash is tried in turn
        until no two differ in string yet share a hash (``HashedVocabulary`` for the odds).
        """
        strings = list(self._numbers)  # in the order of their numbers
        for salt in range(_SALTS):
            hashes = feature_hashes(strings, salt)
            order = sorted(range(len(hashes)), key=hashes.__getitem__)
            ordered = array("Q", map(hashes.__getitem__, order))
            if _ascending(ordered):
                moved = array("i", [0]) * len(order)
                for position, number in enumerate(order):
                    moved[number] = position
                return HashedVocabulary(ordered, salt), moved
        raise ValueError(f"two known features share a hash under each of {_SALTS} salts")


# How many salts of the hash ``Vocabulary.hashed`` tries before giving up: one is all but certain
# to be enough (HashedVocabulary), the others are there so that training never has to stop.
_SALTS = 8


def feature_hashes(features: Iterable[str], salt: int = 0) -> array[int]:
    """Each feature's 64-bit BLAKE2b hash, the same in every process (Python's ``hash`` of a
    string changes with each start), so a snapshot written by one process is read by the next."""
    digest = partial(blake2b, digest_size=8, salt=salt.to_bytes(8, "little"))
    hashes = array("Q")
    hashes.frombytes(b"".join([digest(feature.encode()).digest() for feature in features]))
    return hashes


def _ascending(values: array[int]) -> bool:
    """Is every value greater than the one before (so none repeats)?"""
    return all(map(lt, values, islice(values, 1, None)))


class HashedVocabulary:
    """The trained classifiers' vocabulary: a stable 64-bit hash of each feature string, ascending.

    A feature's number is where its hash lies in ``hashes``. The strings themselves (159,916 of
    9.7 letters on average), a dictionary of them and an int object for each number took 17.7 MB;
    eight bytes a feature in one array, and an index of where each range of values begins (so that
    finding a hash is a step or two rather than a search of the whole array), take 1.6 MB. Looking
    a message's features up costs ~0.1 ms more than the dictionary did (hashing them, mostly).

    Two known features sharing a hash are caught while training (``Vocabulary.hashed``): for
    160,000 features the odds of any such pair are about n²/2⁶⁵ ≈ 7e-10. A feature the models never
    saw (most words of a message are known; a typo's pieces may not be) could share a known one's
    hash and be read as that feature: n/2⁶⁴ ≈ 9e-15 for each unknown feature, ~1e-12 for a message
    of a hundred of them, so about one message in a trillion would have one feature's weight
    counted that should not be, one among the two hundred or so a message has. Negligible.
    """

    def __init__(self, hashes: array[int], salt: int) -> None:
        if hashes.typecode != "Q" or not _ascending(hashes):
            raise ValueError("feature hashes must be distinct and ascending")
        if not 0 <= salt < _SALTS:
            raise ValueError(f"unknown hash salt {salt}")
        self.hashes = hashes
        self.salt = salt
        # Where the hashes of each range of values begin: the top ``bits`` bits of a hash pick its
        # range, about two hashes each.
        bits = max(len(hashes).bit_length() - 2, 1)
        self._shift = 64 - bits
        counts = Counter(value >> self._shift for value in hashes)
        self._starts = array("i", accumulate((counts[bucket] for bucket in range(1 << bits)), initial=0))

    def __len__(self) -> int:
        return len(self.hashes)

    def numbers(self, features: Iterable[str]) -> list[int]:
        """The numbers of the known features (where their hashes lie); the others are skipped."""
        find, starts, shift = self.hashes.index, self._starts, self._shift
        numbers = []
        for value in feature_hashes(features, self.salt):
            bucket = value >> shift  # its range of values: the two or so hashes to look among
            try:  # noqa: SIM105 (``contextlib.suppress`` would cost more than the lookup itself)
                numbers.append(find(value, starts[bucket], starts[bucket + 1]))
            except ValueError:  # a feature the models never saw (one or two a message)
                pass
        return numbers


class Vectorizer:
    """Feature ids and idf weights, learned from the training messages only.

    The features live in a :class:`Vocabulary`, shared with the other models when one is given
    (once trained, a :class:`HashedVocabulary`: ``rehashed``); this model keeps only which of them
    it learned from (``columns``: a vocabulary number to its own feature id, -1 for a feature it
    never saw) and their idf. Its ids follow the order of the feature strings, as when each model
    held its own dictionary, so neither sharing nor hashing changes a weight.
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
        growing = Vocabulary() if vocabulary is None else vocabulary
        self.vocabulary: Vocabulary | HashedVocabulary = growing
        numbers = [growing.number(feature) for feature in kept]
        # Packed 4-byte ints: one slot per vocabulary feature, 4 bytes rather than a dict entry.
        self._columns = array("i", [-1]) * len(growing)
        for position, number in enumerate(numbers):
            self._columns[number] = position
        self._size = len(kept)
        self.idf = array("d", (math.log((1 + documents) / (1 + counts[feature])) + 1.0 for feature in kept))

    @classmethod
    def restore(
        cls,
        vocabulary: HashedVocabulary,
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

    def rehashed(self, vocabulary: HashedVocabulary, moved: array[int]) -> Vectorizer:
        """This vectorizer over the hashes of its vocabulary (``Vocabulary.hashed`` gave both):
        the same ids and weights, each feature's column moved to where its hash lies."""
        columns = array("i", [-1]) * len(vocabulary)
        for number, column in enumerate(self._columns):
            if column >= 0:
                columns[moved[number]] = column
        return Vectorizer.restore(vocabulary, columns, self.idf, self.features)

    @property
    def columns(self) -> array[int]:
        return self._columns

    def __len__(self) -> int:
        return self._size

    def vector(self, message: str) -> SparseVector:
        return self.from_features(self.features(message))

    def from_features(self, features: Iterable[str]) -> SparseVector:
        return self.from_numbers(self.vocabulary.numbers(features))

    def from_numbers(self, numbers: Iterable[int]) -> SparseVector:
        """The vector of features already looked up in the vocabulary (``Vocabulary.numbers``)."""
        columns = self._columns
        # A number past the table's end is a feature another model added later while training:
        # not one of ours (once hashed, every model's table covers the whole vocabulary).
        known = len(columns)
        found = (columns[number] for number in numbers if number < known)
        ids = sorted(column for column in found if column >= 0)
        weights = [self.idf[i] for i in ids]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        return array("i", ids), array("d", [w / norm for w in weights])

    def vectors(self, messages: Sequence[str]) -> list[SparseVector]:
        return [self.vector(message) for message in messages]
