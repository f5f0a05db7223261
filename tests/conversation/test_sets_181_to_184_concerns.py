"""Concerns the rules and classifiers missed in sets 181 to 184 before they were trained on, in new
words: a parent high, stoned or drunk who takes or drives the children in the car.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum was off her face and still drove the kids to nursery",
        "her boyfriend was stoned and wanted to put the toddler in his car",
        "dad came back from the pub pissed and took the twins out in the van",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the kids were high as a kite on sugar after the party, dad drove them home",
        "he was drunk at the wedding so I drove the kids home",
        "my partner was smashed after the quiz so we took the kids back in the car",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
