"""The trained classifiers' vocabulary holds stable 64-bit hashes of the feature strings, not the
strings: the same numbers and vectors as the strings gave, a collision between two known features
caught while training, and a fraction of the memory."""

from __future__ import annotations

import hashlib
import sys
import tracemalloc
from array import array
from typing import Any

import pytest

from bot.conversation import features
from bot.conversation.features import HashedVocabulary, Vectorizer, Vocabulary, feature_hashes, raw_features

MESSAGES = [
    "our insta page was hacked last night",
    "a child with bruises on her arm",
    "can I add a mum on facebook",
    "the dad shouted at the baby and mum cried",
]
PROBES = [*MESSAGES, "page hacked by xyzzy", "bruses on his arm", "qqqq", "", "a mum and a dad"]


def test_a_feature_hash_is_stable_blake2b_never_pythons_salted_hash() -> None:
    expected = int.from_bytes(hashlib.blake2b(b"w:bruises", digest_size=8).digest(), sys.byteorder)
    assert list(feature_hashes(["w:bruises"])) == [expected]
    assert feature_hashes(["w:bruises"], salt=1) != feature_hashes(["w:bruises"])
    assert feature_hashes(["é", "b:her arm"]).typecode == "Q"


def test_hashed_features_keep_the_numbers_in_hash_order_and_skip_unknown_ones() -> None:
    vocabulary = Vocabulary()
    strings = sorted(raw_features(MESSAGES[0]))
    for feature in strings:
        vocabulary.number(feature)
    hashed, moved = vocabulary.hashed()
    assert len(hashed) == len(vocabulary) == len(moved)
    assert list(hashed.hashes) == sorted(feature_hashes(strings))
    assert sorted(moved) == list(range(len(strings)))
    for number, feature in enumerate(strings):
        assert hashed.numbers([feature]) == [moved[number]]
    assert hashed.numbers(["w:xyzzy", "zzq", ""]) == []
    assert hashed.numbers(["w:xyzzy", strings[3], "zzq", strings[0]]) == [moved[3], moved[0]]


def test_vectorizers_hashed_give_the_very_vectors_the_strings_gave() -> None:
    shared = Vocabulary()
    first = Vectorizer(MESSAGES[:2], vocabulary=shared)
    second = Vectorizer(MESSAGES[1:], vocabulary=shared, min_pair_count=2)
    hashed, moved = shared.hashed()
    for vectorizer in (first, second):
        again = vectorizer.rehashed(hashed, moved)
        assert again.vocabulary is hashed
        assert len(again) == len(vectorizer)
        assert len(again.columns) == len(hashed)
        for probe in PROBES:
            assert again.vector(probe) == vectorizer.vector(probe), probe


def test_an_empty_vocabulary_hashes_to_an_empty_one() -> None:
    hashed, moved = Vocabulary().hashed()
    assert (len(hashed), len(moved), hashed.numbers(["w:any"])) == (0, 0, [])


def _colliding(strings: list[str], salt: int = 0) -> array[int]:
    """A hash that collides at salt 0 (every feature beginning "w:" the same), real ones after."""
    if salt:
        return feature_hashes(strings, salt)
    return array("Q", (7 if feature.startswith("w:") else 9 + n for n, feature in enumerate(strings)))


def test_two_known_features_sharing_a_hash_are_caught_and_another_salt_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(features, "feature_hashes", _colliding)
    shared = Vocabulary()
    vectorizer = Vectorizer(MESSAGES, vocabulary=shared)
    hashed, moved = shared.hashed()
    assert hashed.salt == 1
    again = vectorizer.rehashed(hashed, moved)
    assert all(again.vector(probe) == vectorizer.vector(probe) for probe in PROBES)


def test_when_every_salt_collides_training_stops_rather_than_merge_two_features(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(features, "feature_hashes", lambda strings, salt=0: array("Q", [5] * len(strings)))
    vocabulary = Vocabulary()
    vocabulary.number("w:one")
    vocabulary.number("w:two")
    with pytest.raises(ValueError, match="hash"):
        vocabulary.hashed()


@pytest.mark.parametrize(
    "hashes",
    [array("Q", [3, 2]), array("Q", [2, 2]), array("d", [1.0, 2.0])],
    ids=["out of order", "repeated", "not hashes"],
)
def test_hashes_out_of_order_repeated_or_of_another_kind_are_refused(hashes: array[Any]) -> None:
    with pytest.raises(ValueError, match="hash"):
        HashedVocabulary(hashes, salt=0)


def test_hashing_a_vocabulary_keeps_no_object_per_feature() -> None:
    vocabulary = Vocabulary()
    for n in range(20_000):
        vocabulary.number(f"w:feature{n}")
    tracemalloc.start()
    try:
        hashed, _ = vocabulary.hashed()
        del vocabulary
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 8 bytes a hash, 4 a number moved, an index of ~2 bytes a feature: no string, no int object.
    assert kept < 20_000 * 16 + 4096
    assert len(hashed.numbers(["w:feature5", "w:feature19999", "w:feature20000"])) == 2
