"""Which section an answer shows: the section classifiers' probabilities and the index's scores together."""

from __future__ import annotations

import math

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.sections import SCORE_WEIGHT, section_probabilities


def test_the_index_tips_a_section_the_classifiers_are_split_on(index: PolicyIndex) -> None:
    # "can we thank the families who came to our picnic on instagram": the classifiers split between
    # the charity's posting (§2.3) and one's own accounts (§2.7); the index's best passages are
    # weighed in, each section by its best passage's score against the best of all.
    passages = index.document.passages
    scores = {
        next(p for p, passage in enumerate(passages) if passage.section == "2.7"): 6.0,
        next(p for p, passage in enumerate(passages) if passage.section == "2.3"): 3.0,
    }
    even = {"2.3": 0.45, "2.7": 0.45, "2.1": 0.1}
    fused = section_probabilities(even, scores, passages)
    assert max(fused, key=fused.__getitem__) == "2.7"
    assert sum(fused.values()) == pytest.approx(1.0)
    assert fused["2.7"] / fused["2.1"] == pytest.approx(4.5 * math.exp(SCORE_WEIGHT))
    # A sure classifier is not overruled by the index's scores.
    sure = {"2.3": 0.9, "2.7": 0.05, "2.1": 0.05}
    leaning = section_probabilities(sure, scores, passages)
    assert max(leaning, key=leaning.__getitem__) == "2.3"


def test_without_index_scores_the_classifiers_decide_alone(index: PolicyIndex) -> None:
    probabilities = {"2.3": 0.6, "2.7": 0.4}
    assert section_probabilities(probabilities, {}, index.document.passages) == probabilities
