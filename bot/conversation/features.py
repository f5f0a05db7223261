"""Turn a message into the features the learned classifiers read: pieces of words and word pairs.

Character n-grams of 3 to 5 letters taken inside each word (with a space marking where the word
starts and ends, like scikit-learn's ``char_wb``) let "bruised", "bruises" and "bruses" share most
of their features, so a wording nobody typed before still lands near the ones that were. Whole
words and word pairs keep what the pieces lose ("not safe" is not "safe"). Each message is a
sparse vector: feature ids with weights (idf, scaled to unit length).
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

_APOSTROPHE = re.compile(r"['’‘`]")
_WORD = re.compile(r"[a-z0-9]+")
CHAR_SIZES = (3, 4, 5)

# Feature ids and weights, packed (8 bytes each rather than a Python object's 28 to 32).
SparseVector = tuple["array[int]", "array[float]"]


def tokens(message: str) -> list[str]:
    """Lower-case words, apostrophes dropped ("didn't" → "didnt")."""
    text = _APOSTROPHE.sub("", unicodedata.normalize("NFKC", message).lower())
    return _WORD.findall(text)


def raw_features(message: str) -> set[str]:
    """Every feature of a message, as strings: word pieces, words and word pairs."""
    words = tokens(message)
    found: set[str] = set()
    for word in words:
        padded = f" {word} "
        for size in CHAR_SIZES:
            found.update(padded[i : i + size] for i in range(len(padded) - size + 1))
        found.add("w:" + word)
    found.update(f"b:{first} {second}" for first, second in pairwise(words))
    return found


class Vectorizer:
    """Feature ids and idf weights, learned from the training messages only."""

    def __init__(self, messages: Iterable[str], *, min_count: int = 1) -> None:
        counts: Counter[str] = Counter()
        documents = 0
        for message in messages:
            counts.update(raw_features(message))
            documents += 1
        kept = sorted(feature for feature, count in counts.items() if count >= min_count)
        self.ids = {feature: position for position, feature in enumerate(kept)}
        self.idf = array("d", (math.log((1 + documents) / (1 + counts[feature])) + 1.0 for feature in kept))

    def __len__(self) -> int:
        return len(self.ids)

    def vector(self, message: str) -> SparseVector:
        return self.from_features(raw_features(message))

    def from_features(self, features: set[str]) -> SparseVector:
        ids = sorted(self.ids[f] for f in features if f in self.ids)
        weights = [self.idf[i] for i in ids]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        return array("l", ids), array("d", [w / norm for w in weights])

    def vectors(self, messages: Sequence[str]) -> list[SparseVector]:
        return [self.vector(message) for message in messages]
